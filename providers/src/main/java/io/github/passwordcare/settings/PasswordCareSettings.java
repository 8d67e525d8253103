package io.github.passwordcare.settings;

import java.util.List;
import java.util.Set;

/**
 * A realm's password-care settings, the one place every feature reads its realm-level options from,
 * as Entra's "Password reset" blade is for Microsoft 365. Immutable; {@link #defaults()} holds the
 * values a realm has before anyone saves the settings. Server-level secrets (SMS API keys) are SPI
 * options, never realm settings.
 *
 * <p>The JSON of {@code GET/PUT /admin/realms/{realm}/password-care/settings}, the keys of the
 * realm component and the fields of the admin console tab all use the names of these components, so
 * one name means one thing everywhere (flat camelCase keys: the console's form library would read a
 * dot as nesting).
 *
 * @param ssprScope who may use self-service password reset
 * @param ssprScopeGroup group path (e.g. {@code /sspr-pilot}) whose members (and subgroups'
 *     members) are in scope when {@code ssprScope} is {@link SsprScope#GROUP}; empty otherwise
 * @param ssprMethods methods a user may prove control of
 * @param ssprMethodsRequiredUsers methods a non-admin must pass (1–2)
 * @param ssprMethodsRequiredAdmins methods an admin must pass (1–2)
 * @param ssprCodeLength digits of a one-time code (6–10)
 * @param ssprCodeLifetimeSeconds how long a code is valid (60–900)
 * @param ssprRevealRegisteredMethods list only the user's registered methods, with masked contacts;
 *     reveals which accounts exist
 * @param ssprMaxCodeAttempts wrong entries allowed per code (1–10)
 * @param ssprMaxFailedVerifications failed verifications per user within {@code ssprLockoutHours}
 *     before that user's SSPR is locked (1–50)
 * @param ssprLockoutHours the failure window and the lock's length (1–168)
 * @param ssprMaxSmsPerHour SMS codes per user per hour (1–50)
 * @param ssprMaxEmailsPer10Minutes email codes per user per 10 minutes (1–50)
 * @param ssprSessionMinutes longest an SSPR attempt may take (5–60)
 * @param helpDeskUrl http(s) or mailto link shown on every SSPR page; empty for none
 * @param helpDeskText short text shown with the link (at most 500 characters); empty for the
 *     bundle's default
 * @param notifyUserOnReset email the user (primary and verified alternate address) when the
 *     password is reset through SSPR or changed by the user
 * @param notifyAdminsOnAdminReset email every admin of the realm when an admin resets through SSPR
 * @param adminRoles {@code realm-management} roles that make a user an admin
 * @param adminGroup group path whose members are admins too; empty for none
 * @param protectAdmins a caller may reset an admin's password through our APIs only when the caller
 *     holds every {@code realm-management} role the admin holds
 * @param expiryRemindersEnabled the daily job emails password expiry reminders in this realm (when
 *     its password policy sets {@code password-care-expiry})
 * @param expiryReminderDays days before expiry at which a reminder goes out: 1–5 different values,
 *     each 1–365, largest first
 * @param expiryReminderHour hour of day (0–23, UTC) at which the daily job sends the reminders
 * @param registrationRequired users in the SSPR scope who have registered fewer methods than SSPR
 *     needs from them (admins: {@code ssprMethodsRequiredAdmins}), or confirmed them too long ago,
 *     are asked to register at sign-in (Entra's "Require users to register when signing in")
 * @param registrationReconfirmDays days after which a user must confirm the registered methods
 *     again (0–730; 0 = never)
 * @param registrationRemindLaterTimes times a user may choose "Remind me later" before the
 *     registration page cannot be skipped (0–10)
 * @param recoveryPhoneDefaultRegion ISO 3166 region (e.g. {@code NL}) of phone numbers typed
 *     without a country code
 * @param securityQuestionsToRegister questions a user registers (3–5), when {@code ssprMethods}
 *     holds {@code questions}
 * @param securityQuestionsToAnswer questions asked at a reset (3–5, at most the number registered)
 * @param securityQuestionsAllowCustom users may write questions of their own besides the list
 * @param securityQuestions the questions users choose from: message keys (shown in the user's
 *     language) or plain text; kept sorted, as the stored component does not keep an order
 */
public record PasswordCareSettings(
    SsprScope ssprScope,
    String ssprScopeGroup,
    Set<SsprMethod> ssprMethods,
    int ssprMethodsRequiredUsers,
    int ssprMethodsRequiredAdmins,
    int ssprCodeLength,
    int ssprCodeLifetimeSeconds,
    boolean ssprRevealRegisteredMethods,
    int ssprMaxCodeAttempts,
    int ssprMaxFailedVerifications,
    int ssprLockoutHours,
    int ssprMaxSmsPerHour,
    int ssprMaxEmailsPer10Minutes,
    int ssprSessionMinutes,
    String helpDeskUrl,
    String helpDeskText,
    boolean notifyUserOnReset,
    boolean notifyAdminsOnAdminReset,
    List<String> adminRoles,
    String adminGroup,
    boolean protectAdmins,
    boolean expiryRemindersEnabled,
    List<Integer> expiryReminderDays,
    int expiryReminderHour,
    boolean registrationRequired,
    int registrationReconfirmDays,
    int registrationRemindLaterTimes,
    String recoveryPhoneDefaultRegion,
    int securityQuestionsToRegister,
    int securityQuestionsToAnswer,
    boolean securityQuestionsAllowCustom,
    List<String> securityQuestions) {

  /**
   * Default {@code realm-management} roles that make a user an admin: those that manage users or
   * the realm, and those that let their holder act as someone else or grant themselves either (a
   * client or an authorization manager can give a service account any role, an impersonator signs
   * in as any user, an identity-provider manager can map any role to users of a provider).
   */
  public static final List<String> DEFAULT_ADMIN_ROLES =
      List.of(
          "realm-admin",
          "manage-realm",
          "manage-users",
          "manage-clients",
          "manage-authorization",
          "manage-identity-providers",
          "impersonation");

  /** The questions a realm offers before anyone changes them: message keys, en + nl. */
  public static final List<String> DEFAULT_SECURITY_QUESTIONS =
      List.of(
          "passwordCareQuestionFirstPet",
          "passwordCareQuestionChildhoodNickname",
          "passwordCareQuestionFirstSchool",
          "passwordCareQuestionChildhoodStreet",
          "passwordCareQuestionFirstCar",
          "passwordCareQuestionFirstJobCity",
          "passwordCareQuestionParentsMeetingCity",
          "passwordCareQuestionFavouriteTeacher");

  public PasswordCareSettings {
    ssprMethods = Set.copyOf(ssprMethods);
    adminRoles = List.copyOf(adminRoles);
    expiryReminderDays = List.copyOf(expiryReminderDays);
    // Keycloak keeps a component's values unordered: one order whatever was given or stored.
    securityQuestions = securityQuestions.stream().sorted().toList();
  }

  public static PasswordCareSettings defaults() {
    return new PasswordCareSettings(
        SsprScope.ALL,
        "",
        Set.of(SsprMethod.EMAIL, SsprMethod.OTP),
        1,
        2,
        8,
        300,
        false,
        3,
        5,
        24,
        5,
        10,
        15,
        "",
        "",
        true,
        false,
        DEFAULT_ADMIN_ROLES,
        "",
        true,
        true,
        List.of(14, 7, 1),
        8,
        true,
        180,
        3,
        "NL",
        3,
        3,
        false,
        DEFAULT_SECURITY_QUESTIONS);
  }

  /** Who may use SSPR. */
  public enum SsprScope {
    NONE("none"),
    GROUP("group"),
    ALL("all");

    private final String value;

    SsprScope(String value) {
      this.value = value;
    }

    /** The value in JSON, the component and the tab. */
    public String value() {
      return value;
    }
  }

  /** A way a user proves control of the account. */
  public enum SsprMethod {
    EMAIL("email"),
    RECOVERY_EMAIL("recovery-email"),
    SMS("sms"),
    OTP("otp"),
    /** Security questions: never for admins, one method however many questions are asked. */
    QUESTIONS("questions");

    private final String value;

    SsprMethod(String value) {
      this.value = value;
    }

    /** The value in JSON, the component, the tab and the SSPR form's {@code method} field. */
    public String value() {
      return value;
    }
  }
}
