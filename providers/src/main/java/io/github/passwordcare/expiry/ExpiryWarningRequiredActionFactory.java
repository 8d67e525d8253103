package io.github.passwordcare.expiry;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Required action {@code password-care-expiry-warning}. It is registered and enabled in every realm
 * ({@link ExpiryInstaller}) and does nothing where the password policy has no {@code
 * password-care-expiry}, so no flow needs changing. The factory also schedules the daily reminder
 * job.
 */
public class ExpiryWarningRequiredActionFactory implements RequiredActionFactory {

  public static final String PROVIDER_ID = "password-care-expiry-warning";
  private static final ExpiryWarningRequiredAction INSTANCE = new ExpiryWarningRequiredAction();

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return INSTANCE;
  }

  @Override
  public String getDisplayText() {
    return "Password Care: password expiry warning";
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(new ExpiryInstaller());
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
