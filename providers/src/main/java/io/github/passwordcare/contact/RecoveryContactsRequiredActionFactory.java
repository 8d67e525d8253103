package io.github.passwordcare.contact;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Required action {@code password-care-update-recovery-contacts}: the page where a user registers,
 * verifies and confirms the recovery methods SSPR uses (alternate email, mobile phone, security
 * questions; the OTP app is shown). Started by the recovery check at sign-in, or by an application
 * with {@code kc_action}. Registered and enabled in every realm by {@link
 * RecoveryContactsInstaller}.
 */
public class RecoveryContactsRequiredActionFactory implements RequiredActionFactory {

  public static final String PROVIDER_ID = "password-care-update-recovery-contacts";
  static final String DISPLAY_TEXT = "Password Care: update recovery contacts";
  private static final RecoveryContactsRequiredAction INSTANCE =
      new RecoveryContactsRequiredAction();

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return INSTANCE;
  }

  @Override
  public String getDisplayText() {
    return DISPLAY_TEXT;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(new RecoveryContactsInstaller());
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
