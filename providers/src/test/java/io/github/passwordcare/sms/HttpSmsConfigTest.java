package io.github.passwordcare.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.common.Scopes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSmsConfigTest {

  private static final String URL = "https://sms.example.test/v1/send";

  @Test
  void defaults() {
    HttpSmsConfig config = HttpSmsConfig.from(Scopes.of(Map.of("url", URL)));

    assertThat(config.url().toString()).isEqualTo(URL);
    assertThat(config.headers()).isEmpty();
    assertThat(config.bodyTemplate()).isEqualTo(HttpSmsConfig.DEFAULT_BODY_TEMPLATE);
    assertThat(config.timeouts().connect()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.timeouts().read()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theUrlIsRequiredAndMustBeHttp() {
    assertThatThrownBy(() -> HttpSmsConfig.from(Scopes.of(Map.of())))
        .hasMessage(
            "--spi-password-care-sms-sender--http--url is required (the gateway's http(s)"
                + " address)");
    for (String bad : new String[] {"ftp://x.test/", "/relative", "http://", "not a url"}) {
      assertThatThrownBy(() -> HttpSmsConfig.from(Scopes.of(Map.of("url", bad))))
          .as(bad)
          .hasMessage(
              "--spi-password-care-sms-sender--http--url must be an absolute http:// or"
                  + " https:// URL");
    }
  }

  @Test
  void headersAreNameColonValueSeparatedBySemicolons() {
    Map<String, String> headers =
        HttpSmsConfig.headers(" Authorization: Bearer a:b=c ; X-Tenant:t1;");

    assertThat(headers)
        .containsExactly(Map.entry("Authorization", "Bearer a:b=c"), Map.entry("X-Tenant", "t1"));
  }

  @Test
  void badHeadersAreRefusedWithoutEchoingTheirValues() {
    assertThatThrownBy(() -> HttpSmsConfig.headers("X-Api-Key s3cret"))
        .hasMessage(
            "--spi-password-care-sms-sender--http--headers: each header is 'Name: value',"
                + " separated by ';' (header 1 has no valid name)");
    assertThatThrownBy(() -> HttpSmsConfig.headers("A: 1; Bad Name: s3cret"))
        .hasMessageEndingWith("(header 2 has no valid name)")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> HttpSmsConfig.headers("X-Api-Key:"))
        .hasMessage(
            "--spi-password-care-sms-sender--http--headers: header X-Api-Key needs a printable"
                + " value");
    assertThatThrownBy(() -> HttpSmsConfig.headers("Host: evil.test"))
        .hasMessageContaining("header Host is set by the sender");
    assertThatThrownBy(() -> HttpSmsConfig.headers("Content-Type: text/plain"))
        .hasMessageContaining("header Content-Type is set by the sender");
    assertThatThrownBy(() -> HttpSmsConfig.headers("X-A: 1; x-a: 2"))
        .hasMessageContaining("header x-a is given twice");
  }

  @Test
  void theTemplateMustHoldBothPlaceholdersAndBeJson() {
    assertThatThrownBy(
            () ->
                HttpSmsConfig.from(
                    Scopes.of(Map.of("url", URL, "bodyTemplate", "{\"text\": \"{message}\"}"))))
        .hasMessage(
            "--spi-password-care-sms-sender--http--body-template must hold both {phone} and"
                + " {message} (as JSON string values)");
    assertThatThrownBy(
            () ->
                HttpSmsConfig.from(
                    Scopes.of(
                        Map.of("url", URL, "bodyTemplate", "{\"to\": {phone}, \"t\": {message}}"))))
        .hasMessageStartingWith(
            "--spi-password-care-sms-sender--http--body-template is not valid JSON");
  }

  @Test
  void timeoutsAreBounded() {
    HttpSmsConfig config =
        HttpSmsConfig.from(
            Scopes.of(
                Map.of("url", URL, "connectTimeoutMillis", "250", "readTimeoutMillis", "2000")));
    assertThat(config.timeouts().connect()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.timeouts().read()).isEqualTo(Duration.ofMillis(2000));

    for (String bad : new String[] {"0", "-1", "120001", "ten"}) {
      assertThatThrownBy(
              () -> HttpSmsConfig.from(Scopes.of(Map.of("url", URL, "readTimeoutMillis", bad))))
          .as(bad)
          .hasMessage(
              "--spi-password-care-sms-sender--http--read-timeout-millis must be a number of"
                  + " milliseconds from 1 to 120000 (got '"
                  + bad
                  + "')");
    }
  }

  @Test
  void theSafeUrlDropsQueryAndFragment() {
    HttpSmsConfig config =
        HttpSmsConfig.from(
            Scopes.of(Map.of("url", "https://sms.example.test:8443/v1/send?key=s3cret#x")));

    assertThat(config.safeUrl()).isEqualTo("https://sms.example.test:8443/v1/send");
  }
}
