package io.github.passwordcare.sspr;

import io.github.passwordcare.common.AfterCommit;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.sspr.ThrottleWindow.Claim;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Self-service password reset between Keycloak's "choose user" and "reset password" steps: the user
 * proves control of one method (two for admins) by a code sent by email or SMS, or from the OTP
 * app.
 *
 * <p>Enumeration safety: an unknown or disabled account (the choose-user step leaves no user), an
 * account without the chosen method and a locked one walk through the same pages with the same
 * messages; a code is generated and stored for each of them, only sent for a real contact, off the
 * request thread. Such a code can never be entered right.
 */
final class SsprAuthenticator implements Authenticator {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final CodeDelivery delivery;

  SsprAuthenticator(CodeDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    SsprStep step = new SsprStep(context);
    if (step.expired()) {
      return;
    }
    if (!step.audience().inScope(context.getUser())) {
      step.events().error("scope", null, null, SsprEvents.ERROR_OUT_OF_SCOPE);
      context.challenge(step.info("passwordCareSsprOutOfScope"));
      return;
    }
    // One "started" per attempt that reaches the methods: the admin app's activity counts these.
    step.events().success("started", null, null);
    context.challenge(step.methodPage(null));
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    SsprStep step = new SsprStep(context);
    if (step.expired()) {
      return;
    }
    if (!step.audience().inScope(context.getUser())) {
      context.challenge(step.info("passwordCareSsprOutOfScope"));
      return;
    }
    MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
    Optional<SsprMethod> pending = step.state().pending();
    if (form.containsKey("back")) {
      step.state().clearPending();
      context.challenge(step.methodPage(null));
    } else if (pending.isPresent() && (form.containsKey("code") || form.containsKey("answers"))) {
      verify(context, step, pending.get(), form.getFirst("code"));
    } else if (form.containsKey("method")) {
      choose(context, step, form.getFirst("method"));
    } else {
      context.challenge(step.methodPage(null));
    }
  }

  private void choose(AuthenticationFlowContext context, SsprStep step, String value) {
    PasswordCareSettings settings = step.settings();
    Optional<SsprMethod> parsed = SsprMethods.parse(value);
    if (parsed.isEmpty()
        || !step.offered().contains(parsed.get())
        || step.state().passed().contains(parsed.get())) {
      context.failureChallenge(
          AuthenticationFlowError.INVALID_CREDENTIALS,
          step.methodPage("passwordCareSsprMethodInvalid"));
      return;
    }
    SsprMethod method = parsed.get();
    SsprLimits limits = step.limits();
    if (limits.locked(step.nameSubject())) {
      step.events().error("method_chosen", method, null, SsprEvents.ERROR_LOCKED);
      context.challenge(step.info("passwordCareSsprLocked"));
      return;
    }
    Optional<CodeChannel> channel = CodeChannels.of(context.getSession(), method);
    if (channel.isPresent() && !take(limits, step.nameSubject(), method)) {
      step.events().error("method_chosen", method, null, SsprEvents.ERROR_THROTTLED);
      context.challenge(step.info("passwordCareSsprThrottled"));
      return;
    }
    // The account's own limits, whatever name was typed: beyond them nothing is sent and the code
    // cannot verify, but the page is the one every name gets (see SsprStep#accountSubject).
    Optional<String> account = step.accountSubject();
    String blocked = null;
    if (account.isPresent() && limits.locked(account.get())) {
      blocked = SsprEvents.ERROR_LOCKED;
    } else if (account.isPresent() && channel.isPresent() && !take(limits, account.get(), method)) {
      blocked = SsprEvents.ERROR_THROTTLED;
    }
    Optional<String> contact = step.contact(method);
    String masked = contact.map(c -> channel.map(ch -> ch.mask(c)).orElse(null)).orElse(null);
    if (channel.isEmpty()) {
      step.state().await(method, null, 0);
      step.events().success("method_chosen", method, null);
    } else {
      String code = SsprCode.generate(RANDOM, settings.ssprCodeLength());
      long expires = Time.currentTime() + settings.ssprCodeLifetimeSeconds();
      boolean send = blocked == null && contact.isPresent() && context.getUser() != null;
      step.state().await(method, send ? SsprCode.hash(RANDOM, code) : SsprCode.UNUSABLE, expires);
      if (send) {
        queue(context, channel.get(), contact.get(), code);
        step.events().success("code_sent", method, masked);
      } else {
        step.events()
            .error("code_sent", method, null, blocked != null ? blocked : noContactError(context));
      }
    }
    context.challenge(step.codePage(method, null));
  }

  private static boolean take(SsprLimits limits, String subject, SsprMethod method) {
    return method == SsprMethod.SMS ? limits.takeSms(subject) : limits.takeEmail(subject);
  }

  private static String noContactError(AuthenticationFlowContext context) {
    return context.getUser() == null ? SsprEvents.ERROR_UNKNOWN_USER : SsprEvents.ERROR_NO_CONTACT;
  }

  private void queue(
      AuthenticationFlowContext context, CodeChannel channel, String contact, String code) {
    KeycloakSession session = context.getSession();
    CodeDelivery.Job job =
        new CodeDelivery.Job(
            channel,
            context.getRealm().getId(),
            context.getUser().getId(),
            contact,
            code,
            SsprDeliveryFailures.keyOf(context.getAuthenticationSession()),
            session.getContext().resolveLocale(context.getUser()).toLanguageTag());
    AfterCommit.run(session, () -> delivery.send(session.getKeycloakSessionFactory(), job));
  }

  private void verify(
      AuthenticationFlowContext context, SsprStep step, SsprMethod method, String code) {
    SsprLimits limits = step.limits();
    if (limits.locked(step.nameSubject())) {
      locked(context, step, method);
      return;
    }
    if (SsprDeliveryFailures.takeFailure(
        context.getSession(), context.getAuthenticationSession())) {
      step.state().clearPending();
      step.events().error("code_sent", method, null, SsprEvents.ERROR_DELIVERY_FAILED);
      context.challenge(step.info("passwordCareSsprDeliveryFailed"));
      return;
    }
    if (method != SsprMethod.OTP && step.state().codeExpired(Time.currentTime())) {
      step.state().clearPending();
      step.events().error("code_entered", method, null, SsprEvents.ERROR_CODE_EXPIRED);
      context.failureChallenge(
          AuthenticationFlowError.EXPIRED_CODE, step.methodPage("passwordCareSsprCodeExpired"));
      return;
    }
    // Each check of a code takes an attempt first, so parallel guesses cannot outrun the lock.
    Optional<Claim> nameAttempt = limits.claimAttempt(step.nameSubject());
    if (nameAttempt.isEmpty()) {
      limits.lock(step.nameSubject());
      locked(context, step, method);
      return;
    }
    Optional<String> account = step.accountSubject();
    Optional<Claim> accountAttempt = Optional.empty();
    boolean accountOpen = account.isEmpty() || !limits.locked(account.get());
    if (accountOpen && account.isPresent()) {
      accountAttempt = limits.claimAttempt(account.get());
      if (accountAttempt.isEmpty()) {
        limits.lock(account.get());
        accountOpen = false;
      }
    }
    if (!accountOpen && method == SsprMethod.QUESTIONS) {
      step.questions().spend(); // a locked account's check takes as long as any other
    }
    if (!accountOpen || !step.codeValid(method, code)) {
      if (accountAttempt.isPresent() && accountAttempt.get().last()) {
        limits.lock(account.get());
      }
      wrongCode(context, step, method, nameAttempt.get().last(), accountOpen);
      return;
    }
    limits.release(nameAttempt.get());
    accountAttempt.ifPresent(limits::release);
    step.state().pass(method);
    step.events().success("method_passed", method, step.maskedContact(method));
    Set<SsprMethod> passed = step.state().passed();
    if (passed.size() >= step.audience().methodsRequired(context.getUser())) {
      step.state().markVerified();
      step.events().success("verified", null, null);
      context.success();
      return;
    }
    context.challenge(step.methodPage(null));
  }

  private void wrongCode(
      AuthenticationFlowContext context,
      SsprStep step,
      SsprMethod method,
      boolean lastAttempt,
      boolean accountOpen) {
    step.events()
        .error(
            "code_entered",
            method,
            null,
            accountOpen ? SsprEvents.ERROR_CODE_INVALID : SsprEvents.ERROR_LOCKED);
    if (lastAttempt) {
      step.limits().lock(step.nameSubject());
      locked(context, step, method);
      return;
    }
    if (step.state().wrongTry() >= step.settings().ssprMaxCodeAttempts()) {
      step.state().clearPending();
      context.failureChallenge(
          AuthenticationFlowError.INVALID_CREDENTIALS,
          step.methodPage("passwordCareSsprCodeTooManyTries"));
      return;
    }
    context.failureChallenge(
        AuthenticationFlowError.INVALID_CREDENTIALS,
        step.codePage(
            method,
            method == SsprMethod.QUESTIONS
                ? "passwordCareSsprAnswersInvalid"
                : "passwordCareSsprCodeInvalid"));
  }

  private static void locked(AuthenticationFlowContext context, SsprStep step, SsprMethod method) {
    step.state().clearPending();
    step.events().error("code_entered", method, null, SsprEvents.ERROR_LOCKED);
    context.challenge(step.info("passwordCareSsprLocked"));
  }

  @Override
  public boolean requiresUser() {
    return false;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
