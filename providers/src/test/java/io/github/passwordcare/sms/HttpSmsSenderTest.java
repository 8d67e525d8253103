package io.github.passwordcare.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.passwordcare.common.Scopes;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

/** The http sender against a local stub: the request it makes and how it fails. */
class HttpSmsSenderTest {

  private static final String TEXT = "12345678 is your \"Demo\" code";

  @Test
  void postsTheJsonBodyWithTheHeaders() throws Exception {
    try (GatewayStub stub = new GatewayStub()) {
      sender(stub.url("/sms?tenant=t1"), Map.of("headers", "X-Api-Key: s3cret; X-Tenant: t1"))
          .send("+31612345678", TEXT);

      assertThat(stub.requests()).hasSize(1);
      GatewayStub.Request request = stub.requests().get(0);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/sms");
      assertThat(request.header("Content-Type")).startsWith("application/json");
      assertThat(request.header("X-Api-Key")).isEqualTo("s3cret");
      assertThat(request.header("X-Tenant")).isEqualTo("t1");
      JsonNode body = JsonSerialization.readValue(request.body(), JsonNode.class);
      assertThat(body.path("to").asText()).isEqualTo("+31612345678");
      assertThat(body.path("text").asText()).isEqualTo(TEXT);
    }
  }

  @Test
  void usesTheConfiguredTemplate() throws Exception {
    try (GatewayStub stub = new GatewayStub()) {
      sender(
              stub.url("/v1"),
              Map.of("bodyTemplate", "{\"recipients\": [\"{phone}\"], \"body\": \"{message}\"}"))
          .send("+31612345678", TEXT);

      JsonNode body = JsonSerialization.readValue(stub.requests().get(0).body(), JsonNode.class);
      assertThat(body.at("/recipients/0").asText()).isEqualTo("+31612345678");
      assertThat(body.path("body").asText()).isEqualTo(TEXT);
    }
  }

  @Test
  void anyTwoHundredCountsAsSent() throws Exception {
    try (GatewayStub stub = new GatewayStub().answer(202, "")) {
      sender(stub.url("/sms"), Map.of()).send("+31612345678", TEXT);
      assertThat(stub.requests()).hasSize(1);
    }
  }

  @Test
  void aServerErrorFailsWithTheStatusOnly() throws Exception {
    try (GatewayStub stub = new GatewayStub().answer(500, "{\"echo\": \"" + TEXT + "\"}")) {
      SmsSender sender = sender(stub.url("/sms"), Map.of("headers", "X-Api-Key: s3cret"));

      assertThatThrownBy(() -> sender.send("+31612345678", TEXT))
          .isInstanceOf(SmsException.class)
          .hasMessage("http SMS sender: the gateway answered HTTP 500")
          .hasNoCause();
    }
  }

  @Test
  void aHangingGatewayTimesOutWithinTheReadTimeout() throws Exception {
    try (GatewayStub stub = new GatewayStub().hang()) {
      SmsSender sender = sender(stub.url("/sms"), Map.of("readTimeoutMillis", "500"));

      long start = System.nanoTime();
      assertThatThrownBy(() -> sender.send("+31612345678", TEXT))
          .isInstanceOf(SmsException.class)
          .hasMessage("http SMS sender: the gateway did not answer within 500 ms");
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(400L, 3000L);
    }
  }

  @Test
  void anUnreachableGatewayFailsWithoutDetail() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SmsSender sender = sender("http://127.0.0.1:" + closedPort + "/sms", Map.of());

    assertThatThrownBy(() -> sender.send("+31612345678", TEXT))
        .isInstanceOf(SmsException.class)
        .hasMessageStartingWith("http SMS sender: could not reach the gateway (")
        .hasMessageNotContaining("31612345678");
  }

  private static SmsSender sender(String url, Map<String, String> options) {
    Map<String, String> all = new HashMap<>(options);
    all.put("url", url);
    HttpSmsConfig config = HttpSmsConfig.from(Scopes.of(all));
    return new HttpSmsSender(config, new GatewayClient("http", config.timeouts()));
  }
}
