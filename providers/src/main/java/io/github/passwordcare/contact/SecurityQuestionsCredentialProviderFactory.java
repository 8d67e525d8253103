package io.github.passwordcare.contact;

import io.github.passwordcare.common.RecoveryAttributes;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the {@code password-care-security-questions} credential type with Keycloak. */
public final class SecurityQuestionsCredentialProviderFactory
    implements CredentialProviderFactory<SecurityQuestionsCredentialProvider> {

  public static final String PROVIDER_ID = RecoveryAttributes.SECURITY_QUESTIONS_TYPE;

  @Override
  public CredentialProvider create(KeycloakSession session) {
    return new SecurityQuestionsCredentialProvider(session);
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
