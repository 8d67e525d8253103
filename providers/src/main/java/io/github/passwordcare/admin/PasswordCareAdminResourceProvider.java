package io.github.passwordcare.admin;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

public class PasswordCareAdminResourceProvider implements AdminRealmResourceProvider {

  private final PasswordCareAdminResourceProviderFactory factory;

  PasswordCareAdminResourceProvider(PasswordCareAdminResourceProviderFactory factory) {
    this.factory = factory;
  }

  @Override
  public Object getResource(
      KeycloakSession session,
      RealmModel realm,
      AdminPermissionEvaluator auth,
      AdminEventBuilder adminEvent) {
    return new PasswordCareAdminResource(session, realm, auth, adminEvent, factory);
  }

  @Override
  public void close() {}
}
