package io.github.passwordcare.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.common.Scopes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioConfigTest {

  private static Map<String, String> valid() {
    Map<String, String> options = new HashMap<>();
    options.put("accountSid", TwilioSmsSenderTest.SID);
    options.put("authToken", TwilioSmsSenderTest.TOKEN);
    options.put("from", "+15005550006");
    return options;
  }

  @Test
  void defaultsToTwiliosApi() {
    TwilioConfig config = TwilioConfig.from(Scopes.of(valid()));

    assertThat(config.messagesUri().toString())
        .isEqualTo(
            "https://api.twilio.com/2010-04-01/Accounts/"
                + TwilioSmsSenderTest.SID
                + "/Messages.json");
  }

  @Test
  void eachRequiredOptionIsNamedWhenMissing() {
    for (String[] option :
        new String[][] {
          {"accountSid", "account-sid"}, {"authToken", "auth-token"}, {"from", "from"}
        }) {
      Map<String, String> options = valid();
      options.remove(option[0]);
      assertThatThrownBy(() -> TwilioConfig.from(Scopes.of(options)))
          .hasMessage("--spi-password-care-sms-sender--twilio--" + option[1] + " is required");
    }
  }

  @Test
  void badValuesAreRefusedAndTheTokenIsNeverEchoed() {
    Map<String, String> sid = valid();
    sid.put("accountSid", "SK0123");
    assertThatThrownBy(() -> TwilioConfig.from(Scopes.of(sid)))
        .hasMessage(
            "--spi-password-care-sms-sender--twilio--account-sid must be AC followed by 32"
                + " hexadecimal digits");

    Map<String, String> from = valid();
    from.put("from", "0612345678-and-more");
    assertThatThrownBy(() -> TwilioConfig.from(Scopes.of(from)))
        .hasMessageStartingWith("--spi-password-care-sms-sender--twilio--from must be");

    Map<String, String> base = valid();
    base.put("baseUrl", "ftp://api.twilio.com");
    assertThatThrownBy(() -> TwilioConfig.from(Scopes.of(base)))
        .hasMessageStartingWith("--spi-password-care-sms-sender--twilio--base-url must be")
        .hasMessageNotContaining(TwilioSmsSenderTest.TOKEN);
  }

  @Test
  void anAlphanumericSenderIdIsAccepted() {
    Map<String, String> options = valid();
    options.put("from", "PassCare");

    assertThat(TwilioConfig.from(Scopes.of(options)).from()).isEqualTo("PassCare");
  }
}
