package io.github.passwordcare.sspr;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The SSPR step of a reset-credentials flow ({@code password-care-sspr}): put it after "Choose
 * User" and before "Reset Password", in place of "Send Reset Email". Its options are the realm's
 * password-care settings, not an authenticator config. Owns the code delivery threads.
 */
public final class SsprAuthenticatorFactory implements AuthenticatorFactory {

  public static final String PROVIDER_ID = "password-care-sspr";

  private static final Requirement[] REQUIREMENT_CHOICES = {
    Requirement.REQUIRED, Requirement.DISABLED
  };

  private CodeDelivery delivery;

  @Override
  public Authenticator create(KeycloakSession session) {
    return new SsprAuthenticator(delivery);
  }

  @Override
  public void init(Config.Scope config) {
    delivery = new CodeDelivery();
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {
    if (delivery != null) {
      delivery.close();
    }
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public String getDisplayType() {
    return "Password care: self-service password reset";
  }

  @Override
  public String getHelpText() {
    return "Verifies one or two methods (email, alternate email, SMS, OTP app) before the password"
        + " reset; the realm's Password care settings choose the methods and limits.";
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
