package io.github.passwordcare.it.contact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.passwordcare.it.AbstractPasswordCareIT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderSimpleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * What the security-questions tests share: turning questions on for one test through {@code PUT
 * .../password-care/settings} (put back after it), the recovery-contacts required action
 * (registered for the test when the realm does not have it yet, removed after), users, admins,
 * events.
 */
abstract class AbstractSecurityQuestionsIT extends AbstractPasswordCareIT {

  static final String TYPE = "password-care-security-questions";
  static final String ACTION = "password-care-update-recovery-contacts";
  static final ObjectMapper JSON = new ObjectMapper();

  /** The first three questions of the default list, in English. */
  static final String PET = "What was the name of your first pet?";

  static final String NICKNAME = "What was your childhood nickname?";
  static final String SCHOOL = "What was the name of your first school?";

  static final String PET_KEY = "passwordCareQuestionFirstPet";
  static final String NICKNAME_KEY = "passwordCareQuestionChildhoodNickname";
  static final String SCHOOL_KEY = "passwordCareQuestionFirstSchool";
  static final String STREET_KEY = "passwordCareQuestionChildhoodStreet";
  static final String CAR_KEY = "passwordCareQuestionFirstCar";
  static final String JOB_KEY = "passwordCareQuestionFirstJobCity";

  /** The first three questions of the default list, as the form posts them. */
  static final List<String> FIRST_THREE = List.of(PET_KEY, NICKNAME_KEY, SCHOOL_KEY);

  private String originalSettings;
  private boolean registeredAction;

  /** Changes the demo realm's settings for this test (restored after it). */
  void settings(Map<String, Object> fields) throws Exception {
    String url = settingsUrl();
    if (originalSettings == null) {
      originalSettings = body(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }
    ObjectNode changed = (ObjectNode) JSON.readTree(originalSettings);
    fields.forEach((field, value) -> changed.set(field, JSON.valueToTree(value)));
    putSettings(JSON.writeValueAsString(changed));
  }

  /**
   * Questions on: SSPR methods email and questions, one method for users and admins (questions do
   * not count for admins, so the realm must not ask them for two).
   */
  void questionsOn() throws Exception {
    questionsOn(Map.of());
  }

  /** {@link #questionsOn()} with more fields changed. */
  void questionsOn(Map<String, Object> more) throws Exception {
    Map<String, Object> fields = new java.util.HashMap<>(more);
    fields.put("ssprMethods", List.of("email", "questions"));
    fields.put("ssprMethodsRequiredUsers", 1);
    fields.put("ssprMethodsRequiredAdmins", 1);
    settings(fields);
  }

  @AfterEach
  void restore() throws Exception {
    if (originalSettings != null) {
      putSettings(originalSettings);
      originalSettings = null;
    }
    if (registeredAction) {
      admin.realm(DEMO_REALM).flows().removeRequiredAction(ACTION);
      registeredAction = false;
    }
  }

  /** A user (demo password) who must pass the recovery-contacts page at the next sign-in. */
  String userAtTheContactsPage(String prefix) {
    ensureRequiredAction();
    String id = users().create(prefix);
    UserRepresentation user = admin.realm(DEMO_REALM).users().get(id).toRepresentation();
    user.setRequiredActions(List.of(ACTION));
    admin.realm(DEMO_REALM).users().get(id).update(user);
    return users().username(id);
  }

  private void ensureRequiredAction() {
    var flows = admin.realm(DEMO_REALM).flows();
    boolean present =
        flows.getRequiredActions().stream().anyMatch(a -> ACTION.equals(a.getProviderId()));
    if (!present) {
      RequiredActionProviderSimpleRepresentation action =
          new RequiredActionProviderSimpleRepresentation();
      action.setProviderId(ACTION);
      action.setName("Password Care: update recovery contacts");
      flows.registerRequiredAction(action);
      registeredAction = true;
    }
  }

  QuestionsBrowser browser() {
    return new QuestionsBrowser(urls.getBase());
  }

  String idOf(String username) {
    return admin.realm(DEMO_REALM).users().searchByUsername(username, true).get(0).getId();
  }

  /** The user's credentials as the admin API returns them, raw JSON. */
  String credentialsJson(String username) throws Exception {
    HttpResponse<String> response =
        get(
            "/admin/realms/" + DEMO_REALM + "/users/" + idOf(username) + "/credentials",
            adminToken());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("credentials: " + response.statusCode());
    }
    return response.body();
  }

  List<CredentialRepresentation> questionCredentials(String username) {
    return admin.realm(DEMO_REALM).users().get(idOf(username)).credentials().stream()
        .filter(c -> TYPE.equals(c.getType()))
        .toList();
  }

  /** Makes the user an admin under the default rule: a realm-management role that manages users. */
  void makeAdmin(String username) {
    var realmResource = admin.realm(DEMO_REALM);
    var management = realmResource.clients().findByClientId("realm-management").get(0);
    var role = realmResource.clients().get(management.getId()).roles().get("manage-users");
    realmResource
        .users()
        .get(idOf(username))
        .roles()
        .clientLevel(management.getId())
        .add(List.of(role.toRepresentation()));
  }

  List<EventRepresentation> eventsOf(String userId) {
    return admin.realm(DEMO_REALM).getEvents(null, null, userId, null, null, null, 0, 200);
  }

  String adminToken() {
    return admin.tokenManager().getAccessTokenString();
  }

  private String settingsUrl() {
    return urls.getBase() + "/admin/realms/" + DEMO_REALM + "/password-care/settings";
  }

  private void putSettings(String json) throws Exception {
    body(
        send(
            HttpRequest.newBuilder(URI.create(settingsUrl()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.header("Authorization", "Bearer " + adminToken()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String body(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("settings: " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
