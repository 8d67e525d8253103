package io.github.passwordcare.bulkreset;

import io.github.passwordcare.bulkreset.UserResetResult.Status;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.SystemClientUtil;
import org.keycloak.services.resources.LoginActionsService;

/**
 * Mode email-link: Keycloak's own execute-actions email with UPDATE_PASSWORD, as the admin
 * console's "Credentials > Reset password by email" sends it. No password is made or changed.
 */
final class EmailLinkSender {

  private static final Logger LOG = Logger.getLogger(EmailLinkSender.class);

  private EmailLinkSender() {}

  static UserResetResult send(
      KeycloakSession session, RealmModel realm, UserModel user, ResetJob job) {
    int lifespan = job.request().linkLifespan();
    ExecuteActionsActionToken token =
        new ExecuteActionsActionToken(
            user.getId(),
            user.getEmail(),
            Time.currentTime() + lifespan,
            List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name()),
            null,
            SystemClientUtil.getSystemClient(realm).getClientId());
    String link =
        LoginActionsService.actionTokenProcessor(job.uri())
            .queryParam("key", token.serialize(session, realm, job.uri()))
            .build(realm.getName())
            .toString();
    try {
      session
          .getProvider(EmailTemplateProvider.class)
          .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, token.getRequiredActions())
          .setAttribute(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true)
          .setRealm(realm)
          .setUser(user)
          .sendExecuteActions(link, TimeUnit.SECONDS.toMinutes(lifespan));
    } catch (EmailException e) {
      LOG.warnf(e, "Bulk reset: password link email to user %s could not be sent", user.getId());
      return UserPasswordReset.failed(user, "email could not be sent");
    }
    if (job.request().isLogoutSessions()) {
      SessionLogout.afterCommit(session, realm, user, job);
    }
    job.adminEventSuccess(session, user, "execute-actions-email");
    return UserPasswordReset.result(user, Status.EMAIL_SENT, null);
  }
}
