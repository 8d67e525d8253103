package io.github.passwordcare.expiry;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Adds {@link ExpiryReminderEntity} to Keycloak's database; Liquibase creates its table from {@code
 * META-INF/password-care-expiry-changelog.xml} at start.
 */
public class ExpiryJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

  public static final String PROVIDER_ID = "password-care-expiry";

  @Override
  public JpaEntityProvider create(KeycloakSession session) {
    return this;
  }

  @Override
  public List<Class<?>> getEntities() {
    return List.of(ExpiryReminderEntity.class);
  }

  @Override
  public String getChangelogLocation() {
    return "META-INF/password-care-expiry-changelog.xml";
  }

  @Override
  public String getFactoryId() {
    return PROVIDER_ID;
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
