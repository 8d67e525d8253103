package io.github.passwordcare.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers as the SMS senders take them: E.164 ({@code +31612345678}), checked with
 * libphonenumber's metadata, so a typo is refused before a gateway is paid for it. A code can only
 * go to a number that can receive a text: mobile, or one the numbering plan cannot tell from mobile
 * (the US and Canada). Pages and events only ever see {@link #mask(String)}.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String STARS = "*****";

  private PhoneNumbers() {}

  /**
   * The number in E.164 form when it is a valid mobile number, else empty.
   *
   * @param raw as typed or stored: {@code +31 6 1234 5678}, {@code 0031612345678}, or national
   *     ({@code 06 12345678}) when a default region is given
   * @param defaultRegion ISO 3166 region (e.g. {@code NL}) for numbers without a country code;
   *     empty: such numbers are refused
   */
  public static Optional<String> toE164(String raw, Optional<String> defaultRegion) {
    if (raw == null || raw.isBlank() || raw.length() > 64) {
      return Optional.empty();
    }
    String region = defaultRegion.map(r -> r.toUpperCase(Locale.ROOT)).orElse("ZZ");
    try {
      PhoneNumber number = UTIL.parse(raw.trim(), region);
      if (!UTIL.isValidNumber(number) || !canReceiveText(number)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code region} is a region libphonenumber knows, e.g. {@code NL}, {@code US}. */
  public static boolean isKnownRegion(String region) {
    return region != null
        && UTIL.getSupportedRegions().contains(region.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The number for pages, events and logs: the country code, the first digit of the national
   * number, a fixed {@code *****} (the length is not revealed) and the last two digits, e.g. {@code
   * +31 6 ***** 78}. Anything that does not parse is masked whole.
   */
  public static String mask(String e164) {
    try {
      PhoneNumber number = UTIL.parse(e164, "ZZ");
      String national = UTIL.getNationalSignificantNumber(number);
      String code = "+" + number.getCountryCode();
      if (national.length() < 6) {
        return code + " " + STARS;
      }
      return code
          + " "
          + national.charAt(0)
          + " "
          + STARS
          + " "
          + national.substring(national.length() - 2);
    } catch (NumberParseException | RuntimeException e) {
      return STARS;
    }
  }

  private static boolean canReceiveText(PhoneNumber number) {
    PhoneNumberType type = UTIL.getNumberType(number);
    return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }
}
