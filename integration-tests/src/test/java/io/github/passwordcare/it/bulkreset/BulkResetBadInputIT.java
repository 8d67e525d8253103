package io.github.passwordcare.it.bulkreset;

import static io.github.passwordcare.it.bulkreset.BulkResetClient.PATH;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.body;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.json;
import static io.github.passwordcare.it.bulkreset.BulkResetClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    List<String> members = new ArrayList<>();
    for (int i = 0; i <= PasswordCareServerConfig.BULK_RESET_MAX_USERS; i++) {
      members.add(users().create("big"));
      users().join(members.get(i), group);
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
    for (String id : concat(u1, members)) {
      assertUnchanged(id);
    }
  }

  @Test
  void aDuplicateDryRunKeyIsRefusedAndTheUserKeepsThePassword() throws Exception {
    String u1 = users().create("dup");
    String body = "{\"userIds\":[\"" + u1 + "\"],\"dryRun\":true,\"dryRun\":false}";

    var response = post(PATH, tokenOf("realm-admin"), body, "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).path("error").asText())
        .contains("'dryRun' appears more than once");
    assertUnchanged(u1);
  }

  @Test
  void aDryRunSetToNullIsRefusedAndTheUserKeepsThePassword() throws Exception {
    // A script's {"dryRun": flag ?? null} once meant "absent", so false: a real reset.
    String u1 = users().create("nulldry");
    String body = "{\"userIds\":[\"" + u1 + "\"],\"dryRun\":null}";

    var response = post(PATH, tokenOf("realm-admin"), body, "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).path("error").asText())
        .contains("field 'dryRun' must not be null: leave it out for the default");
    assertUnchanged(u1);
  }

  @Test
  void onlyUtf8JsonIsReadAndOnlyJsonOrCsvIsAnswered() throws Exception {
    String u1 = users().create("ctype");
    String body =
        "{\"userIds\":[\""
            + u1
            + "\"],\"mode\":\"set\",\"password\":\"P\u00e4ss-word-1234!\","
            + "\"temporary\":false}";
    byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = body.getBytes(StandardCharsets.ISO_8859_1);
    record Case(String contentType, String accept, byte[] body, int status) {}
    List<Case> cases =
        List.of(
            new Case("text/plain", "application/json", utf8, 415),
            new Case("application/x-www-form-urlencoded", "application/json", utf8, 415),
            new Case("application/merge-patch+json", "application/json", utf8, 415),
            new Case(null, "application/json", utf8, 415),
            new Case("application/json; charset=utf-16", "application/json", utf8, 415),
            new Case("application/json; charset=iso-8859-1", "application/json", latin1, 415),
            new Case("application/json", "application/json", latin1, 400),
            new Case("application/json", "application/xml", utf8, 406));

    // One sign-in for all cases: the demo realm has brute-force protection, and a burst of
    // sign-ins of the same user was seen to lock realm-admin out (user_temporarily_disabled).
    String token = tokenOf("realm-admin");
    List<String> problems = new ArrayList<>();
    for (Case c : cases) {
      HttpResponse<String> response = raw(token, c.contentType(), c.accept(), c.body());
      String error =
          response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
              ? json(response.body()).path("error").asText()
              : "";
      if (response.statusCode() != c.status() || error.isEmpty()) {
        problems.add(c.contentType() + " / " + c.accept() + " -> " + response.statusCode());
      }
    }
    assertThat(problems).isEmpty();
    assertThat(passwordGrant(users().username(u1), DEMO_PASSWORD).statusCode()).isEqualTo(200);

    // The same body in UTF-8 sets exactly the password that was sent.
    HttpResponse<String> ok = raw(token, "application/json; charset=utf-8", "*/*", utf8);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(passwordGrant(users().username(u1), "P\u00e4ss-word-1234!").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aLoneSurrogateOrNulInAStringIsRefused() throws Exception {
    String u1 = users().create("surrogate");
    for (String password : List.of("Abcdef-1234\\ud800", "Abcdef-1234\\u0000")) {
      String body =
          "{\"userIds\":[\"" + u1 + "\"],\"mode\":\"set\",\"password\":\"" + password + "\"}";
      var response = post(PATH, tokenOf("realm-admin"), body, "application/json");
      assertThat(response.statusCode()).as(password).isEqualTo(400);
      assertThat(json(response.body()).path("error").asText())
          .contains("field 'password' must not hold U+0000 or a lone surrogate");
    }
    assertThat(passwordGrant(users().username(u1), DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  /** The user still signs in with the demo password and has no required action: untouched. */
  private void assertUnchanged(String userId) {
    assertThat(passwordGrant(users().username(userId), DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(users().get(userId).getRequiredActions()).isEmpty();
  }

  private HttpResponse<String> raw(String token, String contentType, String accept, byte[] body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(urls.getBase() + PATH))
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void coercedValuesAreRefusedNamingTheField() throws Exception {
    String u1 = users().create("coerce");
    String ids = "\"userIds\":[\"" + u1 + "\"]";
    Map<String, String> cases =
        Map.of(
            "{" + ids + ",\"dryRun\":\"true\"}",
            "'dryRun' must be true or false",
            "{" + ids + ",\"dryRun\":1}",
            "'dryRun' must be true or false",
            "{" + ids + ",\"mode\":\"set\",\"password\":123}",
            "'password' must be a string",
            "{\"usernames\":[1,2]}",
            "'usernames[0]' must be a string",
            "{" + ids + ",\"dryRun\":true} {}",
            "nothing may follow");

    for (var c : cases.entrySet()) {
      var response = post(PATH, tokenOf("realm-admin"), c.getKey(), "application/json");
      assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
      assertThat(json(response.body()).path("error").asText()).contains(c.getValue());
    }
    assertThat(passwordGrant(users().username(u1), DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void idListsAreCountedAgainstTheCapBeforeAnyLookup() throws Exception {
    List<String> unknownIds = new ArrayList<>();
    for (int i = 0; i <= PasswordCareServerConfig.BULK_RESET_MAX_USERS; i++) {
      unknownIds.add(UUID.randomUUID().toString());
    }
    String searchBody = "{\"search\":\"id:" + String.join(" ", unknownIds) + "\"}";

    var search = post(PATH, tokenOf("realm-admin"), searchBody, "application/json");
    var ids = post(PATH, tokenOf("realm-admin"), body("userIds", unknownIds), "application/json");

    assertThat(search.statusCode()).isEqualTo(400);
    assertThat(json(search.body()).path("error").asText())
        .contains("search \"id:\" holds " + (PasswordCareServerConfig.BULK_RESET_MAX_USERS + 1));
    assertThat(ids.statusCode()).isEqualTo(400);
    assertThat(json(ids.body()).path("error").asText())
        .contains("userIds holds " + (PasswordCareServerConfig.BULK_RESET_MAX_USERS + 1));
  }

  @Test
  void repeatedValuesAreFoldedBeforeAnyLookupAndRowsKeepRequestOrder() throws Exception {
    String token = tokenOf("realm-admin");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      many.add("nouser" + (i % 7));
    }

    long start = System.nanoTime();
    var flood = post(PATH, token, body("usernames", many, "dryRun", true), "application/json");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(flood.statusCode()).as(flood.body()).isEqualTo(400);
    assertThat(json(flood.body()).path("error").asText())
        .contains("usernames holds 100000 entries");
    assertThat(millis).as("answered in %d ms", millis).isLessThan(2000);

    // Within the raw cap, each value is one lookup and one row (usernames case-folded, first
    // spelling kept), and every row, known user or not, stays where the caller put it.
    String name = users().username(users().create("fold"));
    List<String> names = new ArrayList<>(List.of("NoUser0", "nouser1", name.toUpperCase()));
    for (int i = 0; names.size() < 10 * PasswordCareServerConfig.BULK_RESET_MAX_USERS; i++) {
      names.add((i % 2 == 0 ? "NOUSER" : "nouser") + (i % 4));
    }
    var folded = post(PATH, token, body("usernames", names, "dryRun", true), "application/json");

    assertThat(folded.statusCode()).as(folded.body()).isEqualTo(200);
    assertThat(rows(json(folded.body())).stream().map(r -> r.path("username").asText()))
        .containsExactly("NoUser0", "nouser1", name, "NOUSER2", "nouser3");
  }

  @Test
  void anOrdinaryUserIsRefusedBeforeTheBodyIsRead() throws Exception {
    String token = tokenOf("alice");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      many.add("nouser" + (i % 7));
    }

    long start = System.nanoTime();
    var flood = post(PATH, token, body("usernames", many, "dryRun", true), "application/json");
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Bad input would be a 400 if the body were read: the refusal comes first.
    var bad = post(PATH, token, "{\"usernames\":[\"x\"],\"mode\":\"bogus\"}", "application/json");

    assertThat(flood.statusCode()).isEqualTo(403);
    assertThat(millis).as("answered in %d ms", millis).isLessThan(2000);
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(403);
    assertThat(bad.body()).isEqualTo(flood.body());
  }

  @Test
  void groupsTheCallerMayNotSeeAreNotNamedNorToldFromUnknownOnes() throws Exception {
    String group = users().group("engineering", null);
    String token = tokenOf("alice");

    var existing = post(PATH, token, body("groupId", group, "dryRun", true), "application/json");
    var unknown =
        post(PATH, token, body("groupId", "no-such-group", "dryRun", true), "application/json");

    assertThat(existing.statusCode()).isEqualTo(403);
    assertThat(existing.body()).doesNotContain("engineering").isEqualTo(unknown.body());
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
