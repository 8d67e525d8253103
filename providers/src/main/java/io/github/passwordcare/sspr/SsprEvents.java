package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Login events of each SSPR step. Successes are {@code SEND_RESET_PASSWORD} events, failures {@code
 * RESET_PASSWORD_ERROR} events, both with the step, the method and the masked contact; never a
 * code. The password change itself is Keycloak's own {@code UPDATE_PASSWORD} event.
 */
final class SsprEvents {

  static final String STEP = "password_care_sspr_step";
  static final String METHOD = "password_care_sspr_method";
  static final String CONTACT = "password_care_sspr_contact";

  static final String ERROR_CODE_INVALID = "password_care_sspr_code_invalid";
  static final String ERROR_CODE_EXPIRED = "password_care_sspr_code_expired";
  static final String ERROR_DELIVERY_FAILED = "password_care_sspr_delivery_failed";
  static final String ERROR_LOCKED = "password_care_sspr_locked";
  static final String ERROR_THROTTLED = "password_care_sspr_throttled";
  static final String ERROR_NO_CONTACT = "password_care_sspr_no_contact";
  static final String ERROR_OUT_OF_SCOPE = "password_care_sspr_out_of_scope";
  static final String ERROR_UNKNOWN_USER = "password_care_sspr_unknown_user";

  private final EventBuilder base;
  private final UserModel user;

  SsprEvents(EventBuilder base, UserModel user) {
    this.base = base;
    this.user = user;
  }

  void success(String step, SsprMethod method, String maskedContact) {
    event(EventType.SEND_RESET_PASSWORD, step, method, maskedContact).success();
  }

  void error(String step, SsprMethod method, String maskedContact, String error) {
    event(EventType.RESET_PASSWORD, step, method, maskedContact).error(error);
  }

  private EventBuilder event(EventType type, String step, SsprMethod method, String maskedContact) {
    EventBuilder event = base.clone().event(type).detail(STEP, step);
    if (user != null) {
      event.user(user);
    }
    if (method != null) {
      event.detail(METHOD, method.value());
    }
    if (maskedContact != null) {
      event.detail(CONTACT, maskedContact);
    }
    return event;
  }
}
