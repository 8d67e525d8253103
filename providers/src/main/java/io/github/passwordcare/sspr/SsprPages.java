package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * The SSPR pages (templates in {@code theme-resources/templates/}, laid out by the login theme's
 * {@code template.ftl}): choose a method, enter the code, and the "contact your help desk" page for
 * users out of scope, locked or throttled. Every page carries the help-desk link and text.
 */
final class SsprPages {

  static final String METHOD_TEMPLATE = "password-care-sspr-method.ftl";
  static final String CODE_TEMPLATE = "password-care-sspr-code.ftl";
  static final String QUESTIONS_TEMPLATE = "password-care-sspr-questions.ftl";
  static final String INFO_TEMPLATE = "password-care-sspr-info.ftl";

  private SsprPages() {}

  /** One option of the method page: value, label key, and masked contact ("" when hidden). */
  static Map<String, String> option(SsprMethod method, String maskedContact) {
    return Map.of(
        "value", method.value(),
        "label", labelKey(method),
        "contact", maskedContact == null ? "" : maskedContact);
  }

  static Response method(
      LoginFormsProvider form,
      PasswordCareSettings settings,
      List<Map<String, String>> options,
      boolean another) {
    return helpDesk(form, settings)
        .setAttribute("ssprOptions", options)
        .setAttribute("ssprAnother", another)
        .createForm(METHOD_TEMPLATE);
  }

  static Response code(
      LoginFormsProvider form, PasswordCareSettings settings, SsprMethod method, String contact) {
    return helpDesk(form, settings)
        .setAttribute("ssprMethod", method.value())
        .setAttribute("ssprChannel", channelKey(method))
        .setAttribute("ssprOtp", method == SsprMethod.OTP)
        .setAttribute("ssprContact", contact == null ? "" : contact)
        .setAttribute("ssprCodeLength", settings.ssprCodeLength())
        .createForm(CODE_TEMPLATE);
  }

  /** The security-questions page: one answer field per question ({@code key} or {@code text}). */
  static Response questions(
      LoginFormsProvider form, PasswordCareSettings settings, List<Map<String, String>> shown) {
    return helpDesk(form, settings)
        .setAttribute("ssprQuestions", shown)
        .createForm(QUESTIONS_TEMPLATE);
  }

  /** The help-desk page with one message key: out of scope, locked, throttled. */
  static Response info(LoginFormsProvider form, PasswordCareSettings settings, String messageKey) {
    return helpDesk(form, settings).setAttribute("ssprInfo", messageKey).createForm(INFO_TEMPLATE);
  }

  static String labelKey(SsprMethod method) {
    return switch (method) {
      case EMAIL -> "passwordCareSsprMethodEmail";
      case RECOVERY_EMAIL -> "passwordCareSsprMethodRecoveryEmail";
      case SMS -> "passwordCareSsprMethodSms";
      case OTP -> "passwordCareSsprMethodOtp";
      case QUESTIONS -> "passwordCareSsprMethodQuestions";
    };
  }

  /** Where the code went, as the code page names it ("your email address"). */
  static String channelKey(SsprMethod method) {
    return switch (method) {
      case EMAIL -> "passwordCareSsprChannelEmail";
      case RECOVERY_EMAIL -> "passwordCareSsprChannelRecoveryEmail";
      case SMS -> "passwordCareSsprChannelSms";
      case OTP -> "passwordCareSsprChannelOtp";
      case QUESTIONS -> "passwordCareSsprChannelQuestions";
    };
  }

  private static LoginFormsProvider helpDesk(
      LoginFormsProvider form, PasswordCareSettings settings) {
    return form.setAttribute("ssprHelpDeskUrl", settings.helpDeskUrl())
        .setAttribute("ssprHelpDeskText", settings.helpDeskText());
  }
}
