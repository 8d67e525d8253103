package io.github.passwordcare.sms;

import java.time.Duration;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * How long a sender waits for an SMS gateway: to connect, and for the whole answer once the request
 * is sent. Both bounded, so a hanging gateway costs a user a few seconds, not a worker thread
 * forever.
 *
 * @param connect to open the connection (option {@code connect-timeout-millis}, default 5,000)
 * @param read from sending the request to the end of the answer (option {@code
 *     read-timeout-millis}, default 10,000)
 */
record GatewayTimeouts(Duration connect, Duration read) {

  static final String CONNECT = "connectTimeoutMillis";
  static final String READ = "readTimeoutMillis";
  static final int DEFAULT_CONNECT_MILLIS = 5000;
  static final int DEFAULT_READ_MILLIS = 10000;
  private static final int MAX_MILLIS = 120_000;

  static GatewayTimeouts from(Config.Scope scope, String providerId) {
    return new GatewayTimeouts(
        millis(scope, CONNECT, "connect-timeout-millis", DEFAULT_CONNECT_MILLIS, providerId),
        millis(scope, READ, "read-timeout-millis", DEFAULT_READ_MILLIS, providerId));
  }

  private static Duration millis(
      Config.Scope scope, String key, String option, int fallback, String providerId) {
    String raw = scope.get(key);
    int value;
    try {
      value = raw == null || raw.isBlank() ? fallback : Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 1 || value > MAX_MILLIS) {
      throw new IllegalArgumentException(
          SmsSenderOptions.option(providerId, option)
              + " must be a number of milliseconds from 1 to "
              + MAX_MILLIS
              + " (got '"
              + raw
              + "')");
    }
    return Duration.ofMillis(value);
  }

  static ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    return builder
        .property()
        .name(CONNECT)
        .type("int")
        .helpText("Milliseconds to wait for the connection to the SMS gateway.")
        .defaultValue(DEFAULT_CONNECT_MILLIS)
        .add()
        .property()
        .name(READ)
        .type("int")
        .helpText("Milliseconds to wait for the gateway's whole answer once the request is sent.")
        .defaultValue(DEFAULT_READ_MILLIS)
        .add();
  }

  @Override
  public String toString() {
    return "connect " + connect.toMillis() + " ms, read " + read.toMillis() + " ms";
  }
}
