package io.github.passwordcare.bulkreset.ui;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Registers the public {@code /realms/{realm}/password-care/...} resource that serves the admin app
 * (which began as the bulk reset page, hence the class names), and keeps the app's sign-in client
 * in the realms the server option {@code admin-ui-client} names ({@link AdminUiClientConfig}).
 */
public class BulkResetUiResourceProviderFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "password-care";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new BulkResetUiResourceProvider(session);
  }

  private AdminUiClientConfig clientConfig;

  @Override
  public void init(Config.Scope config) {
    clientConfig = AdminUiClientConfig.from(config);
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    factory.register(new AdminUiClientInstaller(clientConfig));
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return AdminUiClientConfig.metadata();
  }

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
