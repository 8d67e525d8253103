package io.github.passwordcare.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  private static final Optional<String> NONE = Optional.empty();

  @Test
  void internationalFormsBecomeE164() {
    assertThat(PhoneNumbers.toE164("+31 6 1234 5678", NONE)).contains("+31612345678");
    assertThat(PhoneNumbers.toE164("+31612345678", NONE)).contains("+31612345678");
    assertThat(PhoneNumbers.toE164(" +44 7911 123456 ", NONE)).contains("+447911123456");
    assertThat(PhoneNumbers.toE164("+1 (201) 555-0123", NONE)).contains("+12015550123");
  }

  @Test
  void nationalFormsNeedTheDefaultRegion() {
    assertThat(PhoneNumbers.toE164("06 12345678", NONE)).isEmpty();
    assertThat(PhoneNumbers.toE164("06 12345678", Optional.of("NL"))).contains("+31612345678");
    assertThat(PhoneNumbers.toE164("06-12345678", Optional.of("nl"))).contains("+31612345678");
    assertThat(PhoneNumbers.toE164("0031612345678", Optional.of("NL"))).contains("+31612345678");
    // A number with its own country code keeps it, whatever the default region.
    assertThat(PhoneNumbers.toE164("+447911123456", Optional.of("NL"))).contains("+447911123456");
  }

  @Test
  void onlyNumbersThatCanReceiveATextPass() {
    // Dutch landline (Amsterdam) and toll-free: valid numbers, but not mobile.
    assertThat(PhoneNumbers.toE164("+31201234567", NONE)).isEmpty();
    assertThat(PhoneNumbers.toE164("+31800 1234", NONE)).isEmpty();
    // US numbers do not tell mobile from fixed: accepted.
    assertThat(PhoneNumbers.toE164("+12015550123", NONE)).isPresent();
  }

  @Test
  void garbageIsRefused() {
    assertThat(PhoneNumbers.toE164(null, NONE)).isEmpty();
    assertThat(PhoneNumbers.toE164("", NONE)).isEmpty();
    assertThat(PhoneNumbers.toE164("not a number", NONE)).isEmpty();
    assertThat(PhoneNumbers.toE164("+31 6 1234", NONE)).as("too short").isEmpty();
    assertThat(PhoneNumbers.toE164("+316123456789", NONE)).as("too long").isEmpty();
    assertThat(PhoneNumbers.toE164("+999612345678", NONE)).as("no such country").isEmpty();
    assertThat(PhoneNumbers.toE164("+31" + "6".repeat(80), NONE)).isEmpty();
  }

  @Test
  void maskKeepsCountryFirstDigitAndLastTwoOnly() {
    assertThat(PhoneNumbers.mask("+31612345678")).isEqualTo("+31 6 ***** 78");
    assertThat(PhoneNumbers.mask("+447911123456")).isEqualTo("+44 7 ***** 56");
    assertThat(PhoneNumbers.mask("+12015550123")).isEqualTo("+1 2 ***** 23");
  }

  @Test
  void maskNeverShowsMoreThanThreeDigitsOfTheNationalNumber() {
    String masked = PhoneNumbers.mask("+31612345678");
    assertThat(masked.replaceAll("[^0-9]", "")).isEqualTo("31" + "6" + "78");
    assertThat(PhoneNumbers.mask("+3161234567899999")).doesNotContain("12345");
  }

  @Test
  void unparseableInputIsMaskedWhole() {
    assertThat(PhoneNumbers.mask("0612345678")).isEqualTo("*****");
    assertThat(PhoneNumbers.mask("hello")).isEqualTo("*****");
    assertThat(PhoneNumbers.mask(null)).isEqualTo("*****");
  }

  @Test
  void regionsAreLibphonenumbersOwn() {
    assertThat(PhoneNumbers.isKnownRegion("NL")).isTrue();
    assertThat(PhoneNumbers.isKnownRegion("us")).isTrue();
    assertThat(PhoneNumbers.isKnownRegion("XX")).isFalse();
    assertThat(PhoneNumbers.isKnownRegion(null)).isFalse();
  }
}
