package io.github.passwordcare.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The {@code twilio} sender: Twilio's Messages API with an account SID and auth token. */
public class TwilioSmsSenderFactory extends ConfiguredSmsSenderFactory {

  public static final String PROVIDER_ID = TwilioConfig.PROVIDER_ID;

  private TwilioConfig config;
  private GatewayClient client;

  @Override
  protected void configure(Config.Scope scope, boolean strict) {
    config = TwilioConfig.from(scope);
    client = new GatewayClient(PROVIDER_ID, config.timeouts());
  }

  @Override
  protected boolean isConfigured() {
    return config != null;
  }

  @Override
  protected SmsSender createSender(KeycloakSession session) {
    return new TwilioSmsSender(config, client);
  }

  @Override
  protected ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    return TwilioConfig.addMetadata(builder);
  }

  @Override
  protected Map<String, String> describe() {
    Map<String, String> info = new LinkedHashMap<>();
    if (config == null) {
      info.put("accountSid", "(not configured)");
      return info;
    }
    // The SID names the account, like a user name; the token is the secret and stays out.
    info.put("accountSid", config.accountSid());
    info.put("from", config.from());
    info.put("baseUrl", config.baseUrl().toString());
    info.put("timeouts", config.timeouts().toString());
    return info;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
