package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The page is a required action every realm has, enabled: the demo realm (its JSON lists it, with
 * every one of Keycloak's own, which a realm JSON with a list must name itself) and a realm created
 * afterwards (registered when it is created).
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RecoveryContactsPageRegistrationIT extends AbstractPasswordCareIT {

  @Test
  void everyRealmHasThePageEnabledAndTheDemoRealmKeepsKeycloaksOwnActions() throws Exception {
    String name = TestUsers.unique("contacts-realm");
    RealmRepresentation fresh = new RealmRepresentation();
    fresh.setRealm(name);
    fresh.setEnabled(true);
    admin.realms().create(fresh);
    try {
      Map<String, Boolean> created = actions(name);
      assertThat(created).containsEntry(ContactsBrowser.ACTION, true);
      Map<String, Boolean> demo = actions(DEMO_REALM);
      assertThat(demo).containsEntry(ContactsBrowser.ACTION, true);
      assertThat(demo).as("the demo realm's JSON drops none of Keycloak's").isEqualTo(created);
    } finally {
      admin.realm(name).remove();
    }
  }

  private Map<String, Boolean> actions(String realm) {
    List<RequiredActionProviderRepresentation> actions =
        admin.realm(realm).flows().getRequiredActions();
    return actions.stream()
        .collect(
            Collectors.toMap(
                RequiredActionProviderRepresentation::getAlias,
                RequiredActionProviderRepresentation::isEnabled));
  }
}
