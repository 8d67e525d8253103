package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Registering security questions on the recovery-contacts page: stored as hashes only, replaced by
 * a second registration, refused with a themed error (and nothing stored) for short or repeated
 * answers and repeated questions, never offered to admins (a forged post is refused), and not
 * offered at all while the realm's SSPR methods leave questions out.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SecurityQuestionsRegistrationIT extends AbstractSecurityQuestionsIT {

  @Test
  void userRegistersQuestionsAndOnlyHashesAreStored() throws Exception {
    questionsOn();
    long logOffset = ServerLog.size();
    String username = userAtTheContactsPage("sq-register");
    List<String> answers = List.of("Rex The Dog", "Sunny Jim", "Saint Mary Primary");
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "en");
      assertThat(browser.has(QuestionsBrowser.CONTACTS_FORM)).as(browser.text()).isTrue();
      // The page's security-questions row, with its "Set up" button.
      assertThat(browser.textOf("password-care-contacts-value-questions")).isEqualTo("Not set");
      assertThat(browser.textOf("password-care-contacts-questions")).isEqualTo("Set up");
      browser.openQuestions();
      assertThat(browser.text()).contains("Security questions", "Choose 3 different questions");
      // Every row offers the whole list (a select shows only its chosen option as text).
      assertThat(browser.html()).contains(PET, NICKNAME, SCHOOL);
      assertThat(browser.html()).contains("type=\"password\"").contains("autocomplete=\"off\"");

      browser.register(FIRST_THREE, answers);
      assertThat(browser.has(QuestionsBrowser.CONTACTS_FORM)).as(browser.text()).isTrue();
      assertThat(browser.textOf("password-care-contacts-value-questions")).isEqualTo("Registered");
      assertThat(browser.textOf("password-care-contacts-questions")).isEqualTo("Change");
      assertThat(browser.html()).doesNotContain("Rex The Dog");
      browser.confirm();
      assertThat(browser.url()).startsWith(AccountConsoleLogin.accountUrl(urls)).contains("code=");
    }

    String stored = credentialsJson(username);
    assertThat(stored)
        .contains(TYPE, "passwordCareQuestionFirstPet", "passwordCareQuestionFirstSchool");
    for (String answer : answers) {
      assertThat(stored.toLowerCase(Locale.ROOT))
          .doesNotContain(answer.toLowerCase(Locale.ROOT))
          .doesNotContain(answer.toLowerCase(Locale.ROOT).replace(" ", ""));
    }
    assertThat(questionCredentials(username)).hasSize(1);
    String userId = idOf(username);
    assertThat(eventsOf(userId))
        .anySatisfy(
            e -> {
              assertThat(e.getType()).isEqualTo("UPDATE_CREDENTIAL");
              assertThat(e.getDetails()).containsEntry("credential_type", TYPE);
            });
    assertThat(JSON.writeValueAsString(eventsOf(userId)).toLowerCase(Locale.ROOT))
        .doesNotContain("rex the dog", "sunny jim", "saint mary");
    assertThat(ServerLog.linesSince(logOffset))
        .noneMatch(line -> line.toLowerCase(Locale.ROOT).contains("rex the dog"));
  }

  @Test
  void registeringAgainReplacesTheQuestions() throws Exception {
    questionsOn();
    String username = userAtTheContactsPage("sq-replace");
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "en").openQuestions();
      browser.register(FIRST_THREE, List.of("first", "second", "third"));
      String firstId = questionCredentials(username).get(0).getId();
      browser
          .openQuestions()
          .register(List.of(STREET_KEY, CAR_KEY, JOB_KEY), List.of("fourth", "fifth", "sixth"));
      assertThat(questionCredentials(username)).hasSize(1);
      assertThat(questionCredentials(username).get(0).getId()).isNotEqualTo(firstId);
      assertThat(credentialsJson(username))
          .contains("passwordCareQuestionChildhoodStreet")
          .doesNotContain("passwordCareQuestionFirstPet");
    }
  }

  @Test
  void shortOrRepeatedAnswersAreRefusedInDutchAndNothingIsStored() throws Exception {
    questionsOn();
    String username = userAtTheContactsPage("sq-bad");
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "nl").openQuestions();
      assertThat(browser.text()).contains("Beveiligingsvragen", "Kies 3 verschillende vragen");
      assertThat(browser.html()).contains("Hoe heette je eerste huisdier?");

      browser.register(FIRST_THREE, List.of("ab", "long enough", "also fine"));
      assertThat(browser.text()).contains("Elk antwoord moet 3 tot 40 tekens zijn.");
      assertThat(browser.html()).doesNotContain("long enough");

      browser.register(FIRST_THREE, List.of("Same Answer", " same   answer ", "other"));
      assertThat(browser.text()).contains("Elk antwoord moet anders zijn.");

      browser.register(List.of(PET_KEY, PET_KEY, SCHOOL_KEY), List.of("one", "two", "three"));
      assertThat(browser.text()).contains("Kies voor elke regel een andere vraag.");

      browser.register(FIRST_THREE, List.of("x".repeat(41), "two", "three"));
      assertThat(browser.text()).contains("Elk antwoord moet 3 tot 40 tekens zijn.");
    }
    assertThat(questionCredentials(username)).isEmpty();
  }

  @Test
  void englishErrorsAndCustomQuestionsWhenTheRealmAllowsThem() throws Exception {
    questionsOn(Map.of("securityQuestionsAllowCustom", true));
    String username = userAtTheContactsPage("sq-custom");
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "en").openQuestions();
      browser.register(FIRST_THREE, List.of("ok1", "no", "ok3"));
      assertThat(browser.text()).contains("Every answer must be 3 to 40 characters.");
      browser.register(
          List.of(PET_KEY, NICKNAME_KEY, "custom:What's my grandmother's town?"),
          List.of("abc", "def", "Tiel"));
      assertThat(browser.has(QuestionsBrowser.CONTACTS_FORM)).as(browser.text()).isTrue();
    }
    assertThat(credentialsJson(username)).contains("What's my grandmother's town?");
  }

  @Test
  void adminsAreNeverOfferedQuestionsAndAForgedPostIsRefused() throws Exception {
    questionsOn();
    String username = userAtTheContactsPage("sq-admin");
    makeAdmin(username);
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "en");
      assertThat(browser.has(QuestionsBrowser.CONTACTS_FORM)).as(browser.text()).isTrue();
      assertThat(browser.has("password-care-contacts-questions")).isFalse();
      browser.forge(
          QuestionsBrowser.CONTACTS_FORM,
          Map.of(
              "questionsSubmit", "true",
              "question1", PET_KEY,
              "question2", NICKNAME_KEY,
              "question3", SCHOOL_KEY,
              "answer1", "first answer",
              "answer2", "second answer",
              "answer3", "third answer"));
      assertThat(browser.text()).contains("Security questions are not available for your account.");
    }
    assertThat(questionCredentials(username)).isEmpty();
  }

  @Test
  void notOfferedWhileTheRealmLeavesQuestionsOut() throws Exception {
    settings(Map.of("ssprMethods", List.of("email", "otp")));
    String username = userAtTheContactsPage("sq-off");
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "en");
      assertThat(browser.has(QuestionsBrowser.CONTACTS_FORM)).as(browser.text()).isTrue();
      assertThat(browser.has("password-care-contacts-questions")).isFalse();
      browser.forge(
          QuestionsBrowser.CONTACTS_FORM,
          Map.of(
              "questionsSubmit", "true",
              "question1", PET_KEY,
              "question2", NICKNAME_KEY,
              "question3", SCHOOL_KEY,
              "answer1", "first answer",
              "answer2", "second answer",
              "answer3", "third answer"));
      assertThat(browser.text()).contains("Security questions are not available for your account.");
    }
    assertThat(questionCredentials(username)).isEmpty();
  }
}
