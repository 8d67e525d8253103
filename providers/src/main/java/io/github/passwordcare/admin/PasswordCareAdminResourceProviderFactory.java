package io.github.passwordcare.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** Registers {@code /admin/realms/{realm}/password-care}, the root of the bundle's admin API. */
public class PasswordCareAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

  public static final String PROVIDER_ID = "password-care";

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return new PasswordCareAdminResourceProvider();
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
}
