package io.github.passwordcare.bulkreset;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server-level limits of the bulk reset, set as SPI options of the admin resource, e.g. {@code
 * --spi-admin-realm-restapi-extension--password-care--bulk-reset-max-users=2000}.
 *
 * @param enabled whether the bulk reset API is served at all (default true): an operator who does
 *     not want it turns it off server-wide, and it then answers 404
 * @param maxUsers most users one call may select (default 1,000)
 * @param threads users reset at once, each in its own transaction (default: number of cores)
 */
public record BulkResetConfig(boolean enabled, int maxUsers, int threads) {

  public static final String ENABLED = "bulkResetEnabled";
  public static final String MAX_USERS = "bulkResetMaxUsers";
  public static final String THREADS = "bulkResetThreads";
  public static final int DEFAULT_MAX_USERS = 1000;

  public static BulkResetConfig from(Config.Scope scope) {
    boolean enabled = scope.getBoolean(ENABLED, true);
    int cores = Runtime.getRuntime().availableProcessors();
    int maxUsers = scope.getInt(MAX_USERS, DEFAULT_MAX_USERS);
    int threads = scope.getInt(THREADS, cores);
    requireAtLeastOne("bulk-reset-max-users", maxUsers);
    requireAtLeastOne("bulk-reset-threads", threads);
    return new BulkResetConfig(enabled, maxUsers, threads);
  }

  private static void requireAtLeastOne(String option, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "--spi-admin-realm-restapi-extension--password-care--"
              + option
              + " must be at least 1 (got "
              + value
              + ")");
    }
  }

  public static List<ProviderConfigProperty> metadata() {
    return ProviderConfigurationBuilder.create()
        .property()
        .name(ENABLED)
        .type("boolean")
        .helpText("Serve the bulk password reset API (false: it answers 404 in every realm).")
        .defaultValue(true)
        .add()
        .property()
        .name(MAX_USERS)
        .type("int")
        .helpText("Most users one bulk password reset call may select.")
        .defaultValue(DEFAULT_MAX_USERS)
        .add()
        .property()
        .name(THREADS)
        .type("int")
        .helpText("Users reset at the same time, each in its own transaction (default: cores).")
        .add()
        .build();
  }
}
