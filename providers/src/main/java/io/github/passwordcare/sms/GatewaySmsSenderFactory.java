package io.github.passwordcare.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;

/**
 * What the two gateway senders' factories ({@code http}, {@code twilio}) share on top of {@link
 * ConfiguredSmsSenderFactory}: their options read once at start into a record, and one HTTP client
 * per server, with those options' timeouts, shared by all sends. Each provider keeps its own option
 * metadata and its own safe facts for the log and the server info.
 *
 * @param <C> the provider's options
 */
public abstract class GatewaySmsSenderFactory<C extends GatewaySmsSenderFactory.Options>
    extends ConfiguredSmsSenderFactory {

  /** What the options of every gateway sender carry. */
  interface Options {
    GatewayTimeouts timeouts();
  }

  private final String firstFact;
  private C config;
  private GatewayClient client;

  /**
   * @param firstFact the key of the first fact {@link #facts} gives, shown as "(not configured)"
   *     while the options are missing
   */
  protected GatewaySmsSenderFactory(String firstFact) {
    this.firstFact = firstFact;
  }

  /** This provider's options; throws {@link IllegalArgumentException} on missing or wrong ones. */
  protected abstract C read(Config.Scope scope);

  /** The sender, over the shared client. */
  protected abstract SmsSender createSender(C config, GatewayClient client);

  /** Safe facts of the options, the timeouts aside: no secret, no query string. */
  protected abstract Map<String, String> facts(C config);

  @Override
  protected final void configure(Config.Scope scope, boolean strict) {
    config = read(scope);
    client = new GatewayClient(getId(), config.timeouts());
  }

  @Override
  protected final boolean isConfigured() {
    return config != null;
  }

  @Override
  protected final SmsSender createSender(KeycloakSession session) {
    return createSender(config, client);
  }

  @Override
  protected final Map<String, String> describe() {
    Map<String, String> info = new LinkedHashMap<>();
    if (config == null) {
      info.put(firstFact, "(not configured)");
      return info;
    }
    info.putAll(facts(config));
    info.put("timeouts", config.timeouts().toString());
    return info;
  }
}
