package io.github.passwordcare.bulkreset;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server-level limits of the bulk reset, set as SPI options of the admin resource, e.g. {@code
 * --spi-admin-realm-restapi-extension--password-care--bulk-reset-max-users=2000}.
 *
 * @param enabled whether the bulk reset API is served at all (option {@code bulk-reset}, {@code on}
 *     by default): an operator who does not want it sets {@code off} and it answers 404 in every
 *     realm. The values are {@code on}/{@code off}, not a boolean {@code bulk-reset-enabled}:
 *     Keycloak 26 treats every SPI option whose name ends in {@code -enabled} as a build option,
 *     which an optimized image could then not change at start.
 * @param maxUsers most users one call may select (default 10,000)
 * @param threads users reset at once, each in its own transaction (default: number of cores)
 */
public record BulkResetConfig(boolean enabled, int maxUsers, int threads) {

  public static final String ENABLED = "bulkReset";
  public static final String MAX_USERS = "bulkResetMaxUsers";
  public static final String THREADS = "bulkResetThreads";
  public static final int DEFAULT_MAX_USERS = 10_000;

  public static BulkResetConfig from(Config.Scope scope) {
    boolean enabled = onOrOff("bulk-reset", scope.get(ENABLED, "on"));
    int cores = Runtime.getRuntime().availableProcessors();
    int maxUsers = scope.getInt(MAX_USERS, DEFAULT_MAX_USERS);
    int threads = scope.getInt(THREADS, cores);
    requireAtLeastOne("bulk-reset-max-users", maxUsers);
    requireAtLeastOne("bulk-reset-threads", threads);
    return new BulkResetConfig(enabled, maxUsers, threads);
  }

  private static boolean onOrOff(String option, String value) {
    return switch (value.trim()) {
      case "on" -> true;
      case "off" -> false;
      default ->
          throw new IllegalArgumentException(
              "--spi-admin-realm-restapi-extension--password-care--"
                  + option
                  + " must be on or off (got "
                  + value
                  + ")");
    };
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
        .type(ProviderConfigProperty.LIST_TYPE)
        .options("on", "off")
        .helpText("Serve the bulk password reset API (off: it answers 404 in every realm).")
        .defaultValue("on")
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
