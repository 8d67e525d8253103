package io.github.passwordcare.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The {@code http} sender: any SMS gateway with an HTTP API that takes JSON (most do), configured
 * by URL, headers and a body template. One HTTP client per server, shared by all sends.
 */
public class HttpSmsSenderFactory extends GatewaySmsSenderFactory<HttpSmsConfig> {

  public static final String PROVIDER_ID = HttpSmsConfig.PROVIDER_ID;

  public HttpSmsSenderFactory() {
    super("url");
  }

  @Override
  protected HttpSmsConfig read(Config.Scope scope) {
    return HttpSmsConfig.from(scope);
  }

  @Override
  protected SmsSender createSender(HttpSmsConfig config, GatewayClient client) {
    return new HttpSmsSender(config, client);
  }

  @Override
  protected ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    return HttpSmsConfig.addMetadata(builder);
  }

  @Override
  protected Map<String, String> facts(HttpSmsConfig config) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("url", config.safeUrl());
    info.put(
        "headers",
        config.headers().isEmpty() ? "(none)" : String.join(", ", config.headers().keySet()));
    return info;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
