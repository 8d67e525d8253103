package io.github.passwordcare.contact;

import io.github.passwordcare.contact.SecurityQuestionsCredential.AnswerHash;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.dto.PasswordCredentialData;

/**
 * Hashes and checks normalized answers with Keycloak's password hashing: the {@code
 * PasswordHashProvider} of the realm's password policy (Keycloak's default when the policy names
 * none or an unknown one), its iterations, a fresh salt per answer. An answer is as guessable as a
 * short password, so it gets the same slow hash, never a fast digest.
 */
final class AnswerHashing {

  private final KeycloakSession session;

  AnswerHashing(KeycloakSession session) {
    this.session = session;
  }

  /** The realm's hash of each (already normalized) answer, and the parameters to check them. */
  SecurityQuestionsCredential.Data hashParameters(RealmModel realm, List<String> questions) {
    PasswordCredentialModel probe =
        provider(realm).encodedCredential("parameters", iterations(realm));
    PasswordCredentialData data = probe.getPasswordCredentialData();
    return new SecurityQuestionsCredential.Data(
        questions,
        data.getAlgorithm(),
        data.getHashIterations(),
        Map.copyOf(data.getAdditionalParameters()));
  }

  AnswerHash hash(RealmModel realm, String normalizedAnswer) {
    PasswordCredentialModel encoded =
        provider(realm).encodedCredential(normalizedAnswer, iterations(realm));
    return new AnswerHash(
        encoded.getPasswordSecretData().getValue(),
        Base64.getEncoder().encodeToString(encoded.getPasswordSecretData().getSalt()));
  }

  /** Whether {@code normalizedAnswer} matches {@code hash} made with {@code data}'s parameters. */
  boolean matches(SecurityQuestionsCredential.Data data, AnswerHash hash, String normalizedAnswer) {
    PasswordHashProvider provider =
        session.getProvider(PasswordHashProvider.class, data.algorithm());
    if (provider == null) {
      return false;
    }
    PasswordCredentialModel stored =
        PasswordCredentialModel.createFromValues(
            data.algorithm(),
            Base64.getDecoder().decode(hash.salt()),
            data.hashIterations(),
            data.additionalParameters(),
            hash.value());
    return provider.verify(normalizedAnswer, stored);
  }

  /**
   * The work of one check without a stored hash (a user without questions, an admin): one hash of
   * the answer, so such a check takes as long as a real one.
   */
  void burn(RealmModel realm, String normalizedAnswer) {
    provider(realm).encodedCredential(normalizedAnswer, iterations(realm));
  }

  private PasswordHashProvider provider(RealmModel realm) {
    String algorithm = realm.getPasswordPolicy().getHashAlgorithm();
    PasswordHashProvider provider =
        algorithm == null ? null : session.getProvider(PasswordHashProvider.class, algorithm);
    if (provider == null) {
      provider = session.getProvider(PasswordHashProvider.class); // the server's default
    }
    return provider;
  }

  private static int iterations(RealmModel realm) {
    return realm.getPasswordPolicy().getHashIterations();
  }
}
