package io.github.passwordcare.it.sspr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.Kcadm;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.config.Config;

/**
 * The kcadm.sh recipe of docs/features/sspr.md, run with the distribution's kcadm.sh against a
 * fresh realm: copy the stock flow, swap "Send Reset Email" for the SSPR step, bind it.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SsprFlowSetupIT extends AbstractPasswordCareIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FLOW = "authentication/flows/password-care%20reset%20credentials";

  @Test
  void theDocumentedKcadmStepsBindTheSsprFlow() throws Exception {
    String realmName = TestUsers.unique("sspr-setup");
    RealmRepresentation rep = new RealmRepresentation();
    rep.setRealm(realmName);
    rep.setEnabled(true);
    admin.realms().create(rep);
    try (Kcadm kcadm =
        Kcadm.signIn(
            urls.getBase(), "master", Config.getAdminUsername(), Config.getAdminPassword())) {
      kcadm.run(
          "create",
          "authentication/flows/reset%20credentials/copy",
          "-r",
          realmName,
          "-s",
          "newName=password-care reset credentials");
      for (JsonNode execution : executions(kcadm, realmName)) {
        String provider = execution.path("providerId").asText();
        if (provider.equals("reset-credential-email")
            || execution.path("authenticationFlow").asBoolean()) {
          if (execution.path("level").asInt() == 0) {
            kcadm.run(
                "delete",
                "authentication/executions/" + execution.path("id").asText(),
                "-r",
                realmName);
          }
        }
      }
      kcadm.run(
          "create",
          FLOW + "/executions/execution",
          "-r",
          realmName,
          "-s",
          "provider=password-care-sspr");
      // The whole execution as read, with REQUIRED: the endpoint also applies its priority.
      ObjectNode sspr =
          (ObjectNode)
              StreamSupport.stream(executions(kcadm, realmName).spliterator(), false)
                  .filter(e -> e.path("providerId").asText().equals("password-care-sspr"))
                  .findFirst()
                  .orElseThrow();
      String ssprId = sspr.path("id").asText();
      sspr.put("requirement", "REQUIRED");
      kcadm.run(
          "update", FLOW + "/executions", "-r", realmName, "-b", JSON.writeValueAsString(sspr));
      kcadm.run(
          "create",
          "authentication/executions/" + ssprId + "/raise-priority",
          "-r",
          realmName,
          "-b",
          "{}");
      kcadm.run(
          "update",
          "realms/" + realmName,
          "-s",
          "resetCredentialsFlow=password-care reset credentials",
          "-s",
          "resetPasswordAllowed=true");

      var realm = admin.realm(realmName);
      assertThat(realm.toRepresentation().getResetCredentialsFlow())
          .isEqualTo("password-care reset credentials");
      List<AuthenticationExecutionInfoRepresentation> steps =
          realm.flows().getExecutions("password-care reset credentials");
      assertThat(steps)
          .extracting(AuthenticationExecutionInfoRepresentation::getProviderId)
          .containsExactly("reset-credentials-choose-user", "password-care-sspr", "reset-password");
      assertThat(steps.get(1).getRequirement()).isEqualTo("REQUIRED");
    } finally {
      admin.realm(realmName).remove();
    }
  }

  private static JsonNode executions(Kcadm kcadm, String realm) throws Exception {
    return JSON.readTree(kcadm.run("get", FLOW + "/executions", "-r", realm));
  }
}
