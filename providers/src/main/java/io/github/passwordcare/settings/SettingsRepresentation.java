package io.github.passwordcare.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.passwordcare.common.StrictJson;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.math.BigInteger;
import java.util.List;

/**
 * The JSON of {@code GET/PUT .../password-care/settings}. A GET fills every field; in a PUT body
 * each field is optional and null here means "absent: keep the stored value" (an explicit JSON
 * {@code null} is refused by {@code StrictJson} before it gets here). Enum values are their JSON
 * spelling ({@code "all"}, {@code "recovery-email"}). Numbers are {@link BigInteger} so that a
 * number too large for an int is refused as out of range, with the field named, not as bad JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettingsRepresentation(
    String ssprScope,
    String ssprScopeGroup,
    List<String> ssprMethods,
    BigInteger ssprMethodsRequiredUsers,
    BigInteger ssprMethodsRequiredAdmins,
    BigInteger ssprCodeLength,
    BigInteger ssprCodeLifetimeSeconds,
    Boolean ssprRevealRegisteredMethods,
    BigInteger ssprMaxCodeAttempts,
    BigInteger ssprMaxFailedVerifications,
    BigInteger ssprLockoutHours,
    BigInteger ssprMaxSmsPerHour,
    BigInteger ssprMaxEmailsPer10Minutes,
    BigInteger ssprSessionMinutes,
    String helpDeskUrl,
    String helpDeskText,
    Boolean notifyUserOnReset,
    Boolean notifyAdminsOnAdminReset,
    List<String> adminRoles,
    String adminGroup,
    Boolean protectAdmins,
    Boolean expiryRemindersEnabled,
    List<BigInteger> expiryReminderDays,
    BigInteger expiryReminderHour,
    Boolean registrationRequired,
    BigInteger registrationReconfirmDays,
    BigInteger registrationRemindLaterTimes,
    String recoveryPhoneDefaultRegion,
    BigInteger securityQuestionsToRegister,
    BigInteger securityQuestionsToAnswer,
    Boolean securityQuestionsAllowCustom,
    List<String> securityQuestions) {

  /** Parses a PUT body strictly; every problem is an {@link InvalidSettingsException}. */
  public static SettingsRepresentation parse(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidSettingsException(
          "", "The request body is empty: send a JSON object with the fields to change.");
    }
    SettingsRepresentation given;
    try {
      given = StrictJson.read(json, SettingsRepresentation.class);
    } catch (StrictJson.InvalidJsonException e) {
      throw new InvalidSettingsException(
          "",
          "The request body is not valid JSON for password care settings: " + e.getMessage() + ".");
    }
    if (given == null) {
      throw new InvalidSettingsException("", "The request body must be a JSON object.");
    }
    return given;
  }

  /** Every field of {@code s}. */
  public static SettingsRepresentation of(PasswordCareSettings s) {
    return new SettingsRepresentation(
        s.ssprScope().value(),
        s.ssprScopeGroup(),
        s.ssprMethods().stream().sorted().map(SsprMethod::value).toList(),
        BigInteger.valueOf(s.ssprMethodsRequiredUsers()),
        BigInteger.valueOf(s.ssprMethodsRequiredAdmins()),
        BigInteger.valueOf(s.ssprCodeLength()),
        BigInteger.valueOf(s.ssprCodeLifetimeSeconds()),
        s.ssprRevealRegisteredMethods(),
        BigInteger.valueOf(s.ssprMaxCodeAttempts()),
        BigInteger.valueOf(s.ssprMaxFailedVerifications()),
        BigInteger.valueOf(s.ssprLockoutHours()),
        BigInteger.valueOf(s.ssprMaxSmsPerHour()),
        BigInteger.valueOf(s.ssprMaxEmailsPer10Minutes()),
        BigInteger.valueOf(s.ssprSessionMinutes()),
        s.helpDeskUrl(),
        s.helpDeskText(),
        s.notifyUserOnReset(),
        s.notifyAdminsOnAdminReset(),
        s.adminRoles(),
        s.adminGroup(),
        s.protectAdmins(),
        s.expiryRemindersEnabled(),
        s.expiryReminderDays().stream().map(BigInteger::valueOf).toList(),
        BigInteger.valueOf(s.expiryReminderHour()),
        s.registrationRequired(),
        BigInteger.valueOf(s.registrationReconfirmDays()),
        BigInteger.valueOf(s.registrationRemindLaterTimes()),
        s.recoveryPhoneDefaultRegion(),
        BigInteger.valueOf(s.securityQuestionsToRegister()),
        BigInteger.valueOf(s.securityQuestionsToAnswer()),
        s.securityQuestionsAllowCustom(),
        s.securityQuestions());
  }
}
