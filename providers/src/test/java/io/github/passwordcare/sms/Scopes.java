package io.github.passwordcare.sms;

import java.util.Map;
import java.util.Set;
import org.keycloak.Config;

/** Options as Keycloak hands them to a factory (camelCase names). */
final class Scopes {

  private Scopes() {}

  static Config.Scope of(Map<String, String> values) {
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
