package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.AccountConsoleLogin;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import io.github.passwordcare.it.TestUsers;
import io.github.passwordcare.it.sspr.SsprBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/**
 * SSPR by security questions, end to end: registered on the recovery-contacts page, then a reset
 * with the questions as the only method passed; wrong answers are one failed verification each (and
 * lock like wrong codes); an admin never passes; an unknown name sees a page like anyone's, with
 * the same stand-in questions every time.
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class SecurityQuestionsSsprIT extends AbstractSecurityQuestionsIT {

  /** Receives the "your password was changed" notice, so its sending does not fail in the log. */
  @InjectMailServer MailServer mail;

  private static final Map<String, String> ANSWERS =
      Map.of(PET, "Rex the Dog", NICKNAME, "Sunny Jim", SCHOOL, "Saint Mary Primary");

  @Test
  void userResetsThePasswordByQuestionsAlone() throws Exception {
    questionsOn();
    long logOffset = ServerLog.size();
    String username = registered("sq-sspr");
    String password = "Sq-" + TestUsers.unique("Pw").replace("-", "") + "!7a";
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(username).method("questions");
      assertThat(browser.text())
          .contains("Answer your security questions", "Answer these questions as you did");
      List<String> shown = shownQuestions(browser);
      assertThat(shown).containsExactlyInAnyOrder(PET, NICKNAME, SCHOOL);

      browser.answers("wrong one", "wrong two", "wrong three");
      assertThat(browser.text()).contains("The answers are not correct. Try again.");
      assertThat(shownQuestions(browser)).isEqualTo(shown);

      // Case, spaces and width do not matter.
      browser.answers(
          shown.stream()
              .map(q -> "  " + ANSWERS.get(q).toUpperCase(Locale.ROOT).replace(" ", "   "))
              .toArray(String[]::new));
      assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
      browser.newPassword(password);
      assertThat(browser.url()).startsWith(AccountConsoleLogin.accountUrl(urls)).contains("code=");
    }
    assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);
    var events = eventsOf(idOf(username));
    assertThat(events)
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_sspr_step", "code_entered")
                    .containsEntry("password_care_sspr_method", "questions"))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_sspr_step", "method_passed")
                    .containsEntry("password_care_sspr_method", "questions"));
    String eventsJson = JSON.writeValueAsString(events).toLowerCase(Locale.ROOT);
    for (String answer : ANSWERS.values()) {
      assertThat(eventsJson).doesNotContain(answer.toLowerCase(Locale.ROOT));
    }
    assertThat(ServerLog.linesSince(logOffset))
        .noneMatch(
            line ->
                line.toLowerCase(Locale.ROOT).contains("rex the dog")
                    || line.contains("wrong one")
                    || line.contains(password));
  }

  @Test
  void wrongAnswersCountAsFailedVerificationsAndLock() throws Exception {
    questionsOn(Map.of("ssprMaxFailedVerifications", 2));
    String username = registered("sq-lock");
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(username).method("questions");
      browser.answers("wrong one", "wrong two", "wrong three");
      assertThat(browser.text()).contains("The answers are not correct. Try again.");
      browser.answers("wrong four", "wrong five", "wrong six");
      assertThat(browser.text()).contains("We cannot reset the password of this account right now");
      assertThat(browser.has("password-care-sspr-questions-form")).isFalse();
    }
    assertThat(eventsOf(idOf(username)))
        .filteredOn(
            e ->
                "code_entered".equals(e.getDetails().get("password_care_sspr_step"))
                    && "password_care_sspr_code_invalid".equals(e.getError()))
        .hasSize(2);
  }

  @Test
  void anAdminNeverPassesByQuestionsEvenWithTheRightAnswers() throws Exception {
    settings(
        Map.of("ssprMethods", List.of("email", "otp", "questions"), "ssprMethodsRequiredUsers", 1));
    String username = registered("sq-admin-sspr");
    makeAdmin(username);
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(username).method("questions");
      List<String> shown = shownQuestions(browser);
      assertThat(shown).hasSize(3);
      // An admin sees stand-in questions, so the right answers to the real ones cannot be given;
      // answer every shown question with its registered answer where it has one.
      browser.answers(
          shown.stream().map(q -> ANSWERS.getOrDefault(q, "Rex the Dog")).toArray(String[]::new));
      assertThat(browser.text()).contains("The answers are not correct. Try again.");
      assertThat(browser.has("kc-passwd-update-form")).isFalse();
    }
  }

  @Test
  void anUnknownNameSeesTheSameStandInQuestionsEveryTimeInDutch() throws Exception {
    questionsOn();
    String name = TestUsers.unique("sq-nobody");
    List<String> first;
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("nl").username(name).method("questions");
      assertThat(browser.text())
          .contains("Beantwoord je beveiligingsvragen", "Beantwoord deze vragen zoals je deed");
      first = shownQuestions(browser);
      assertThat(first).hasSize(3).doesNotHaveDuplicates();
      browser.answers("een antwoord", "nog een", "de derde");
      assertThat(browser.text()).contains("De antwoorden zijn niet juist. Probeer het opnieuw.");
    }
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("nl").username(name).method("questions");
      assertThat(shownQuestions(browser)).isEqualTo(first);
    }
    // A real user without questions gets the same kind of page.
    String plain = users().username(users().create("sq-plain"));
    List<String> byUsername;
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(plain).method("questions");
      byUsername = shownQuestions(browser);
      assertThat(byUsername).hasSize(3);
      assertThat(browser.has("password-care-sspr-questions-form")).isTrue();
    }
    // Its username and its email get the same stand-ins, as they would get the same real
    // questions: otherwise typing both tells accounts with questions from those without.
    try (SsprBrowser browser = new SsprBrowser(urls.getBase())) {
      browser.forgotPassword("en").username(plain + "@password-care.localhost").method("questions");
      assertThat(shownQuestions(browser)).containsExactlyInAnyOrderElementsOf(byUsername);
    }
  }

  /** A user who registered the first three default questions with {@link #ANSWERS}. */
  private String registered(String prefix) throws Exception {
    String username = userAtTheContactsPage(prefix);
    try (QuestionsBrowser browser = browser()) {
      browser.signIn(username, "en").openQuestions();
      browser.register(
          FIRST_THREE, List.of(ANSWERS.get(PET), ANSWERS.get(NICKNAME), ANSWERS.get(SCHOOL)));
      browser.confirm();
    }
    assertThat(questionCredentials(username)).hasSize(1);
    return username;
  }

  private static List<String> shownQuestions(SsprBrowser browser) {
    List<String> shown = new ArrayList<>();
    for (int i = 1; browser.has("password-care-sspr-question-" + i); i++) {
      shown.add(browser.textOf("password-care-sspr-question-" + i));
    }
    return shown;
  }
}
