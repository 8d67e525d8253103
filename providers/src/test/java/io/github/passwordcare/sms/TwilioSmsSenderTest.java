package io.github.passwordcare.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.common.Scopes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The twilio sender against a local stub in place of api.twilio.com. */
class TwilioSmsSenderTest {

  static final String SID = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "twilio-auth-token-for-tests";
  private static final String TEXT = "12345678 is your Demo code & more";

  @Test
  void createsAMessageWithBasicAuthAndFormFields() throws Exception {
    try (GatewayStub stub = new GatewayStub().answer(201, "{\"sid\": \"SM123\"}")) {
      sender(stub.url("")).send("+31612345678", TEXT);

      assertThat(stub.requests()).hasSize(1);
      GatewayStub.Request request = stub.requests().get(0);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
      assertThat(request.header("Authorization"))
          .isEqualTo(
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
      assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
      assertThat(form(request.body()))
          .containsExactly(
              Map.entry("To", "+31612345678"),
              Map.entry("From", "+15005550006"),
              Map.entry("Body", TEXT));
    }
  }

  @Test
  void aBaseUrlWithAPathAndTrailingSlashIsJoinedCleanly() throws Exception {
    try (GatewayStub stub = new GatewayStub().answer(201, "{}")) {
      sender(stub.url("/twilio/")).send("+31612345678", TEXT);

      assertThat(stub.requests().get(0).path())
          .isEqualTo("/twilio/2010-04-01/Accounts/" + SID + "/Messages.json");
    }
  }

  @Test
  void aRefusalNamesTwiliosErrorCodeButNotItsText() throws Exception {
    String refusal =
        "{\"code\": 21211, \"message\": \"The 'To' number +31612345678 is not a valid phone"
            + " number.\", \"status\": 400}";
    try (GatewayStub stub = new GatewayStub().answer(400, refusal)) {
      SmsSender sender = sender(stub.url(""));

      assertThatThrownBy(() -> sender.send("+31612345678", TEXT))
          .isInstanceOf(SmsException.class)
          .hasMessage("twilio SMS sender: the gateway answered HTTP 400 (Twilio error 21211)");
    }
  }

  @Test
  void aServerErrorWithoutJsonFailsWithTheStatus() throws Exception {
    try (GatewayStub stub = new GatewayStub().answer(503, "busy")) {
      SmsSender sender = sender(stub.url(""));

      assertThatThrownBy(() -> sender.send("+31612345678", TEXT))
          .isInstanceOf(SmsException.class)
          .hasMessage("twilio SMS sender: the gateway answered HTTP 503");
    }
  }

  private static SmsSender sender(String baseUrl) {
    Map<String, String> options = new HashMap<>();
    options.put("accountSid", SID);
    options.put("authToken", TOKEN);
    options.put("from", "+15005550006");
    options.put("baseUrl", baseUrl);
    TwilioConfig config = TwilioConfig.from(Scopes.of(options));
    return new TwilioSmsSender(config, new GatewayClient("twilio", config.timeouts()));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return fields;
  }
}
