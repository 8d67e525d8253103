package io.github.passwordcare.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bulk reset end to end in Keycloak's image: a generated temporary password replaces the old one
 * and asks for an update; a non-temporary one signs the user in. The test creates its own user and
 * deletes it.
 */
class ContainerBulkResetIT extends AbstractContainerIT {

  private static final String USERS = "/admin/realms/" + DEMO_REALM + "/users";

  @Test
  void generateReplacesThePasswordOfTheSelectedUser() {
    String username = "container-reset-" + System.nanoTime();
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
                "Reset",
                "email",
                username + "@password-care.localhost",
                "credentials",
                List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false))));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    try {
      JsonNode row = resetRow(id, Map.of("userIds", List.of(id)));
      String temporary = row.path("temporaryPassword").asText();

      assertThat(row.path("status").asText()).isEqualTo("reset");
      assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
      assertThat(http.get(USERS + "/" + id, adminToken()).body()).contains("UPDATE_PASSWORD");
      // The old password no longer signs in; the temporary one does, up to the update it asks.
      assertThat(grantError(username, DEMO_PASSWORD)).isEqualTo("Invalid user credentials");
      assertThat(grantError(username, temporary)).isEqualTo("Account is not fully set up");

      String permanent =
          resetRow(id, Map.of("userIds", List.of(id), "temporary", false))
              .path("temporaryPassword")
              .asText();
      var signIn = http.passwordGrant(DEMO_REALM, username, permanent);
      assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
      assertThat(http.read(signIn, JsonNode.class).path("access_token").asText()).isNotEmpty();
    } finally {
      http.send("DELETE", USERS + "/" + id, adminToken(), null);
    }
  }

  /** One bulk reset by the demo help desk; the result row of the one user. */
  private static JsonNode resetRow(String id, Map<String, Object> body) {
    var response =
        http.send(
            "POST",
            "/admin/realms/" + DEMO_REALM + "/password-care/bulk-reset",
            tokenOf("helpdesk"),
            body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode row = http.read(response, JsonNode.class).path("results").get(0);
    assertThat(row.path("userId").asText()).isEqualTo(id);
    return row;
  }

  /**
   * The error_description of a refused password grant: both refusals are invalid_grant, 401 for a
   * wrong password and 400 for a pending required action.
   */
  private static String grantError(String username, String password) {
    var response = http.passwordGrant(DEMO_REALM, username, password);
    assertThat(response.statusCode()).isIn(400, 401);
    return http.read(response, JsonNode.class).path("error_description").asText();
  }
}
