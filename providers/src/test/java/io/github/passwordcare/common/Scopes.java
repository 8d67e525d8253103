package io.github.passwordcare.common;

import java.util.Map;
import java.util.Set;
import org.keycloak.Config;

/**
 * Options as Keycloak hands them to a factory (camelCase names), for the unit tests of every
 * factory and config that reads a {@link Config.Scope}.
 */
public final class Scopes {

  private Scopes() {}

  public static Config.Scope of(Map<String, String> values) {
    return new Config.AbstractScope() {
      @Override
      public String get(String key) {
        return values.get(key);
      }

      @Override
      public Config.Scope scope(String... scope) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Set<String> getPropertyNames() {
        return values.keySet();
      }

      @Override
      public Config.Scope root() {
        throw new UnsupportedOperationException();
      }
    };
  }
}
