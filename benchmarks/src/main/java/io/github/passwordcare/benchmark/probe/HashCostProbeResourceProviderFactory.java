package io.github.passwordcare.benchmark.probe;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Benchmark-only probe at {@code /realms/master/password-care-bench-probe/hash-cost}. It lives in
 * its own jar ({@code keycloak-password-care-benchmarks-*-probe.jar}) that only {@code
 * benchmarks/run.sh} installs, into a Keycloak of its own; it is never part of the product.
 */
public final class HashCostProbeResourceProviderFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "password-care-bench-probe";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new HashCostProbeResourceProvider(session);
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
