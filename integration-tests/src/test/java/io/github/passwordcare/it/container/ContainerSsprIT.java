package io.github.passwordcare.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.sspr.SsprBrowser;
import io.github.passwordcare.it.sspr.Totp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SSPR end to end in Keycloak's image: the demo realm's "password-care reset credentials" flow, the
 * OTP method (the container has no mail server), Keycloak's own password page, signed in. The test
 * creates its own user and deletes it.
 */
class ContainerSsprIT extends AbstractContainerIT {

  private static final String USERS = "/admin/realms/" + DEMO_REALM + "/users";

  @Test
  void aUserResetsThePasswordWithTheAuthenticatorApp() throws Exception {
    String username = "container-sspr-" + System.nanoTime();
    String secret = "ContainerSsprSecret-" + username;
    var created =
        http.send(
            "POST",
            USERS,
            adminToken(),
            Map.of(
                "username",
                username,
                "enabled",
                true,
                "firstName",
                "Container",
                "lastName",
                "Sspr",
                "email",
                username + "@password-care.localhost",
                "emailVerified",
                true,
                "credentials",
                List.of(
                    Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false),
                    Map.of(
                        "type",
                        "otp",
                        "userLabel",
                        "test app",
                        "secretData",
                        "{\"value\":\"" + secret + "\"}",
                        "credentialData",
                        "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                            + "\"algorithm\":\"HmacSHA1\"}"))));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    String base = keycloak.getAuthServerUrl().replaceAll("/$", "");
    try (SsprBrowser browser = new SsprBrowser(base)) {
      browser.forgotPassword("en").username(username);
      assertThat(browser.has("password-care-sspr-method-form")).isTrue();
      browser.method("otp").code(Totp.now(secret));
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      browser.newPassword("Container-Sspr-2026!x");
      assertThat(browser.url()).contains("/account/").contains("code=");
    } finally {
      http.send("DELETE", USERS + "/" + id, adminToken(), null);
    }
  }
}
