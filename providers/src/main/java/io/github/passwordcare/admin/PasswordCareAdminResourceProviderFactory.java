package io.github.passwordcare.admin;

import io.github.passwordcare.bulkreset.BulkPasswordResetRunner;
import io.github.passwordcare.bulkreset.BulkResetConfig;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/**
 * Registers {@code /admin/realms/{realm}/password-care}, the root of the bundle's admin API, and
 * owns what outlives a request: the bulk-reset limits and its worker pool.
 */
public class PasswordCareAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

  public static final String PROVIDER_ID = "password-care";

  private BulkResetConfig bulkResetConfig;
  private BulkPasswordResetRunner bulkResetRunner;

  @Override
  public AdminRealmResourceProvider create(KeycloakSession session) {
    return new PasswordCareAdminResourceProvider(this);
  }

  @Override
  public void init(Config.Scope config) {
    bulkResetConfig = BulkResetConfig.from(config);
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    if (bulkResetConfig.enabled()) {
      bulkResetRunner = new BulkPasswordResetRunner(factory, bulkResetConfig.threads());
    }
  }

  @Override
  public void close() {
    if (bulkResetRunner != null) {
      bulkResetRunner.close();
    }
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }

  @Override
  public List<ProviderConfigProperty> getConfigMetadata() {
    return BulkResetConfig.metadata();
  }

  BulkResetConfig bulkResetConfig() {
    return bulkResetConfig;
  }

  BulkPasswordResetRunner bulkResetRunner() {
    return bulkResetRunner;
  }
}
