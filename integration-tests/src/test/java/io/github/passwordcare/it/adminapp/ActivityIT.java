package io.github.passwordcare.it.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.TestUsers;
import io.github.passwordcare.it.sspr.SsprBrowser;
import io.github.passwordcare.it.sspr.Totp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmEventsConfigRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * {@code GET .../password-care/activity}: bad windows are 400, callers without view-users 403; a
 * real SSPR run moves the SSPR figures; the registration coverage equals what a walk over every
 * demo-realm user through the admin API finds with the same rule.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class ActivityIT extends AbstractPasswordCareIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ACTIVITY = "/admin/realms/" + DEMO_REALM + "/password-care/activity";
  private static final String SETTINGS = "/admin/realms/" + DEMO_REALM + "/password-care/settings";

  @Test
  void onlyOneSevenOrThirtyDaysAndNothingChanges() throws Exception {
    String token = tokenOf("viewer");
    for (String query :
        List.of("days=0", "days=2", "days=31", "days=abc", "days=", "days=7.0", "days=1&days=7")) {
      HttpResponse<String> response = get(ACTIVITY + "?" + query, token);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(JSON.readTree(response.body()))
          .as(query)
          .isEqualTo(JSON.readTree("{\"error\": \"days must be 1, 7 or 30\"}"));
    }
    for (String days : List.of("1", "7", "30")) {
      JsonNode report = activity(token, "?days=" + days);
      assertThat(report.path("window").path("days").asInt()).isEqualTo(Integer.parseInt(days));
      long span =
          report.path("window").path("to").asLong() - report.path("window").path("from").asLong();
      assertThat(span).isEqualTo(Long.parseLong(days) * 86_400_000L);
    }
    assertThat(activity(token, "").path("window").path("days").asInt()).isEqualTo(30);
  }

  @Test
  void viewUsersIsNeeded() throws Exception {
    assertThat(get(ACTIVITY, null).statusCode()).isEqualTo(401);
    assertThat(get(ACTIVITY, tokenOf("alice")).statusCode()).isEqualTo(403);
    String realmViewer = users().username(users().create("activity-realm-viewer"));
    grant(realmViewer, "view-realm");
    HttpResponse<String> refused = get(ACTIVITY, tokenOf(realmViewer));
    assertThat(refused.statusCode()).isEqualTo(403);
    HttpResponse<String> info =
        get("/admin/realms/" + DEMO_REALM + "/password-care/info", tokenOf(realmViewer));
    assertThat(JSON.readTree(info.body()).path("capabilities").path("activity").asBoolean(true))
        .isFalse();
    assertThat(get(ACTIVITY, tokenOf("viewer")).statusCode()).isEqualTo(200);
    assertThat(get(ACTIVITY, admin.tokenManager().getAccessTokenString()).statusCode())
        .isEqualTo(200);
  }

  /**
   * One SSPR by authenticator app with one wrong code first: each figure it touches moves by one.
   */
  @Test
  void aRealSsprRunIsCounted() throws Exception {
    String token = tokenOf("viewer");
    String id = users().create("activity-sspr");
    String username = users().username(id);
    String secret = "ActivitySecret-" + username;
    Totp.register(admin.realm(DEMO_REALM), id, secret);
    JsonNode before = activity(token, "?days=1").path("sspr");

    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(username).method("otp");
      browser.code("000000".equals(Totp.now(secret)) ? "111111" : "000000");
      assertThat(browser.text()).contains("The code is not correct. Try again.");
      browser.code(Totp.now(secret));
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      browser.newPassword("Activity-" + TestUsers.unique("Pw").replace("-", "") + "!7a");
    }

    JsonNode after = activity(token, "?days=1").path("sspr");
    assertThat(delta(before, after, "started")).isEqualTo(1);
    assertThat(delta(before, after, "resetsDone")).isEqualTo(1);
    assertThat(delta(before, after, "failures")).isEqualTo(1);
    assertThat(delta(before, after, "lockouts")).isZero();
    assertThat(delta(before.path("byMethod"), after.path("byMethod"), "otp", "verified"))
        .isEqualTo(1);
    assertThat(delta(before.path("byMethod"), after.path("byMethod"), "otp", "failed"))
        .isEqualTo(1);
    for (String method : List.of("email", "altEmail", "sms", "questions")) {
      assertThat(after.path("byMethod").path(method))
          .as(method)
          .isEqualTo(before.path("byMethod").path(method));
    }
  }

  /** The coverage equals a walk over every user of the demo realm with RegisteredMethods' rule. */
  @Test
  void registrationCoverageMatchesAWalkOverTheDemoRealm() throws Exception {
    // Known cases on top of the demo users: none, one (verified email), two (email + OTP), and an
    // admin with one method only.
    users().create("activity-none", false);
    users().create("activity-one");
    Totp.register(admin.realm(DEMO_REALM), users().create("activity-two"), "ActivityTwo");
    String adminId = users().create("activity-admin");
    grant(users().username(adminId), "manage-users");

    JsonNode settings = JSON.readTree(get(SETTINGS, tokenOf("realm-admin")).body());
    assertThat(settings.path("ssprScope").asText()).isEqualTo("all");
    assertThat(settings.path("adminGroup").asText()).isEmpty();
    Set<String> methods = new HashSet<>();
    settings.path("ssprMethods").forEach(m -> methods.add(m.asText()));
    Set<String> adminRoles = new HashSet<>();
    settings.path("adminRoles").forEach(r -> adminRoles.add(r.asText()));

    long[] expected = walk(methods, adminRoles);
    JsonNode registration = activity(tokenOf("viewer"), "").path("registration");
    assertThat(
            new long[] {
              registration.path("users0").asLong(),
              registration.path("users1").asLong(),
              registration.path("users2plus").asLong(),
              registration.path("adminsWithoutTwo").asLong(),
              registration.path("usersInScope").asLong()
            })
        .as(registration.toString())
        .containsExactly(expected);
    assertThat(expected[0]).isPositive();
    assertThat(expected[1]).isPositive();
    assertThat(expected[2]).isPositive();
    assertThat(expected[3]).isPositive();
  }

  @Test
  void saysWhichNeededEventTypesTheRealmDoesNotSave() throws Exception {
    RealmResource realm = admin.realm(DEMO_REALM);
    RealmEventsConfigRepresentation saved = realm.getRealmEventsConfig();
    JsonNode stored = activity(tokenOf("viewer"), "").path("eventsStored");
    assertThat(stored.path("enabled").asBoolean()).isTrue();
    assertThat(stored.path("missingTypes")).isEmpty();
    assertThat(stored.path("expirationSeconds").asLong()).isEqualTo(saved.getEventsExpiration());
    try {
      RealmEventsConfigRepresentation narrowed = realm.getRealmEventsConfig();
      narrowed.setEnabledEventTypes(List.of("LOGIN", "SEND_RESET_PASSWORD"));
      realm.updateRealmEventsConfig(narrowed);
      stored = activity(tokenOf("viewer"), "").path("eventsStored");
      assertThat(stored.path("missingTypes").toString())
          .isEqualTo("[\"RESET_PASSWORD_ERROR\",\"UPDATE_CREDENTIAL\"]");
      narrowed.setEventsEnabled(false);
      realm.updateRealmEventsConfig(narrowed);
      stored = activity(tokenOf("viewer"), "").path("eventsStored");
      assertThat(stored.path("enabled").asBoolean()).isFalse();
      assertThat(stored.path("missingTypes")).hasSize(3);
    } finally {
      realm.updateRealmEventsConfig(saved);
    }
  }

  /**
   * {users0, users1, users2plus, adminsWithoutTwo, usersInScope} by the admin API, user by user.
   */
  private long[] walk(Set<String> methods, Set<String> adminRoles) {
    RealmResource realm = admin.realm(DEMO_REALM);
    String management = realm.clients().findByClientId("realm-management").get(0).getId();
    long[] counts = new long[5];
    List<UserRepresentation> all = new ArrayList<>();
    for (int first = 0; ; first += 100) {
      List<UserRepresentation> page = realm.users().list(first, 100);
      all.addAll(page);
      if (page.size() < 100) {
        break;
      }
    }
    for (UserRepresentation user : all) {
      if (!Boolean.TRUE.equals(user.isEnabled()) || user.getServiceAccountClientId() != null) {
        continue;
      }
      Map<String, List<String>> attributes =
          user.getAttributes() == null ? Map.of() : user.getAttributes();
      Set<String> credentials = new HashSet<>();
      realm.users().get(user.getId()).credentials().stream()
          .map(CredentialRepresentation::getType)
          .forEach(credentials::add);
      int forUser = 0;
      int forAdmin = 0;
      if (methods.contains("email")
          && Boolean.TRUE.equals(user.isEmailVerified())
          && notBlank(user.getEmail())) {
        forUser++;
        forAdmin++;
      }
      if (methods.contains("recovery-email")
          && isTrue(attributes, "recoveryEmailVerified")
          && notBlank(first(attributes, "recoveryEmail"))) {
        forUser++;
        forAdmin++;
      }
      if (methods.contains("sms")
          && isTrue(attributes, "recoveryPhoneVerified")
          && notBlank(first(attributes, "recoveryPhone"))) {
        forUser++;
        forAdmin++;
      }
      if (methods.contains("otp") && credentials.contains("otp")) {
        forUser++;
        forAdmin++;
      }
      if (methods.contains("questions")
          && credentials.contains("password-care-security-questions")) {
        forUser++;
      }
      counts[Math.min(forUser, 2)]++;
      counts[4]++;
      boolean isAdmin =
          realm.users().get(user.getId()).roles().clientLevel(management).listEffective().stream()
              .map(RoleRepresentation::getName)
              .anyMatch(adminRoles::contains);
      if (isAdmin && forAdmin < 2) {
        counts[3]++;
      }
    }
    return counts;
  }

  private JsonNode activity(String token, String query) throws Exception {
    HttpResponse<String> response = get(ACTIVITY + query, token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    return JSON.readTree(response.body());
  }

  private void grant(String username, String role) {
    RealmResource realm = admin.realm(DEMO_REALM);
    String management = realm.clients().findByClientId("realm-management").get(0).getId();
    RoleRepresentation representation =
        realm.clients().get(management).roles().get(role).toRepresentation();
    String id = realm.users().searchByUsername(username, true).get(0).getId();
    realm.users().get(id).roles().clientLevel(management).add(List.of(representation));
  }

  private static long delta(JsonNode before, JsonNode after, String... path) {
    JsonNode b = before;
    JsonNode a = after;
    for (String p : path) {
      b = b.path(p);
      a = a.path(p);
    }
    return a.asLong() - b.asLong();
  }

  private static boolean isTrue(Map<String, List<String>> attributes, String name) {
    return "true".equals(first(attributes, name));
  }

  private static String first(Map<String, List<String>> attributes, String name) {
    List<String> values = attributes.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isEmpty();
  }
}
