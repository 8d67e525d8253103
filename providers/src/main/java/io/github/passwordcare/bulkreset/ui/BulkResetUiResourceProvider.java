package io.github.passwordcare.bulkreset.ui;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

public class BulkResetUiResourceProvider implements RealmResourceProvider {

  private final KeycloakSession session;

  public BulkResetUiResourceProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public Object getResource() {
    return new AdminAppResource(session);
  }

  @Override
  public void close() {}
}
