package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.container.AbstractContainerIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recovery-contacts page end to end in Keycloak's image (container mode, {@code -Pcontainers}):
 * the demo realm has the action registered; a user for whom it is pending signs in, sees the page,
 * is told the code could not be sent (the container has no mail server), and confirms; the
 * confirmation is a login event. The test creates its own user and deletes it.
 */
class RecoveryContactsPageContainerIT extends AbstractContainerIT {

  private static final String USERS = "/admin/realms/" + DEMO_REALM + "/users";

  @Test
  void aUserSeesThePageAndConfirms() throws Exception {
    String username = "container-contacts-" + System.nanoTime();
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
                "Contacts",
                "email",
                username + "@password-care.localhost",
                "emailVerified",
                true,
                "requiredActions",
                List.of(ContactsBrowser.ACTION),
                "credentials",
                List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false))));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    String base = keycloak.getAuthServerUrl().replaceAll("/$", "");
    try (ContactsBrowser browser = new ContactsBrowser(base).signIn(username, "en")) {
      assertThat(browser.has("kc-recovery-contacts-form")).as(browser.text()).isTrue();
      browser.add("email", "other-" + username + "@example.org");
      assertThat(browser.alert())
          .isEqualTo("We could not send the code. Try again later, or contact your help desk.");
      browser.press("password-care-contacts-back").press("password-care-contacts-confirm");
      assertThat(browser.signedIn()).as(browser.url()).isTrue();
      JsonNode events =
          new ObjectMapper()
              .readTree(
                  http.get(
                          "/admin/realms/" + DEMO_REALM + "/events?user=" + id + "&max=50",
                          adminToken())
                      .body());
      assertThat(events.findValuesAsText("password_care_contacts_change")).contains("confirmed");
    } finally {
      http.send("DELETE", USERS + "/" + id, adminToken(), null);
    }
  }
}
