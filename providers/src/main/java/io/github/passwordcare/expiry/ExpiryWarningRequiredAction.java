package io.github.passwordcare.expiry;

import io.github.passwordcare.expiry.PasswordExpiry.State;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.requiredactions.UpdatePassword;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Checks the password's age at each sign-in where the password was typed (as Keycloak's own
 * update-password does for {@code forceExpiredPasswordChange}; a sign-in by SSO cookie has nothing
 * to check, so the warning shows once per sign-in session). Inside the notice window: a page "Your
 * password expires in 5 days" with "Change now" and "Later". At expiry: Keycloak's update-password
 * page with a line saying why, and no way past it; the action is kept on the user until then, so a
 * direct grant is refused too.
 */
public class ExpiryWarningRequiredAction implements RequiredActionProvider {

  static final String TEMPLATE = "password-care-expiry-warning.ftl";
  static final String EVENT_DETAIL = "password_care_expiry";

  /**
   * Set once the user answered the warning: Keycloak evaluates the triggers again after each
   * required action of the same sign-in, and the warning must not come back.
   */
  static final String ANSWERED_NOTE = "password-care-expiry-warning-answered";

  private static final Logger LOG = Logger.getLogger(ExpiryWarningRequiredAction.class);

  @Override
  public void evaluateTriggers(RequiredActionContext context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    if (!AuthenticatorUtil.isPasswordValidated(authSession)) {
      return;
    }
    Optional<PasswordExpiry> expiry = PasswordAges.of(context.getRealm(), context.getUser());
    State state = expiry.map(e -> e.state(Time.currentTimeMillis())).orElse(State.VALID);
    if (state == State.EXPIRED) {
      LOG.debugf("Password of user %s has expired", context.getUser().getId());
      context.getUser().addRequiredAction(ExpiryWarningRequiredActionFactory.PROVIDER_ID);
    } else if (state == State.NOTICE && authSession.getAuthNote(ANSWERED_NOTE) == null) {
      authSession.addRequiredAction(ExpiryWarningRequiredActionFactory.PROVIDER_ID);
    }
  }

  /**
   * Supported, although no application needs to start it: Keycloak skips, for the rest of the
   * sign-in, a pending required action that an application names in {@code kc_action} when that
   * action does not support being started so. A security review signed a user with an expired
   * password in by adding {@code kc_action=password-care-expiry-warning} to the authorization URL.
   * Supported, Keycloak runs it (and, as it is pending on the user, offers no "Cancel").
   */
  @Override
  public InitiatedActionSupport initiatedActionSupport() {
    return InitiatedActionSupport.SUPPORTED;
  }

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    Optional<PasswordExpiry> expiry = PasswordAges.of(context.getRealm(), context.getUser());
    long now = Time.currentTimeMillis();
    State state = expiry.map(e -> e.state(now)).orElse(State.VALID);
    switch (state) {
      case EXPIRED -> context.challenge(changeForm(context));
      case NOTICE -> context.challenge(warning(context, expiry.get(), now));
      // Changed, exempted or the policy removed since the trigger: nothing to do.
      case VALID -> context.success();
    }
  }

  @Override
  public void processAction(RequiredActionContext context) {
    Optional<PasswordExpiry> expiry = PasswordAges.of(context.getRealm(), context.getUser());
    State state = expiry.map(e -> e.state(Time.currentTimeMillis())).orElse(State.VALID);
    if (state == State.EXPIRED) {
      context.getEvent().detail(EVENT_DETAIL, "expired");
      new UpdatePassword().processAction(context);
      if (context.getStatus() == RequiredActionContext.Status.SUCCESS) {
        // One change answers forceExpiredPasswordChange too, if the realm also sets it.
        context.getUser().removeRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        context
            .getAuthenticationSession()
            .removeRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
      }
      return;
    }
    String choice = context.getHttpRequest().getDecodedFormParameters().getFirst("choice");
    context.getAuthenticationSession().setAuthNote(ANSWERED_NOTE, "true");
    if ("change".equals(choice) && state == State.NOTICE) {
      context
          .getAuthenticationSession()
          .addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
      context.getEvent().detail(EVENT_DETAIL, "change");
    } else {
      context.getEvent().detail(EVENT_DETAIL, "later");
    }
    context.success();
  }

  /** Keycloak's own update-password page; the form posts back here. */
  private static Response changeForm(RequiredActionContext context) {
    return context
        .form()
        .setAttribute("username", context.getUser().getUsername())
        .setInfo("passwordCareExpiryExpiredInfo")
        .createResponse(UserModel.RequiredAction.UPDATE_PASSWORD);
  }

  private static Response warning(RequiredActionContext context, PasswordExpiry expiry, long now) {
    Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
    return context
        .form()
        .setAttribute("daysLeft", expiry.daysLeft(now))
        .setAttribute("expiresAt", PasswordAges.format(expiry.expiresAt(), locale))
        .createForm(TEMPLATE);
  }

  @Override
  public void close() {}
}
