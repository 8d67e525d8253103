package io.github.passwordcare.bulkreset;

import io.github.passwordcare.bulkreset.UserResetResult.Status;
import java.text.MessageFormat;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyNotMetException;
import org.keycloak.policy.PolicyError;
import org.keycloak.storage.ReadOnlyException;

/**
 * Resets one user's password inside the worker's own Keycloak session and transaction. Anything
 * that must not half-happen (a notification that could not be sent) throws {@link Rollback}, so the
 * transaction is rolled back and the user reported as failed.
 */
final class UserPasswordReset {

  private static final Logger LOG = Logger.getLogger(UserPasswordReset.class);

  /** Generated passwords rarely miss a policy (regex, not-username, blocklist): a few tries do. */
  static final int GENERATE_ATTEMPTS = 20;

  private final ResetJob job;
  private final PasswordGenerator generator;

  UserPasswordReset(ResetJob job, PasswordGenerator generator) {
    this.job = job;
    this.generator = generator;
  }

  /** Thrown to roll the user's transaction back; carries the result to report. */
  static final class Rollback extends RuntimeException {
    final UserResetResult result;

    Rollback(UserResetResult result) {
      super(result.reason(), null, false, false);
      this.result = result;
    }
  }

  UserResetResult run(KeycloakSession session, String userId) {
    RealmModel realm = session.getContext().getRealm();
    UserModel user = session.users().getUserById(realm, userId);
    if (user == null) {
      return UserResetResult.failed(userId, null, null, "not-found");
    }
    if (job.request().isDryRun()) {
      return dryRun(session, realm, user);
    }
    return switch (job.mode()) {
      case GENERATE -> setPassword(session, realm, user, null);
      case SET -> setPassword(session, realm, user, job.request().password());
      case EMAIL_LINK -> EmailLinkSender.send(session, realm, user, job);
    };
  }

  private UserResetResult dryRun(KeycloakSession session, RealmModel realm, UserModel user) {
    if (job.mode() == BulkResetMode.SET) {
      // Only rules that read no stored password: else a dry run answers "is this one of the
      // user's recent passwords?" for 1,000 users a call, silently.
      PolicyError error =
          PasswordPolicyCheck.validate(
              session, realm, user, job.request().password(), PasswordPolicyCheck::forDryRun);
      if (error != null) {
        return failed(user, format(error.getMessage(), error.getParameters()));
      }
    }
    return result(user, Status.WOULD_RESET, null);
  }

  private UserResetResult setPassword(
      KeycloakSession session, RealmModel realm, UserModel user, String given) {
    String password = null;
    PolicyError lastPolicyError = null;
    int attempts = given == null ? GENERATE_ATTEMPTS : 1;
    for (int i = 0; i < attempts && password == null; i++) {
      String candidate = given != null ? given : generator.generate(job.requirements());
      try {
        lastPolicyError = store(session, realm, user, candidate, given == null);
        password = lastPolicyError == null ? candidate : null;
      } catch (PasswordPolicyNotMetException e) {
        lastPolicyError = new PolicyError(e.getMessage(), e.getParameters());
      } catch (ReadOnlyException e) {
        return failed(user, "read-only: the user's store does not allow password changes");
      } catch (ModelException e) {
        return failed(user, format(e.getMessage(), e.getParameters()));
      }
    }
    if (password == null) {
      return failed(user, format(lastPolicyError.getMessage(), lastPolicyError.getParameters()));
    }
    if (job.request().isTemporary()) {
      user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
    } else {
      user.removeRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
    }
    if (job.request().isLogoutSessions()) {
      SessionLogout.logout(session, realm, user, job);
    }
    if (job.request().isNotifyUser()) {
      try {
        AdminResetNotification.send(session, realm, user, job.request().isTemporary());
      } catch (EmailException e) {
        LOG.warnf(
            "Bulk reset: notification to user %s could not be sent; rolled back", user.getId());
        throw new Rollback(
            failed(user, "notification email could not be sent: password unchanged"));
      }
    }
    job.adminEventSuccess(session, user, "reset-password");
    return result(user, Status.RESET, given == null ? password : null);
  }

  /**
   * Sets the password; returns the policy error instead when a rule refuses it. A generated
   * password in Keycloak's own database skips only the history comparison ({@link
   * GeneratedPasswordStore}); a given one, or one for a federated user, goes through Keycloak with
   * every rule.
   */
  private static PolicyError store(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      String password,
      boolean generated) {
    if (generated && GeneratedPasswordStore.applies(user)) {
      PolicyError error =
          PasswordPolicyCheck.validate(
              session, realm, user, password, PasswordPolicyCheck::forGeneratedPassword);
      if (error == null) {
        GeneratedPasswordStore.store(session, realm, user, password);
      }
      return error;
    }
    user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
    return null;
  }

  private String format(String key, Object[] parameters) {
    String pattern = job.policyMessages().getProperty(key, key);
    return parameters == null || parameters.length == 0
        ? pattern
        : new MessageFormat(pattern).format(parameters);
  }

  static UserResetResult result(UserModel user, Status status, String password) {
    return new UserResetResult(
        user.getId(), user.getUsername(), user.getEmail(), status, password, null);
  }

  static UserResetResult failed(UserModel user, String reason) {
    return UserResetResult.failed(user.getId(), user.getUsername(), user.getEmail(), reason);
  }
}
