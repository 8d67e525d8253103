package io.github.passwordcare.contact;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The registration check of a browser flow ({@code password-care-recovery-check}): put it as the
 * last REQUIRED step of the flow's forms sub-flow, after the password and OTP steps. Its options
 * are the realm's password-care settings (Registration), not an authenticator config.
 */
public final class RecoveryCheckAuthenticatorFactory implements AuthenticatorFactory {

  public static final String PROVIDER_ID = "password-care-recovery-check";

  private static final Requirement[] REQUIREMENT_CHOICES = {
    Requirement.REQUIRED, Requirement.DISABLED
  };

  private static final RecoveryCheckAuthenticator INSTANCE = new RecoveryCheckAuthenticator();

  @Override
  public Authenticator create(KeycloakSession session) {
    return INSTANCE;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Password care: recovery registration check";
  }

  @Override
  public String getHelpText() {
    return "After the user is known, asks users who have too few recovery methods for password"
        + " reset, or confirmed them too long ago, to update them (the Registration settings of the"
        + " realm's Password care settings). Never blocks a sign-in.";
  }

  @Override
  public String getReferenceCategory() {
    return null;
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return REQUIREMENT_CHOICES;
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }
}
