package io.github.passwordcare.it.contact;

import static io.github.passwordcare.it.contact.RecoveryContactsClient.json;
import static io.github.passwordcare.it.contact.RecoveryContactsClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.protect.SettingsRest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Who may read and change recovery contacts: view of the user to read, manage of the user to change
 * (Keycloak's admin permissions), and, with {@code protectAdmins}, every management role an admin
 * target holds. The attributes also stay plain user-profile fields of the admin user REST.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RecoveryContactsApiAuthorizationIT extends AbstractPasswordCareIT {

  private static final String PREFILL = "{\"recoveryPhone\": \"+31633334444\"}";

  /** Another realm, created for this class and removed after it. */
  @InjectRealm(ref = "other")
  ManagedRealm otherRealm;

  @Test
  void manageMayChangeViewMayOnlyReadOthersMayNeither() throws Exception {
    String id = users().create("authz-contacts");

    assertThat(contacts().get(id, tokenOf("helpdesk")).statusCode()).isEqualTo(200);
    assertThat(contacts().put(id, tokenOf("helpdesk"), PREFILL).statusCode()).isEqualTo(200);

    String viewer = tokenOf("viewer");
    assertThat(contacts().get(id, viewer).statusCode()).isEqualTo(200);
    assertForbidden(contacts().put(id, viewer, "{\"recoveryPhone\": \"\"}"));

    for (String caller : List.of(tokenOf("alice"), otherRealmAdminToken())) {
      assertForbidden(contacts().get(id, caller));
      assertForbidden(contacts().put(id, caller, "{\"recoveryPhone\": \"\"}"));
    }
    assertThat(contacts().get(id, null).statusCode()).isEqualTo(401);
    assertThat(contacts().put(id, null, "{\"recoveryPhone\": \"\"}").statusCode()).isEqualTo(401);

    assertThat(users().get(id).firstAttribute("recoveryPhone")).isEqualTo("+31633334444");
  }

  @Test
  void anUnknownUserIsNotFoundForWhoMayLookUsersUp() throws Exception {
    String unknown = UUID.randomUUID().toString();

    HttpResponse<String> response = contacts().get(unknown, tokenOf("helpdesk"));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response.body()).path("error").asText()).isNotBlank();
    assertThat(contacts().put(unknown, tokenOf("helpdesk"), PREFILL).statusCode()).isEqualTo(404);
    assertThat(contacts().get(unknown, tokenOf("alice")).statusCode()).isEqualTo(403);
  }

  @Test
  void aHelpDeskCannotChangeTheContactsOfAProtectedAdmin() throws Exception {
    String target = users().create("authz-protected");
    String clientId =
        admin.realm(DEMO_REALM).clients().findByClientId("realm-management").get(0).getId();
    admin
        .realm(DEMO_REALM)
        .users()
        .get(target)
        .roles()
        .clientLevel(clientId)
        .add(
            List.of(
                admin
                    .realm(DEMO_REALM)
                    .clients()
                    .get(clientId)
                    .roles()
                    .get("realm-admin")
                    .toRepresentation()));

    HttpResponse<String> refused = contacts().put(target, tokenOf("helpdesk"), PREFILL);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused.body()).path("error").asText()).contains("protectAdmins");
    assertThat(users().get(target).firstAttribute("recoveryPhone")).isNull();
    assertThat(contacts().get(target, tokenOf("helpdesk")).statusCode()).isEqualTo(200);

    assertThat(contacts().put(target, tokenOf("realm-admin"), PREFILL).statusCode()).isEqualTo(200);

    SettingsRest settings =
        new SettingsRest(urls.getBase(), DEMO_REALM, admin.tokenManager().getAccessTokenString());
    try {
      settings.set("protectAdmins", false);
      assertThat(
              contacts().put(target, tokenOf("helpdesk"), "{\"recoveryPhone\": \"\"}").statusCode())
          .isEqualTo(200);
    } finally {
      settings.restore();
    }
  }

  @Test
  void theAttributesAreUserProfileFieldsAdminsEdit() throws Exception {
    for (String name : List.of("recoveryConfirmedAt", "recoveryRemindLaterCount")) {
      UPAttribute attribute =
          admin.realm(DEMO_REALM).users().userProfile().getConfiguration().getAttribute(name);
      assertThat(attribute).as(name).isNotNull();
      assertThat(attribute.getPermissions().getEdit()).containsExactly("admin");
      assertThat(attribute.getPermissions().getView()).contains("admin", "user");
    }
    String id = users().create("authz-profile");
    UserRepresentation user = users().get(id);
    user.singleAttribute("recoveryConfirmedAt", "1700000000");
    user.singleAttribute("recoveryRemindLaterCount", "1");
    admin.realm(DEMO_REALM).users().get(id).update(user);

    var metadata =
        admin.realm(DEMO_REALM).users().get(id).toRepresentation(true).getUserProfileMetadata();
    assertThat(metadata.getAttributeMetadata("recoveryConfirmedAt").isReadOnly()).isFalse();
    assertThat(metadata.getAttributeMetadata("recoveryRemindLaterCount").isReadOnly()).isFalse();
    var read = json(contacts().get(id, tokenOf("helpdesk")).body());
    assertThat(text(read, "recoveryConfirmedAt")).isEqualTo("1700000000");
    assertThat(read.path("recoveryRemindLaterCount").asInt()).isEqualTo(1);
  }

  private static void assertForbidden(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
  }

  private String otherRealmAdminToken() {
    var users = otherRealm.admin().users();
    if (users.search("other-contacts-admin", true).isEmpty()) {
      UserRepresentation user = new UserRepresentation();
      user.setUsername("other-contacts-admin");
      user.setEnabled(true);
      user.setFirstName("Other");
      user.setLastName("Admin");
      user.setEmail("other-contacts-admin@password-care.localhost");
      user.setEmailVerified(true);
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue(DEMO_PASSWORD);
      user.setCredentials(List.of(password));
      users.create(user).close();
      String id = users.search("other-contacts-admin", true).get(0).getId();
      var management = otherRealm.admin().clients().findByClientId("realm-management").get(0);
      var role = otherRealm.admin().clients().get(management.getId()).roles().get("realm-admin");
      users.get(id).roles().clientLevel(management.getId()).add(List.of(role.toRepresentation()));
    }
    return tokenOf(otherRealm.getName(), "other-contacts-admin", DEMO_PASSWORD);
  }

  private RecoveryContactsClient contacts() {
    return new RecoveryContactsClient(urls.getBase(), DEMO_REALM);
  }
}
