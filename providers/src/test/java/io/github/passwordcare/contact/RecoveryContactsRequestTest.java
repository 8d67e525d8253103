package io.github.passwordcare.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryContactsRequestTest {

  private static final long NOW = 1_800_000_000L;
  private static final Optional<String> NL = Optional.of("NL");
  private static final StoredContacts NONE = new StoredContacts(null, false, null, false, null, 0);
  private static final StoredContacts BOTH =
      new StoredContacts("+31612345678", true, "alt@example.nl", true, 1000L, 2);

  private static Map<String, String> changes(String json, StoredContacts stored) {
    return RecoveryContactsRequest.parse(json).changes(stored, "primary@example.nl", NL, NOW);
  }

  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void aNewPhoneIsNormalizedAndUnverifiedUnlessTheRequestSaysSo() {
    assertThat(changes("{\"recoveryPhone\": \"+31 6 12345678\"}", NONE))
        .isEqualTo(map("recoveryPhone", "+31612345678", "recoveryPhoneVerified", "false"));
    assertThat(
            changes("{\"recoveryPhone\": \"06 87654321\", \"recoveryPhoneVerified\": true}", NONE))
        .isEqualTo(map("recoveryPhone", "+31687654321", "recoveryPhoneVerified", "true"));
  }

  @Test
  void aChangedContactLosesItsVerification() {
    assertThat(changes("{\"recoveryPhone\": \"+31687654321\"}", BOTH))
        .isEqualTo(map("recoveryPhone", "+31687654321", "recoveryPhoneVerified", "false"));
    assertThat(changes("{\"recoveryEmail\": \"other@example.nl\"}", BOTH))
        .isEqualTo(map("recoveryEmail", "other@example.nl", "recoveryEmailVerified", "false"));
  }

  @Test
  void theSameContactKeepsItsVerificationAndAbsentFieldsChangeNothing() {
    assertThat(changes("{\"recoveryPhone\": \"+31 6 1234 5678\"}", BOTH)).isEmpty();
    assertThat(changes("{\"recoveryEmail\": \"ALT@example.nl\"}", BOTH))
        .isEqualTo(map("recoveryEmail", "ALT@example.nl"));
    assertThat(changes("{}", BOTH)).isEmpty();
    assertThat(changes("{\"recoveryEmailVerified\": false}", BOTH))
        .isEqualTo(map("recoveryEmailVerified", "false"));
  }

  @Test
  void anEmptyStringClearsTheContactAndItsFlag() {
    assertThat(changes("{\"recoveryPhone\": \"\", \"recoveryEmail\": \"\"}", BOTH))
        .isEqualTo(
            map(
                "recoveryPhone", null,
                "recoveryPhoneVerified", null,
                "recoveryEmail", null,
                "recoveryEmailVerified", null));
    assertThat(changes("{\"recoveryPhone\": \"\"}", NONE)).isEmpty();
  }

  @Test
  void badInputIsRefused() {
    for (String json :
        new String[] {
          "{\"recoveryPhone\": \"not a phone\"}",
          "{\"recoveryPhone\": \"+31 20 1234567\"}", // a landline cannot receive a code
          "{\"recoveryEmail\": \"not-an-address\"}",
          "{\"recoveryEmail\": \"Primary@Example.NL\"}",
          "{\"recoveryPhone\": \"\", \"recoveryPhoneVerified\": true}",
          "{\"recoveryPhoneVerified\": true}",
          "{\"recoveryConfirmedAt\": -1}",
          "{\"recoveryConfirmedAt\": " + (NOW + 1) + "}",
          "{\"recoveryRemindLaterCount\": 2}",
          "{\"recoveryPhone\": null}",
          "{\"recoveryPhoneVerified\": \"true\"}",
          "{\"recoveryPhone\": \"+31612345678\", \"recoveryPhone\": \"\"}",
          "{\"phone\": \"+31612345678\"}",
          "[]",
          ""
        }) {
      assertThatThrownBy(() -> changes(json, NONE))
          .as(json)
          .isInstanceOf(InvalidRecoveryContactsException.class);
    }
  }

  @Test
  void confirmedAtAndTheRemindLaterCountCanBeSet() {
    assertThat(changes("{\"recoveryConfirmedAt\": 0, \"recoveryRemindLaterCount\": 0}", BOTH))
        .isEqualTo(map("recoveryConfirmedAt", "0", "recoveryRemindLaterCount", "0"));
    assertThat(changes("{\"recoveryConfirmedAt\": " + NOW + "}", NONE))
        .isEqualTo(map("recoveryConfirmedAt", String.valueOf(NOW)));
    assertThat(changes("{\"recoveryRemindLaterCount\": 0}", NONE)).isEmpty();
  }

  @Test
  void whatGetAnsweredCanBeSentBackUnchanged() {
    assertThat(
            changes(
                "{\"recoveryPhone\": \"+31612345678\", \"recoveryPhoneVerified\": true,"
                    + " \"recoveryEmail\": \"alt@example.nl\", \"recoveryEmailVerified\": true,"
                    + " \"recoveryConfirmedAt\": 1000, \"recoveryRemindLaterCount\": 2,"
                    + " \"registeredMethods\": [\"email\", \"sms\"], \"methodsRequired\": 2}",
                BOTH))
        .isEmpty();
    assertThat(changes("{\"recoveryRemindLaterCount\": 0}", BOTH))
        .isEqualTo(map("recoveryRemindLaterCount", "0"));
  }

  @Test
  void theErrorNeverEchoesTheContact() {
    assertThatThrownBy(() -> changes("{\"recoveryPhone\": \"+31 555 secret\"}", NONE))
        .message()
        .doesNotContain("secret");
  }
}
