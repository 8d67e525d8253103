package io.github.passwordcare.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The {@code twilio} sender: Twilio's Messages API with an account SID and auth token. */
public class TwilioSmsSenderFactory extends GatewaySmsSenderFactory<TwilioConfig> {

  public static final String PROVIDER_ID = TwilioConfig.PROVIDER_ID;

  public TwilioSmsSenderFactory() {
    super("accountSid");
  }

  @Override
  protected TwilioConfig read(Config.Scope scope) {
    return TwilioConfig.from(scope);
  }

  @Override
  protected SmsSender createSender(TwilioConfig config, GatewayClient client) {
    return new TwilioSmsSender(config, client);
  }

  @Override
  protected ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    return TwilioConfig.addMetadata(builder);
  }

  @Override
  protected Map<String, String> facts(TwilioConfig config) {
    Map<String, String> info = new LinkedHashMap<>();
    // The SID names the account, like a user name; the token is the secret and stays out.
    info.put("accountSid", config.accountSid());
    info.put("from", config.from());
    info.put("baseUrl", config.baseUrl().toString());
    return info;
  }

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
