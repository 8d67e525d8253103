package io.github.passwordcare.sms;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates one Message through Twilio's REST API: {@code POST
 * /2010-04-01/Accounts/{sid}/Messages.json}, HTTP basic auth with the account SID and auth token,
 * form fields {@code To}, {@code From}, {@code Body}. Twilio answers 201 when it accepted the text.
 */
final class TwilioSmsSender implements SmsSender {

  /** Twilio's numeric error code, e.g. 21211 (invalid To); its text may echo the number. */
  private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d{1,6})");

  private final TwilioConfig config;
  private final GatewayClient client;
  private final String authorization;

  TwilioSmsSender(TwilioConfig config, GatewayClient client) {
    this.config = config;
    this.client = client;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (config.accountSid() + ":" + config.authToken())
                        .getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void send(String e164Phone, String message) throws SmsException {
    String form =
        "To=" + encode(e164Phone) + "&From=" + encode(config.from()) + "&Body=" + encode(message);
    HttpRequest request =
        client
            .request(config.messagesUri())
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build();
    try {
      client.send(request);
    } catch (GatewayClient.GatewayAnswerException e) {
      Matcher code = ERROR_CODE.matcher(e.body());
      throw new SmsException(
          e.getMessage() + (code.find() ? " (Twilio error " + code.group(1) + ")" : ""));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
