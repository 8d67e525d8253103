package io.github.passwordcare.it.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The policy editor (the realm's {@code passwordPolicy}) refuses expiry values out of range with a
 * message that says the range, and keeps the policy it had.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ExpiryPolicyIT extends AbstractPasswordCareIT {

  @Test
  void refusesOutOfRangeDaysWithAMessageAndKeepsThePolicy() {
    try (ExpiryRealm scratch = new ExpiryRealm(admin, TestUsers.unique("expiry-policy"))) {
      String[][] cases = {
        {"password-care-expiry(0)", "Password expiry must be a whole number of days from 1 to 730"},
        {
          "password-care-expiry(731)",
          "Password expiry must be a whole number of days from 1 to 730"
        },
        {
          "password-care-expiry(abc)",
          "Password expiry must be a whole number of days from 1 to 730"
        },
        {
          "password-care-expiry(90) and password-care-expiry-notice(31)",
          "Password expiry notice must be a whole number of days from 1 to 30"
        },
        {
          "password-care-expiry(90) and password-care-expiry-notice(0)",
          "Password expiry notice must be a whole number of days from 1 to 30"
        },
      };
      for (String[] c : cases) {
        RealmRepresentation update = new RealmRepresentation();
        update.setPasswordPolicy(c[0]);
        assertThatThrownBy(() -> scratch.resource().update(update))
            .as(c[0])
            .isInstanceOfSatisfying(
                BadRequestException.class,
                e -> assertThat(e.getResponse().readEntity(String.class)).contains(c[1]));
        assertThat(scratch.resource().toRepresentation().getPasswordPolicy())
            .isEqualTo(ExpiryRealm.POLICY);
      }
      RealmRepresentation valid = new RealmRepresentation();
      valid.setPasswordPolicy("password-care-expiry(730) and password-care-expiry-notice(30)");
      scratch.resource().update(valid);
      assertThat(scratch.resource().toRepresentation().getPasswordPolicy())
          .isEqualTo("password-care-expiry(730) and password-care-expiry-notice(30)");
    }
  }
}
