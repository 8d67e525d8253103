package io.github.passwordcare.sspr;

import io.github.passwordcare.contact.QuestionTexts;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * What one request of the SSPR step works with: the realm's settings, the user (or none), the
 * attempt's state, the throttles, the events, and the pages built from them.
 */
final class SsprStep {

  private final AuthenticationFlowContext context;
  private final PasswordCareSettings settings;
  private final SsprState state;
  private final SsprLimits limits;
  private final SsprAudience audience;
  private final SsprEvents events;

  SsprStep(AuthenticationFlowContext context) {
    this.context = context;
    this.settings = SsprSettingsSource.read(context.getSession(), context.getRealm());
    this.state = new SsprState(context.getAuthenticationSession());
    this.limits = new SsprLimits(context.getSession(), context.getRealm(), settings);
    this.audience = new SsprAudience(context.getSession(), context.getRealm(), settings);
    this.events = new SsprEvents(context.getEvent(), context.getUser());
    state.bindTo(nameSubject() + "|" + accountSubject().orElse(""));
    // Keycloak's pages show the typed username only when the flow has a user, which would tell
    // real accounts from unknown ones; "username hidden" makes them show it for everyone.
    context
        .getAuthenticationSession()
        .setAuthNote(AbstractUsernameFormAuthenticator.USERNAME_HIDDEN, "true");
  }

  PasswordCareSettings settings() {
    return settings;
  }

  SsprState state() {
    return state;
  }

  SsprLimits limits() {
    return limits;
  }

  SsprAudience audience() {
    return audience;
  }

  SsprEvents events() {
    return events;
  }

  /**
   * Ends an attempt older than {@code ssprSessionMinutes}: back to the sign-in page with a message,
   * in a fresh authentication session. True when it did.
   */
  boolean expired() {
    long now = Time.currentTime();
    if (now - state.startedAt(now) <= settings.ssprSessionMinutes() * 60L) {
      return false;
    }
    events.error("session", null, null, "password_care_sspr_session_expired");
    context.forkWithErrorMessage(new FormMessage("passwordCareSsprSessionExpired"));
    return true;
  }

  /**
   * Whom the visible throttles count: the typed name, normalised, for real and unknown accounts
   * alike, so what a user sees never depends on whether the name is an account (a username and an
   * email of one account are two names). Hashed: store keys may show in cache dumps.
   */
  String nameSubject() {
    String name =
        context
            .getAuthenticationSession()
            .getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
    return "name:" + sha256(name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whom the silent throttles count: the account, whatever name was typed. Beyond the account's
   * allowance nothing is sent and no code verifies, with the pages unchanged. A name that matched
   * no account counts a stand-in of its own, so it costs the store the same reads and writes as a
   * real account: without it the code step of a real account was measurably slower (44 vs 35.5 ms,
   * medians of 20), which told the accounts apart.
   */
  Optional<String> accountSubject() {
    UserModel user = context.getUser();
    return Optional.of(user == null ? "nobody:" + nameSubject() : "user:" + user.getId());
  }

  /** The methods the method page offers: every enabled one not yet passed (or only registered). */
  List<SsprMethod> offered() {
    Set<SsprMethod> passed = state.passed();
    return Arrays.stream(SsprMethod.values())
        .filter(settings.ssprMethods()::contains)
        .filter(m -> !passed.contains(m))
        .filter(m -> !settings.ssprRevealRegisteredMethods() || registered(m))
        .toList();
  }

  /** The user's verified contact for a code method; empty without a user or a contact. */
  Optional<String> contact(SsprMethod method) {
    UserModel user = context.getUser();
    if (user == null) {
      return Optional.empty();
    }
    return CodeChannels.of(context.getSession(), method).flatMap(channel -> channel.contact(user));
  }

  String maskedContact(SsprMethod method) {
    return contact(method)
        .flatMap(c -> CodeChannels.of(context.getSession(), method).map(channel -> channel.mask(c)))
        .orElse(null);
  }

  boolean codeValid(SsprMethod method, String code) {
    UserModel user = context.getUser();
    if (method == SsprMethod.OTP) {
      return user != null && OtpMethod.registered(user) && OtpMethod.valid(user, code);
    }
    if (method == SsprMethod.QUESTIONS) {
      return questions().valid(context.getHttpRequest().getDecodedFormParameters());
    }
    boolean matches = SsprCode.matches(state.codeHash(), code);
    return matches && contact(method).isPresent();
  }

  Response methodPage(String errorKey) {
    List<SsprMethod> offered = offered();
    if (offered.isEmpty()) {
      return info("passwordCareSsprNoMethods");
    }
    List<Map<String, String>> options =
        offered.stream()
            .map(
                m ->
                    SsprPages.option(
                        m, settings.ssprRevealRegisteredMethods() ? maskedContact(m) : ""))
            .toList();
    return SsprPages.method(form(errorKey), settings, options, !state.passed().isEmpty());
  }

  Response codePage(SsprMethod method, String errorKey) {
    if (method == SsprMethod.QUESTIONS) {
      List<Map<String, String>> shown = new ArrayList<>();
      for (String question : questions().shown()) {
        shown.add(QuestionTexts.option(Integer.toString(shown.size() + 1), question));
      }
      return SsprPages.questions(form(errorKey), settings, shown);
    }
    String contact = settings.ssprRevealRegisteredMethods() ? maskedContact(method) : null;
    return SsprPages.code(form(errorKey), settings, method, contact);
  }

  /** The questions method of this attempt; an admin's questions are never usable. */
  QuestionsMethod questions() {
    UserModel user = context.getUser();
    return new QuestionsMethod(
        context.getSession(),
        context.getRealm(),
        settings,
        context.getAuthenticationSession(),
        user,
        user != null && !audience.isAdmin(user),
        // The account, not the typed name: a username and an email of one account must get the
        // same stand-ins, as they get the same real questions (a security review told accounts
        // with questions from those without by typing both).
        accountSubject().orElseThrow());
  }

  Response info(String messageKey) {
    return SsprPages.info(context.form(), settings, messageKey);
  }

  private boolean registered(SsprMethod method) {
    UserModel user = context.getUser();
    if (user == null || (method == SsprMethod.QUESTIONS && audience.isAdmin(user))) {
      return false;
    }
    return RegisteredMethods.has(context.getSession(), user, method);
  }

  private LoginFormsProvider form(String errorKey) {
    LoginFormsProvider form = context.form();
    return errorKey == null ? form : form.setError(errorKey);
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
