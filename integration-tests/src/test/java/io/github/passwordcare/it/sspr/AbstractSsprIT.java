package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/** What the SSPR tests share: GreenMail, a browser per person, users with methods, events. */
abstract class AbstractSsprIT extends AbstractPasswordCareIT {

  /** Meets the demo realm's policy (12+, upper, lower, digit, special) and differs per call. */
  static String newPassword() {
    return "Sspr-" + TestUsers.unique("Pw").replace("-", "") + "!7a";
  }

  @InjectMailServer MailServer mail;

  private SsprSettings settings;

  /** Changes the demo realm's settings for this test; {@link #restoreSettings} puts them back. */
  void settings(Map<String, Object> fields) throws Exception {
    if (settings == null) {
      settings =
          new SsprSettings(
              urls.getBase(), DEMO_REALM, () -> admin.tokenManager().getAccessTokenString());
    }
    settings.set(fields);
  }

  @AfterEach
  void restoreSettings() throws Exception {
    if (settings != null) {
      settings.restore();
      settings = null;
    }
  }

  SsprBrowser browser() {
    return new SsprBrowser(urls.getBase());
  }

  /** A user with a verified primary email; returns the username. */
  String userWithEmail(String prefix) {
    return users().username(users().create(prefix));
  }

  String email(String username) {
    return username + "@password-care.localhost";
  }

  String idOf(String username) {
    return admin.realm(DEMO_REALM).users().searchByUsername(username, true).get(0).getId();
  }

  /** Gives the user an OTP credential with {@code secret} (Keycloak's default TOTP policy). */
  void addOtp(String username, String secret) {
    Totp.register(admin.realm(DEMO_REALM), idOf(username), secret);
  }

  /** Makes the user an admin under the default rule: a realm-management role that manages users. */
  void makeAdmin(String username) {
    var realmResource = admin.realm(DEMO_REALM);
    var management = realmResource.clients().findByClientId("realm-management").get(0);
    var role = realmResource.clients().get(management.getId()).roles().get("manage-users");
    realmResource
        .users()
        .get(idOf(username))
        .roles()
        .clientLevel(management.getId())
        .add(List.of(role.toRepresentation()));
  }

  void setAttributes(String username, Map<String, List<String>> attributes) {
    String id = idOf(username);
    UserRepresentation user = admin.realm(DEMO_REALM).users().get(id).toRepresentation();
    user.setAttributes(attributes);
    admin.realm(DEMO_REALM).users().get(id).update(user);
  }

  /** The demo realm's login events of a user, newest first. */
  List<EventRepresentation> eventsOf(String userId) {
    return admin.realm(DEMO_REALM).getEvents(null, null, userId, null, null, null, 0, 200);
  }

  /**
   * When the user's password was last set (epoch ms). Users with OTP cannot use the password grant
   * (the realm's direct-grant flow asks for OTP too), so tests check the credential itself.
   */
  long passwordSetAt(String username) {
    return admin.realm(DEMO_REALM).users().get(idOf(username)).credentials().stream()
        .filter(c -> "password".equals(c.getType()))
        .mapToLong(CredentialRepresentation::getCreatedDate)
        .max()
        .orElse(0);
  }

  static void assertSignedIn(SsprBrowser browser, String accountUrl) {
    assertThat(browser.url()).startsWith(accountUrl).contains("code=").doesNotContain("error=");
  }
}
