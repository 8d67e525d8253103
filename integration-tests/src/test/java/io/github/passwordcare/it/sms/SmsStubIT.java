package io.github.passwordcare.it.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The stub SSPR's tests rely on, without a server: it reads the http sender's default body and
 * header, keeps texts per number, and fails or hangs when told. A request like the sender's ({@code
 * HttpSmsSenderTest} pins the sender's side of it).
 */
class SmsStubIT {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void recordsTextsPerNumberWithTheCode() throws Exception {
    try (SmsStub stub = new SmsStub()) {
      assertThat(post("+31612345678", "12345678 is your Demo password reset code.").statusCode())
          .isEqualTo(200);
      assertThat(post("+31687654321", "87654321 is your code").statusCode()).isEqualTo(200);

      SmsStub.Text text = stub.awaitText("+31612345678", 1, Duration.ofSeconds(1));
      assertThat(text.apiKey()).isEqualTo(SmsStub.API_KEY);
      assertThat(SmsStub.codeIn(text)).contains("12345678");
      assertThat(stub.textsTo("+31612345678")).hasSize(1);
      assertThat(stub.textsTo("+31687654321")).hasSize(1);
      assertThat(stub.rejected()).isEmpty();
    }
  }

  @Test
  void failsOrHangsWhenTold() throws Exception {
    try (SmsStub stub = new SmsStub()) {
      stub.mode(SmsStub.Mode.FAIL_500);
      assertThat(post("+31612345678", "11111111 is your code").statusCode()).isEqualTo(500);

      stub.mode(SmsStub.Mode.HANG);
      HttpRequest request =
          request(
              "+31612345678",
              "22222222 is your code",
              Duration.ofMillis(SmsStub.READ_TIMEOUT_MILLIS));
      assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(HttpTimeoutException.class);
      assertThat(stub.textsTo("+31612345678")).hasSize(2);
    }
  }

  @Test
  void thePortIsFreeAgainAfterClose() {
    new SmsStub().close();
    new SmsStub().close();
  }

  private HttpResponse<String> post(String phone, String text) throws Exception {
    return client.send(
        request(phone, text, Duration.ofSeconds(5)), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String phone, String text, Duration timeout) {
    String body = "{\"to\": \"" + phone + "\", \"text\": \"" + text + "\"}";
    return HttpRequest.newBuilder(URI.create(SmsStub.URL))
        .timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-Api-Key", SmsStub.API_KEY)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
