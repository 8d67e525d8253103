package io.github.passwordcare.it;

import io.github.passwordcare.it.sms.SmsStub;
import org.keycloak.common.Profile;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The one server of a test run: the Keycloak distribution with our two jars, the same feature flags
 * as {@code ./run.sh} and compose, and a log file the tests can read. The master realm's admin
 * theme (the console entry points, which {@code ./run.sh} and compose set at start-up) is not a
 * server option: {@code AdminConsoleEntryPointsIT} sets it in its set-up and restores it.
 */
public class PasswordCareServerConfig implements KeycloakServerConfig {

  /** A low per-call cap, so the "too many users" answer is tested without 1,000 users. */
  public static final int BULK_RESET_MAX_USERS = 12;

  /** As ./run.sh and compose: the bulk reset page's client in every realm, master included. */
  public static final String ADMIN_UI_CLIENT = "all";

  @Override
  public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
    config.log().handlers(KeycloakServerConfigBuilder.LogHandlers.FILE);
    return config
        .dependency("io.github.passwordcare", "keycloak-password-care-providers")
        .dependency("io.github.passwordcare", "keycloak-password-care-themes")
        .features(Profile.Feature.DECLARATIVE_UI)
        .spiOption(
            "admin-realm-restapi-extension",
            "password-care",
            "bulk-reset-max-users",
            String.valueOf(BULK_RESET_MAX_USERS))
        .spiOption("realm-restapi-extension", "password-care", "admin-ui-client", ADMIN_UI_CLIENT)
        // SMS: the http sender posts to the SmsStub the tests start; a short read timeout so the
        // "gateway hangs" case takes 2 s. No space after the colon: one shell word.
        .option("spi-password-care-sms-sender--provider", "http")
        .spiOption("password-care-sms-sender", "http", "url", SmsStub.URL)
        .spiOption("password-care-sms-sender", "http", "headers", "X-Api-Key:" + SmsStub.API_KEY)
        .spiOption(
            "password-care-sms-sender",
            "http",
            "read-timeout-millis",
            String.valueOf(SmsStub.READ_TIMEOUT_MILLIS))
        .spiOption("password-care-sms-sender", "http", "default-region", "NL")
        .option("log-file", ServerLog.path().toString());
  }
}
