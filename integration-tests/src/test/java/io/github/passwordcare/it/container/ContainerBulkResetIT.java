package io.github.passwordcare.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bulk reset end to end in Keycloak's image: a generated temporary password replaces the old one
 * and asks for an update. The test creates its own user and deletes it.
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
      var response =
          http.send(
              "POST",
              "/admin/realms/" + DEMO_REALM + "/password-care/bulk-reset",
              tokenOf("helpdesk"),
              Map.of("userIds", List.of(id)));

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode row = http.read(response, JsonNode.class).path("results").get(0);
      assertThat(row.path("status").asText()).isEqualTo("reset");
      assertThat(row.path("temporaryPassword").asText()).hasSizeGreaterThanOrEqualTo(16);
      assertThat(http.get(USERS + "/" + id, adminToken()).body()).contains("UPDATE_PASSWORD");
    } finally {
      http.send("DELETE", USERS + "/" + id, adminToken(), null);
    }
  }
}
