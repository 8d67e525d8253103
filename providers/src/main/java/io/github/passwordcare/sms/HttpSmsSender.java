package io.github.passwordcare.sms;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** POSTs one text as JSON to the configured webhook; any 2xx answer counts as sent. */
final class HttpSmsSender implements SmsSender {

  private final HttpSmsConfig config;
  private final GatewayClient client;

  HttpSmsSender(HttpSmsConfig config, GatewayClient client) {
    this.config = config;
    this.client = client;
  }

  @Override
  public void send(String e164Phone, String message) throws SmsException {
    String body = JsonTemplate.fill(config.bodyTemplate(), e164Phone, message);
    HttpRequest.Builder request =
        client
            .request(config.url())
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    config.headers().forEach(request::header);
    client.send(request.build());
  }
}
