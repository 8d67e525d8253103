package io.github.passwordcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * A demo user signs in to the account console of the demo realm. HtmlUnit does not run the account
 * console's JavaScript, so the test opens the console's OIDC login URL (with PKCE, which the
 * account-console client requires) and checks that the login ends back at the console with an
 * authorization code.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class AccountLoginIT extends AbstractPasswordCareIT {

  @InjectWebDriver ManagedWebDriver driver;

  @InjectPage LoginPage loginPage;

  @Test
  void demoUserSignsInToTheAccountConsole() throws Exception {
    String account = urls.getBase() + "/realms/" + DEMO_REALM + "/account/";
    String verifier = "password-care-demo-verifier-0123456789-abcdefghijklmnop";
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));

    driver.open(
        urls.getBase()
            + "/realms/"
            + DEMO_REALM
            + "/protocol/openid-connect/auth?client_id=account-console&response_type=code"
            + "&scope=openid&state=s1&nonce=n1&code_challenge_method=S256&code_challenge="
            + challenge
            + "&redirect_uri="
            + URLEncoder.encode(account, StandardCharsets.UTF_8));

    assertThat(driver.driver().getPageSource()).contains("kc-form-login");
    loginPage.fillLogin("alice", DEMO_PASSWORD);
    loginPage.submit();

    assertThat(driver.getCurrentUrl())
        .startsWith(account)
        .contains("code=")
        .doesNotContain("error=");
  }
}
