package io.github.passwordcare.sms;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Options of the {@code http} sender, a generic webhook: POST {@code url} with the JSON of {@code
 * body-template}, in which {@code {phone}} and {@code {message}} are replaced by the JSON-escaped
 * number and text.
 *
 * @param url http(s) address of the gateway (option {@code url}, required)
 * @param headers extra request headers (option {@code headers}: {@code Name: value} pairs separated
 *     by {@code ;}); their values are secrets (API keys) and never logged
 * @param bodyTemplate JSON with both placeholders as string values (option {@code body-template})
 * @param timeouts connect and read timeouts
 */
record HttpSmsConfig(
    URI url, Map<String, String> headers, String bodyTemplate, GatewayTimeouts timeouts)
    implements GatewaySmsSenderFactory.Options {

  static final String PROVIDER_ID = "http";
  static final String URL = "url";
  static final String HEADERS = "headers";
  static final String BODY_TEMPLATE = "bodyTemplate";
  static final String DEFAULT_BODY_TEMPLATE = "{\"to\": \"{phone}\", \"text\": \"{message}\"}";

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** Set by the sender or by Java's HTTP client itself. */
  private static final Set<String> RESERVED =
      Set.of("content-type", "content-length", "host", "connection", "expect", "upgrade");

  HttpSmsConfig {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  static HttpSmsConfig from(Config.Scope scope) {
    return new HttpSmsConfig(
        url(scope.get(URL)),
        headers(scope.get(HEADERS)),
        bodyTemplate(scope.get(BODY_TEMPLATE)),
        GatewayTimeouts.from(scope, PROVIDER_ID));
  }

  private static URI url(String raw) {
    String option = SmsSenderOptions.option(PROVIDER_ID, "url");
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException(option + " is required (the gateway's http(s) address)");
    }
    try {
      URI uri = new URI(raw.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below, without echoing a value that may hold a key in its query
    }
    throw new IllegalArgumentException(option + " must be an absolute http:// or https:// URL");
  }

  static Map<String, String> headers(String raw) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (raw == null || raw.isBlank()) {
      return headers;
    }
    String option = SmsSenderOptions.option(PROVIDER_ID, "headers");
    int position = 0;
    for (String pair : raw.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      position++;
      int colon = pair.indexOf(':');
      String name = colon < 0 ? "" : pair.substring(0, colon).trim();
      String value = colon < 0 ? "" : pair.substring(colon + 1).trim();
      // The value is a secret: errors name the header, or its position, never the value.
      if (!TOKEN.matcher(name).matches()) {
        throw new IllegalArgumentException(
            option
                + ": each header is 'Name: value', separated by ';' (header "
                + position
                + " has no valid name)");
      }
      if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException(
            option + ": header " + name + " needs a printable value");
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            option + ": header " + name + " is set by the sender and cannot be given");
      }
      if (headers.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
        throw new IllegalArgumentException(option + ": header " + name + " is given twice");
      }
      headers.put(name, value);
    }
    return headers;
  }

  private static String bodyTemplate(String raw) {
    String template = raw == null || raw.isBlank() ? DEFAULT_BODY_TEMPLATE : raw.trim();
    String option = SmsSenderOptions.option(PROVIDER_ID, "body-template");
    if (!template.contains(JsonTemplate.PHONE) || !template.contains(JsonTemplate.MESSAGE)) {
      throw new IllegalArgumentException(
          option + " must hold both {phone} and {message} (as JSON string values)");
    }
    if (!JsonTemplate.isJsonWithSample(template)) {
      throw new IllegalArgumentException(
          option
              + " is not valid JSON once {phone} and {message} are filled in; put each inside"
              + " double quotes, e.g. "
              + DEFAULT_BODY_TEMPLATE);
    }
    return template;
  }

  /** The URL without its query and fragment (which may hold a key), for logs and server info. */
  String safeUrl() {
    return url.getScheme()
        + "://"
        + url.getHost()
        + (url.getPort() < 0 ? "" : ":" + url.getPort())
        + (url.getRawPath() == null ? "" : url.getRawPath());
  }

  static ProviderConfigurationBuilder addMetadata(ProviderConfigurationBuilder builder) {
    builder
        .property()
        .name(URL)
        .type(ProviderConfigProperty.STRING_TYPE)
        .helpText("http(s) address the sender POSTs each text to. Required.")
        .add()
        .property()
        .name(HEADERS)
        .type(ProviderConfigProperty.STRING_TYPE)
        .helpText("Extra request headers, 'Name: value' separated by ';' (values are secret).")
        .secret(true)
        .add()
        .property()
        .name(BODY_TEMPLATE)
        .type(ProviderConfigProperty.STRING_TYPE)
        .helpText("JSON body; {phone} and {message} are replaced by the JSON-escaped values.")
        .defaultValue(DEFAULT_BODY_TEMPLATE)
        .add();
    return GatewayTimeouts.addMetadata(builder);
  }
}
