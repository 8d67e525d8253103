package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.AdminAccounts;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * The security-questions part of the recovery-contacts page. The page's main view calls {@link
 * #offered} to show the row, {@link #page} when the user presses {@code questions}, and {@link
 * #process} for a post that holds {@code questionsSubmit}.
 *
 * <p>The form has one row per question to register: {@code question<i>} (a question of the realm's
 * list, as the settings hold it, or {@code custom} with the text in {@code custom<i>} when the
 * realm allows custom questions) and {@code answer<i>}, for i = 1..{@code
 * securityQuestionsToRegister}. Answers are never shown back, not even after an error. Admins are
 * refused even by a forged post.
 */
public final class SecurityQuestionsStep {

  static final String TEMPLATE = "password-care-security-questions.ftl";
  static final String CUSTOM = "custom";

  private SecurityQuestionsStep() {}

  /** Whether the page offers security questions to this user (enabled in the realm, not admin). */
  public static boolean offered(RequiredActionContext context) {
    PasswordCareSettings settings = settings(context);
    return settings.ssprMethods().contains(SsprMethod.QUESTIONS)
        && !AdminAccounts.isAdmin(
            context.getSession(), context.getRealm(), context.getUser(), settings);
  }

  /** The form to register (or replace) the user's questions; {@code errorKey} may be null. */
  public static Response page(RequiredActionContext context, String errorKey) {
    return page(context, errorKey, Map.of());
  }

  /**
   * Handles a {@code questionsSubmit} post: stores the questions and returns null when they were
   * valid, or the form again with its error (nothing stored).
   */
  public static Response process(
      RequiredActionContext context, MultivaluedMap<String, String> form) {
    if (!offered(context)) {
      return page(context, "passwordCareQuestionsNotOffered", Map.of());
    }
    PasswordCareSettings settings = settings(context);
    int count = settings.securityQuestionsToRegister();
    List<String> questions = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      questions.add(chosenQuestion(settings, form, i).orElse(""));
      answers.add(Optional.ofNullable(form.getFirst("answer" + i)).orElse(""));
    }
    Optional<String> problem = SecurityAnswers.problem(questions, answers, count);
    if (problem.isPresent()) {
      return page(context, problem.get(), form);
    }
    UserModel user = context.getUser();
    SecurityQuestionsCredentialProvider provider =
        (SecurityQuestionsCredentialProvider)
            context
                .getSession()
                .getProvider(
                    CredentialProvider.class,
                    SecurityQuestionsCredentialProviderFactory.PROVIDER_ID);
    provider.createCredential(
        context.getRealm(), user, provider.build(context.getRealm(), questions, answers));
    context
        .getEvent()
        .clone()
        .event(EventType.UPDATE_CREDENTIAL)
        .user(user)
        .detail(Details.CREDENTIAL_TYPE, RecoveryAttributes.SECURITY_QUESTIONS_TYPE)
        .success();
    return null;
  }

  /** The question row {@code i} names: a realm question, or custom text when allowed. */
  private static Optional<String> chosenQuestion(
      PasswordCareSettings settings, MultivaluedMap<String, String> form, int i) {
    String choice = form.getFirst("question" + i);
    if (choice == null) {
      return Optional.empty();
    }
    if (CUSTOM.equals(choice)) {
      String text = form.getFirst("custom" + i);
      return settings.securityQuestionsAllowCustom() && text != null
          ? Optional.of(text.strip().replaceAll("\\s+", " "))
          : Optional.empty();
    }
    return settings.securityQuestions().contains(choice) ? Optional.of(choice) : Optional.empty();
  }

  private static Response page(
      RequiredActionContext context, String errorKey, Map<String, List<String>> previous) {
    PasswordCareSettings settings = settings(context);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i <= settings.securityQuestionsToRegister(); i++) {
      rows.add(
          Map.of(
              "index", Integer.toString(i),
              "chosen", first(previous, "question" + i),
              "custom", first(previous, "custom" + i)));
    }
    var form =
        context
            .form()
            .setAttribute("questionOptions", QuestionTexts.options(settings.securityQuestions()))
            .setAttribute("questionRows", rows)
            .setAttribute("questionsAllowCustom", settings.securityQuestionsAllowCustom());
    if (errorKey != null) {
      form.setError(errorKey);
    }
    return form.createForm(TEMPLATE);
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  private static PasswordCareSettings settings(RequiredActionContext context) {
    return PasswordCareSettingsStore.read(context.getSession(), context.getRealm());
  }
}
