package io.github.passwordcare.sspr;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.List;
import java.util.Set;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
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
    return "Verifies one or two methods (email, alternate email, SMS, OTP app, security questions)"
        + " before the password"
        + " reset; the realm's Password care settings choose the methods and limits.";
  }

  @Override
  public String getReferenceCategory() {
    return null;
  }

  /**
   * Security questions, when the realm's methods include them: the account console lists only the
   * credential types that an authenticator of an enabled flow names, so this is what puts them in
   * its "Signing in" page. Optional categories never count for the level of authentication.
   */
  @Override
  public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
    RealmModel realm = session.getContext().getRealm();
    if (realm == null
        || !SsprSettingsSource.read(session, realm).ssprMethods().contains(SsprMethod.QUESTIONS)) {
      return Set.of();
    }
    return Set.of(RecoveryAttributes.SECURITY_QUESTIONS_TYPE);
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
