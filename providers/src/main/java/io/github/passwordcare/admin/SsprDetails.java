package io.github.passwordcare.admin;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;

/**
 * LIKE patterns that find the SSPR authenticator's event details inside {@code EVENT_ENTITY}'s
 * {@code DETAILS_JSON_LONG_VALUE} (older events: {@code DETAILS_JSON}), which Keycloak writes with
 * Jackson as compact JSON ({@code {"password_care_sspr_step":"verified",...}}). Matching {@code
 * "key":"value"} with its quotes keeps {@code email} from matching {@code recovery-email}. LIKE's
 * own wildcards ({@code _}, {@code %}) in the names are escaped with {@link #ESCAPE}, so a pattern
 * matches only its literal text.
 */
final class SsprDetails {

  /** Detail names and values of {@code sspr/SsprEvents} (package-private there). */
  static final String STEP = "password_care_sspr_step";

  static final String METHOD = "password_care_sspr_method";
  static final String ERROR_LOCKED = "password_care_sspr_locked";

  static final char ESCAPE = '!';

  private SsprDetails() {}

  /** Any event of the SSPR authenticator (they all carry a step). */
  static String anyStep() {
    return "%" + escape("\"" + STEP + "\":") + "%";
  }

  static String step(String step) {
    return pair(STEP, step);
  }

  static String method(SsprMethod method) {
    return pair(METHOD, method.value());
  }

  static String pair(String name, String value) {
    return "%" + escape("\"" + name + "\":\"" + value + "\"") + "%";
  }

  static String escape(String literal) {
    StringBuilder out = new StringBuilder(literal.length() + 8);
    for (char c : literal.toCharArray()) {
      if (c == '_' || c == '%' || c == ESCAPE) {
        out.append(ESCAPE);
      }
      out.append(c);
    }
    return out.toString();
  }
}
