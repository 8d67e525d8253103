package io.github.passwordcare.bulkreset;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyNotMetException;
import org.keycloak.policy.PolicyError;
import org.keycloak.storage.ReadOnlyException;

/**
 * The password-changing step of one user's reset. A rule that refuses the password is an answer
 * (returned, so a generated password can be tried again); anything else rolls the user back with a
 * short reason, never the exception's text, which may quote the database's statements.
 */
final class PasswordChange {

  private static final Logger LOG = Logger.getLogger(PasswordChange.class);

  private PasswordChange() {}

  /**
   * Sets the password; returns the policy error instead when a rule refuses it. A generated
   * password in Keycloak's own database skips only the history comparison ({@link
   * GeneratedPasswordStore}); a given one, or one for a federated user, goes through Keycloak with
   * every rule.
   */
  static PolicyError store(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      String password,
      boolean generated) {
    try {
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
    } catch (PasswordPolicyNotMetException e) {
      return new PolicyError(e.getMessage(), e.getParameters());
    } catch (ReadOnlyException e) {
      throw new UserPasswordReset.Rollback(
          UserPasswordReset.failed(
              user, "read-only: the user's store does not allow password changes"));
    } catch (ModelException e) {
      if (e.getCause() == null) {
        // Keycloak's PasswordCredentialProvider reports a policy rule this way: key + parameters.
        return new PolicyError(e.getMessage(), e.getParameters());
      }
      throw failure(user, e);
    } catch (RuntimeException e) {
      throw failure(user, e);
    }
  }

  /** Rolls the user back with a short reason; the detail goes to the log, with the user id only. */
  private static UserPasswordReset.Rollback failure(UserModel user, RuntimeException e) {
    String reason = ResetFailures.reasonFor(e);
    LOG.warnf(e, "Bulk reset of user %s failed (%s); rolled back", user.getId(), reason);
    return new UserPasswordReset.Rollback(UserPasswordReset.failed(user, reason));
  }
}
