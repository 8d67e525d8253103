package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.PATH;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Every bad input gets 400 with a JSON error that says what is wrong, and no user is changed. The
 * test server caps a call at {@value PasswordCareServerConfig#BULK_RESET_MAX_USERS} users.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetBadInputIT extends AbstractPasswordCareIT {

  @Test
  void badInputIsRefusedAndChangesNothing() throws Exception {
    String u1 = users().create("bad");
    String name = users().username(u1);
    String group = users().group("big", null);
    for (int i = 0; i <= PasswordCareServerConfig.BULK_RESET_MAX_USERS; i++) {
      users().join(users().create("big"), group);
    }
    Map<String, String> cases =
        Map.of(
            "{\"mode\":\"generate\"}",
            "Select users",
            "{\"usernames\":[\"" + name + "\"],\"mode\":\"reset-all\"}",
            "Unknown mode",
            "{\"usernames\":[\"" + name + "\"],\"password\":\"Some-Pw-123456\"}",
            "only allowed",
            "{\"usernames\":[\"nobody-at-all\"]}",
            "No users match",
            "{\"groupId\":\"" + group + "\"}",
            "more than",
            "{\"usernames\":[\"" + name + "\"",
            "not valid JSON",
            "{\"groupId\":\"no-such-group\"}",
            "No group");

    List<String> problems = new ArrayList<>();
    for (var c : cases.entrySet()) {
      var response = post(PATH, tokenOf("realm-admin"), c.getKey(), "application/json");
      String error =
          response.statusCode() == 400 ? json(response.body()).path("error").asText() : "";
      if (!error.contains(c.getValue())) {
        problems.add(c.getKey() + " -> " + response.statusCode() + " " + response.body());
      }
    }

    assertThat(problems).isEmpty();
    assertThat(passwordGrant(name, DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(users().get(u1).getRequiredActions()).isEmpty();
  }
}
