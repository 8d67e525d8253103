package io.github.passwordcare.it.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The expiring-passwords report in a realm of its own: exactly the right users, in expiry order,
 * paged, with exemptions flagged; the already expired on request; the same as CSV.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ExpiryReportIT extends AbstractPasswordCareIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExpiryRealm scratch;
  private AgedUsers aged;
  private String in2;
  private String in10;
  private String exemptUserIn5;
  private String exemptGroupIn6;
  private String expired3;

  @BeforeEach
  void createRealmAndUsers() {
    scratch = new ExpiryRealm(admin, TestUsers.unique("expiry-report"));
    aged = new AgedUsers(scratch.resource());
    GroupRepresentation exempt = new GroupRepresentation();
    exempt.setName("break-glass");
    exempt.setAttributes(Map.of("passwordNeverExpires", List.of("true")));
    try (Response created = scratch.resource().groups().add(exempt)) {
      String parentId = created.getLocation().getPath().replaceAll(".*/", "");
      GroupRepresentation inner = new GroupRepresentation();
      inner.setName("inner");
      scratch.resource().groups().group(parentId).subGroup(inner).close();
    }
    in10 = aged.expiringIn("in10", 90, 10);
    in2 = aged.expiringIn("in2", 90, 2);
    aged.expiringIn("in20", 90, 20); // outside a 14-day window
    exemptUserIn5 =
        aged.create(
            "exempt-user",
            AgedUsers.passwordSetFor(90, 5),
            u -> u.getAttributes().put("passwordNeverExpires", List.of("true")));
    exemptGroupIn6 =
        aged.create(
            "exempt-group",
            AgedUsers.passwordSetFor(90, 6),
            u -> u.setGroups(List.of("/break-glass/inner")));
    expired3 = aged.expiringIn("expired3", 90, -3);
  }

  @AfterEach
  void removeRealm() {
    scratch.close();
  }

  @Test
  void listsWhoExpiresWithinTheWindowInExpiryOrderWithExemptionsFlagged() throws Exception {
    JsonNode page = report("withinDays=14");

    assertThat(page.path("total").asLong()).isEqualTo(4);
    assertThat(ids(page)).containsExactly(in2, exemptUserIn5, exemptGroupIn6, in10);
    JsonNode first = page.path("users").get(0);
    assertThat(first.path("username").asText()).isEqualTo(aged.username(in2));
    assertThat(first.path("email").asText())
        .isEqualTo(aged.username(in2) + "@password-care.localhost");
    assertThat(first.path("daysLeft").asLong()).isEqualTo(2);
    assertThat(first.path("expired").asBoolean()).isFalse();
    assertThat(first.path("exempt").asBoolean()).isFalse();
    assertThat(first.has("exemptBecause")).isFalse(); // null fields are left out
    long setAt = java.time.Instant.parse(first.path("passwordSetAt").asText()).toEpochMilli();
    long expiresAt = java.time.Instant.parse(first.path("expiresAt").asText()).toEpochMilli();
    assertThat(expiresAt - setAt).isEqualTo(90 * AgedUsers.DAY_MS);
    assertThat(page.path("users").get(1).path("exemptBecause").asText()).isEqualTo("user");
    assertThat(page.path("users").get(2).path("exemptBecause").asText())
        .isEqualTo("group:/break-glass");
    assertThat(page.path("users").get(2).path("exempt").asBoolean()).isTrue();
  }

  @Test
  void pagesWithFirstAndMaxAndKeepsTheTotal() throws Exception {
    JsonNode page = report("withinDays=14&first=1&max=2");
    assertThat(page.path("total").asLong()).isEqualTo(4);
    assertThat(ids(page)).containsExactly(exemptUserIn5, exemptGroupIn6);
    assertThat(ids(report("withinDays=14&first=4&max=2"))).isEmpty();
    assertThat(ids(report("withinDays=3"))).containsExactly(in2);
    assertThat(report("withinDays=0").path("total").asLong()).isZero();
  }

  @Test
  void listsTheAlreadyExpiredOnRequest() throws Exception {
    JsonNode page = report("expired=true");
    assertThat(ids(page)).containsExactly(expired3);
    JsonNode row = page.path("users").get(0);
    assertThat(row.path("expired").asBoolean()).isTrue();
    assertThat(row.path("daysLeft").asLong()).isEqualTo(-3); // minus the whole days since expiry
  }

  @Test
  void csvHoldsTheSameRowsInTheSameOrder() throws Exception {
    HttpResponse<String> all = csv("withinDays=14");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(all.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("expiring-passwords-"));
    String[] lines = all.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "userId,username,email,passwordSetAt,expiresAt,daysLeft,expired,exempt,exemptBecause");
    assertThat(lines).hasSize(5);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      ids.add(lines[i].split(",")[0]);
    }
    assertThat(ids).containsExactly(in2, exemptUserIn5, exemptGroupIn6, in10);
    assertThat(lines[1]).contains("," + aged.username(in2) + ",").endsWith(",2,false,false,");
    assertThat(lines[3]).endsWith(",6,false,true,group:/break-glass");
    assertThat(csv("withinDays=14&first=1&max=1").body().split("\r\n")).hasSize(2);
  }

  @Test
  void csvDefusesSpreadsheetFormulasInUserData() throws Exception {
    String id =
        aged.create(
            "formula",
            AgedUsers.passwordSetFor(90, 1),
            u -> u.setEmail("=HYPERLINK(\"http://evil.test\")@password-care.localhost"));
    String line = csv("withinDays=1").body().split("\r\n")[1];
    assertThat(line)
        .startsWith(id + ",")
        .contains(",\"'=hyperlink(\"\"http://evil.test\"\")@"); // Keycloak lowercases emails
  }

  private JsonNode report(String query) throws Exception {
    HttpResponse<String> response = get(scratch.reportPath() + "?" + query, scratch.adminToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> csv(String query) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(urls.getBase() + scratch.reportPath() + "?" + query))
            .header("Accept", "text/csv")
            .header("Authorization", "Bearer " + scratch.adminToken())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("users").forEach(u -> ids.add(u.path("userId").asText()));
    return ids;
  }
}
