package io.github.passwordcare.sms;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Options of the {@code twilio} sender (Twilio's Programmable Messaging, the Messages resource).
 *
 * @param accountSid {@code AC} and 32 hex digits (option {@code account-sid}, required)
 * @param authToken the account's auth token (option {@code auth-token}, required; secret)
 * @param from the sending number in E.164 or an alphanumeric sender id (option {@code from},
 *     required)
 * @param baseUrl Twilio's API root (option {@code base-url}, default {@code
 *     https://api.twilio.com}); tests point it at a local stub
 * @param timeouts connect and read timeouts
 */
record TwilioConfig(
    String accountSid, String authToken, String from, URI baseUrl, GatewayTimeouts timeouts)
    implements GatewaySmsSenderFactory.Options {

  static final String PROVIDER_ID = "twilio";
  static final String ACCOUNT_SID = "accountSid";
  static final String AUTH_TOKEN = "authToken";
  static final String FROM = "from";
  static final String BASE_URL = "baseUrl";
  static final String DEFAULT_BASE_URL = "https://api.twilio.com";

  private static final Pattern SID = Pattern.compile("AC[0-9a-fA-F]{32}");
  private static final Pattern SENDER = Pattern.compile("\\+[1-9][0-9]{6,14}|[A-Za-z0-9 ]{1,11}");

  static TwilioConfig from(Config.Scope scope) {
    String sid = required(scope, ACCOUNT_SID, "account-sid");
    if (!SID.matcher(sid).matches()) {
      throw new IllegalArgumentException(
          SmsSenderOptions.option(PROVIDER_ID, "account-sid")
              + " must be AC followed by 32 hexadecimal digits");
    }
    String token = required(scope, AUTH_TOKEN, "auth-token");
    String from = required(scope, FROM, "from");
    if (!SENDER.matcher(from).matches()) {
      throw new IllegalArgumentException(
          SmsSenderOptions.option(PROVIDER_ID, "from")
              + " must be a number in E.164 form (+31...) or an alphanumeric sender id of at most"
              + " 11 characters (got '"
              + from
              + "')");
    }
    return new TwilioConfig(
        sid, token, from, baseUrl(scope.get(BASE_URL)), GatewayTimeouts.from(scope, PROVIDER_ID));
  }

  private static String required(Config.Scope scope, String key, String option) {
    String value = scope.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          SmsSenderOptions.option(PROVIDER_ID, option) + " is required");
    }
    return value.trim();
  }

  private static URI baseUrl(String raw) {
    String value = raw == null || raw.isBlank() ? DEFAULT_BASE_URL : raw.trim();
    while (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawQuery() == null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        SmsSenderOptions.option(PROVIDER_ID, "base-url")
            + " must be an http:// or https:// URL without a query (got '"
            + raw
            + "')");
  }

  /** {@code <base-url>/2010-04-01/Accounts/<sid>/Messages.json} */
  URI messagesUri() {
    return URI.create(baseUrl + "/2010-04-01/Accounts/" + accountSid + "/Messages.json");
  }

  static ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    builder
        .property()
        .name(ACCOUNT_SID)
        .type(ProviderConfigProperty.STRING_TYPE)
        .helpText("Twilio account SID (AC...). Required.")
        .add()
        .property()
        .name(AUTH_TOKEN)
        .type(ProviderConfigProperty.PASSWORD)
        .helpText("Twilio auth token of the account. Required; never logged.")
        .secret(true)
        .add()
        .property()
        .name(FROM)
        .type(ProviderConfigProperty.STRING_TYPE)
        .helpText("Sending number (E.164) or alphanumeric sender id. Required.")
        .add()
        .property()
        .name(BASE_URL)
        .type(ProviderConfigProperty.STRING_TYPE)
        .helpText("Twilio API root; change only to point at a test stub.")
        .defaultValue(DEFAULT_BASE_URL)
        .add();
    return GatewayTimeouts.addMetadata(builder);
  }
}
