package io.github.passwordcare.benchmark.probe;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Hands out the {@link HashCostProbeResource} for one request. */
final class HashCostProbeResourceProvider implements RealmResourceProvider {

  private final KeycloakSession session;

  HashCostProbeResourceProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public Object getResource() {
    return new HashCostProbeResource(session);
  }

  @Override
  public void close() {}
}
