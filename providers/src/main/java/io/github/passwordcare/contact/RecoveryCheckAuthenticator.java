package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettingsStore;
import io.github.passwordcare.sspr.RegisteredMethods;
import io.github.passwordcare.sspr.SsprAudience;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;

/**
 * The registration check at sign-in ({@code password-care-recovery-check}): once the user is known,
 * asks for the recovery-contacts page when {@link RecoveryCheckRule} says so. The page is added to
 * this sign-in only (the authentication session), never to the user, so direct grants, other flows
 * and later sign-ins decide afresh. It never blocks and never shows anything itself: it always
 * succeeds, so it reveals nothing about the account.
 */
public final class RecoveryCheckAuthenticator implements Authenticator {

  private static final Logger LOG = Logger.getLogger(RecoveryCheckAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    UserModel user = context.getUser();
    if (user != null && actionEnabled(context.getRealm())) {
      RecoveryCheckRule.Outcome outcome = outcome(context.getSession(), context.getRealm(), user);
      if (outcome.asks()) {
        LOG.debugf("Recovery check asks user %s (%s)", user.getId(), outcome);
        context
            .getAuthenticationSession()
            .addRequiredAction(RecoveryContactsRequiredActionFactory.PROVIDER_ID);
      }
    }
    context.success();
  }

  static RecoveryCheckRule.Outcome outcome(
      KeycloakSession session, RealmModel realm, UserModel user) {
    PasswordCareSettings settings = PasswordCareSettingsStore.read(session, realm);
    if (!settings.registrationRequired() || user.getServiceAccountClientLink() != null) {
      return RecoveryCheckRule.Outcome.NOT_ASKED;
    }
    SsprAudience audience = new SsprAudience(session, realm, settings);
    boolean inScope = audience.inScope(user);
    boolean admin = inScope && audience.isAdmin(user);
    int registered =
        inScope ? RegisteredMethods.of(session, user, settings, admin).size() : Integer.MAX_VALUE;
    return RecoveryCheckRule.decide(
        new RecoveryCheckRule.Facts(
            true,
            inScope,
            registered,
            admin ? settings.ssprMethodsRequiredAdmins() : settings.ssprMethodsRequiredUsers(),
            settings.registrationReconfirmDays(),
            user.getFirstAttribute(RecoveryAttributes.CONFIRMED_AT),
            Time.currentTime()));
  }

  /**
   * Keycloak skips a required action the realm has not registered or has disabled; so does the
   * check, and an admin turns both off by disabling the required action.
   */
  private static boolean actionEnabled(RealmModel realm) {
    RequiredActionProviderModel action =
        realm.getRequiredActionProviderByAlias(RecoveryContactsRequiredActionFactory.PROVIDER_ID);
    return action != null && action.isEnabled();
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    context.success();
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
