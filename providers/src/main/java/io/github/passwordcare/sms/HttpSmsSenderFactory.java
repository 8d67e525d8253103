package io.github.passwordcare.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The {@code http} sender: any SMS gateway with an HTTP API that takes JSON (most do), configured
 * by URL, headers and a body template. One HTTP client per server, shared by all sends.
 */
public class HttpSmsSenderFactory extends ConfiguredSmsSenderFactory {

  public static final String PROVIDER_ID = HttpSmsConfig.PROVIDER_ID;

  private HttpSmsConfig config;
  private GatewayClient client;

  @Override
  protected void configure(Config.Scope scope, boolean strict) {
    config = HttpSmsConfig.from(scope);
    client = new GatewayClient(PROVIDER_ID, config.timeouts());
  }

  @Override
  protected boolean isConfigured() {
    return config != null;
  }

  @Override
  protected SmsSender createSender(KeycloakSession session) {
    return new HttpSmsSender(config, client);
  }

  @Override
  protected ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    return HttpSmsConfig.addMetadata(builder);
  }

  @Override
  protected Map<String, String> describe() {
    Map<String, String> info = new LinkedHashMap<>();
    if (config == null) {
      info.put("url", "(not configured)");
      return info;
    }
    info.put("url", config.safeUrl());
    info.put(
        "headers",
        config.headers().isEmpty() ? "(none)" : String.join(", ", config.headers().keySet()));
    info.put("timeouts", config.timeouts().toString());
    return info;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
