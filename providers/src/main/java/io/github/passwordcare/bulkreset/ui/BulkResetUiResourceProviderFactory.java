package io.github.passwordcare.bulkreset.ui;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Registers the public {@code /realms/{realm}/password-care/...} resource that serves the bulk
 * reset page, and keeps the page's sign-in client present in every realm.
 */
public class BulkResetUiResourceProviderFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "password-care";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new BulkResetUiResourceProvider(session);
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(new AdminUiClientInstaller());
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
