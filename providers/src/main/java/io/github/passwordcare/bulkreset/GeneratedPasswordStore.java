package io.github.passwordcare.bulkreset;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.PasswordCredentialProvider;
import org.keycloak.credential.PasswordCredentialProviderFactory;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.storage.StorageId;

/**
 * Stores a generated password that {@link PasswordPolicyCheck} has already checked, doing what
 * Keycloak's {@code PasswordCredentialProvider.createCredential(realm, user, String)} does after
 * its own policy check: hash with the realm's algorithm and iterations, then {@code
 * createCredential(realm, user, model)}, which moves the old password into the {@code
 * password-history} credentials and trims them to the policy, as for any reset. Only the history
 * comparison is skipped: one argon2 hash per stored old password, for a password that cannot be
 * among them.
 */
final class GeneratedPasswordStore {

  private GeneratedPasswordStore() {}

  /**
   * Whether the password lives in Keycloak's own database. A federated user's password goes to its
   * store (LDAP...) through {@code credentialManager().updateCredential}, with every rule.
   */
  static boolean applies(UserModel user) {
    return user.getFederationLink() == null && StorageId.isLocalStorage(user.getId());
  }

  static void store(KeycloakSession session, RealmModel realm, UserModel user, String password) {
    PasswordPolicy policy = realm.getPasswordPolicy();
    PasswordCredentialModel credential =
        hashProvider(session, policy).encodedCredential(password, policy.getHashIterations());
    credential.setCreatedDate(Time.currentTimeMillis());
    PasswordCredentialProvider passwords =
        (PasswordCredentialProvider)
            session.getProvider(
                CredentialProvider.class, PasswordCredentialProviderFactory.PROVIDER_ID);
    passwords.createCredential(realm, user, credential);
  }

  /**
   * As {@code PasswordCredentialProvider.getHashProvider}: the policy's algorithm, or the default.
   */
  private static PasswordHashProvider hashProvider(KeycloakSession session, PasswordPolicy policy) {
    if (policy.getHashAlgorithm() != null) {
      PasswordHashProvider chosen =
          session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
      if (chosen != null) {
        return chosen;
      }
    }
    return session.getProvider(PasswordHashProvider.class);
  }
}
