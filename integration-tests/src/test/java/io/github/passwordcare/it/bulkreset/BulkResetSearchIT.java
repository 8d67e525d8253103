package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.PATH;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * {@code search} selects what Keycloak's {@code GET /users?search=} lists, as the bulk-reset
 * reference says: prefix by default, {@code *infix*}, {@code "exact"}, an {@code id:} list; and
 * never a service account.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class BulkResetSearchIT extends AbstractBulkResetIT {

  @Test
  void eachSearchSyntaxSelectsWhatTheReferenceSays() throws Exception {
    String tag = TestUsers.unique("find");
    String a = users().create(tag + "a");
    String b = users().create(tag + "b");
    String nameA = users().username(a);
    String suffixA = nameA.substring(nameA.lastIndexOf('-') + 1);

    assertThat(selected(tag)).as("prefix").containsExactlyInAnyOrder(a, b);
    assertThat(selected("*" + suffixA + "*")).as("infix").containsExactly(a);
    assertThat(selected(suffixA)).as("no stars: prefix only").isEmpty();
    assertThat(selected("\"" + nameA + "\"")).as("exact").containsExactly(a);
    assertThat(selected("\"" + tag + "\"")).as("exact is not prefix").isEmpty();
    assertThat(selected("id:" + a + " " + b)).as("id list").containsExactly(a, b);
  }

  @Test
  void serviceAccountsAreNeverSelectedBySearch() throws Exception {
    String serviceAccount = ServiceAccounts.create(admin.realm(DEMO_REALM));
    try {
      String id = admin.realm(DEMO_REALM).users().search(serviceAccount, true).get(0).getId();

      assertThat(selected(serviceAccount)).isEmpty();
      assertThat(selected("\"" + serviceAccount + "\"")).isEmpty();
      assertThat(selected("*" + serviceAccount.substring(5) + "*")).isEmpty();
      assertThat(selected("id:" + id)).isEmpty();
    } finally {
      ServiceAccounts.remove(admin.realm(DEMO_REALM), serviceAccount);
    }
  }

  /** The user ids a dry run with this search selects; empty when none match (400). */
  private List<String> selected(String search) throws Exception {
    var response =
        post(
            PATH,
            tokenOf("realm-admin"),
            body("search", search, "dryRun", true),
            "application/json");
    if (response.statusCode() == 400
        && json(response.body()).path("error").asText().startsWith("No users match")) {
      return List.of();
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return BulkResetClient.rows(json(response.body())).stream()
        .map(r -> r.path("userId").asText())
        .toList();
  }
}
