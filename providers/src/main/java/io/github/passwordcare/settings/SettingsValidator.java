package io.github.passwordcare.settings;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.settings.PasswordCareSettings.SsprScope;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a change to the stored settings the way Keycloak's own realm PUT does: each field given
 * replaces the stored one, each absent field keeps its stored value. Every given value is checked
 * (range, allowed values, format), group paths and admin roles are checked against the realm when
 * they change (a stored group deleted since must not block saving other fields), and the result is
 * checked as a whole. The first problem is thrown as an {@link InvalidSettingsException}; nothing
 * is returned then, so nothing is stored. Used by the REST API and the admin console tab alike.
 */
public final class SettingsValidator {

  private SettingsValidator() {}

  public static PasswordCareSettings merge(
      PasswordCareSettings stored, SettingsRepresentation given, RealmLookup realm) {
    PasswordCareSettings s = stored;
    SettingsRepresentation g = given;
    PasswordCareSettings merged =
        new PasswordCareSettings(
            pick(g.ssprScope(), s.ssprScope(), SettingsValidator::scope),
            pick(g.ssprScopeGroup(), s.ssprScopeGroup(), v -> groupPath("ssprScopeGroup", v)),
            pick(g.ssprMethods(), s.ssprMethods(), SettingsValidator::methods),
            number(
                "ssprMethodsRequiredUsers",
                g.ssprMethodsRequiredUsers(),
                s.ssprMethodsRequiredUsers()),
            number(
                "ssprMethodsRequiredAdmins",
                g.ssprMethodsRequiredAdmins(),
                s.ssprMethodsRequiredAdmins()),
            number("ssprCodeLength", g.ssprCodeLength(), s.ssprCodeLength()),
            number(
                "ssprCodeLifetimeSeconds",
                g.ssprCodeLifetimeSeconds(),
                s.ssprCodeLifetimeSeconds()),
            pick(g.ssprRevealRegisteredMethods(), s.ssprRevealRegisteredMethods(), v -> v),
            number("ssprMaxCodeAttempts", g.ssprMaxCodeAttempts(), s.ssprMaxCodeAttempts()),
            number(
                "ssprMaxFailedVerifications",
                g.ssprMaxFailedVerifications(),
                s.ssprMaxFailedVerifications()),
            number("ssprLockoutHours", g.ssprLockoutHours(), s.ssprLockoutHours()),
            number("ssprMaxSmsPerHour", g.ssprMaxSmsPerHour(), s.ssprMaxSmsPerHour()),
            number(
                "ssprMaxEmailsPer10Minutes",
                g.ssprMaxEmailsPer10Minutes(),
                s.ssprMaxEmailsPer10Minutes()),
            number("ssprSessionMinutes", g.ssprSessionMinutes(), s.ssprSessionMinutes()),
            pick(
                g.helpDeskUrl(),
                s.helpDeskUrl(),
                v -> check("helpDeskUrl", v.trim(), SettingsRules::checkHelpDeskUrl)),
            pick(
                g.helpDeskText(),
                s.helpDeskText(),
                v -> check("helpDeskText", v.trim(), SettingsRules::checkHelpDeskText)),
            pick(g.notifyUserOnReset(), s.notifyUserOnReset(), v -> v),
            pick(g.notifyAdminsOnAdminReset(), s.notifyAdminsOnAdminReset(), v -> v),
            pick(g.adminRoles(), s.adminRoles(), SettingsValidator::roles),
            pick(g.adminGroup(), s.adminGroup(), v -> groupPath("adminGroup", v)),
            pick(g.protectAdmins(), s.protectAdmins(), v -> v),
            pick(g.expiryRemindersEnabled(), s.expiryRemindersEnabled(), v -> v),
            pick(g.expiryReminderDays(), s.expiryReminderDays(), SettingsValidator::reminderDays),
            number("expiryReminderHour", g.expiryReminderHour(), s.expiryReminderHour()),
            pick(g.registrationRequired(), s.registrationRequired(), v -> v),
            number(
                "registrationReconfirmDays",
                g.registrationReconfirmDays(),
                s.registrationReconfirmDays()),
            number(
                "registrationRemindLaterTimes",
                g.registrationRemindLaterTimes(),
                s.registrationRemindLaterTimes()),
            pick(
                g.recoveryPhoneDefaultRegion(),
                s.recoveryPhoneDefaultRegion(),
                v ->
                    check(
                        "recoveryPhoneDefaultRegion",
                        v.trim().toUpperCase(Locale.ROOT),
                        SettingsRules::checkRegion)),
            number(
                "securityQuestionsToRegister",
                g.securityQuestionsToRegister(),
                s.securityQuestionsToRegister()),
            number(
                "securityQuestionsToAnswer",
                g.securityQuestionsToAnswer(),
                s.securityQuestionsToAnswer()),
            pick(g.securityQuestionsAllowCustom(), s.securityQuestionsAllowCustom(), v -> v),
            pick(g.securityQuestions(), s.securityQuestions(), SettingsValidator::questions));
    checkExistence(stored, merged, realm);
    checkWhole(merged);
    return merged;
  }

  /** Group paths and roles exist in the realm, for the values that change. */
  private static void checkExistence(
      PasswordCareSettings stored, PasswordCareSettings merged, RealmLookup realm) {
    groupExists("ssprScopeGroup", stored.ssprScopeGroup(), merged.ssprScopeGroup(), realm);
    groupExists("adminGroup", stored.adminGroup(), merged.adminGroup(), realm);
    for (String role : merged.adminRoles()) {
      if (!stored.adminRoles().contains(role) && !realm.isAdminRole(role)) {
        throw new InvalidSettingsException(
            "adminRoles",
            "adminRoles: '"
                + role
                + "' is not a role of the realm-management client; give realm-management role"
                + " names such as "
                + String.join(", ", PasswordCareSettings.DEFAULT_ADMIN_ROLES)
                + ".");
      }
    }
  }

  private static void groupExists(String field, String before, String after, RealmLookup realm) {
    if (!after.isEmpty() && !after.equals(before) && !realm.groupExists(after)) {
      throw new InvalidSettingsException(
          field, field + ": there is no group '" + after + "' in this realm.");
    }
  }

  /** Rules that tie fields together. */
  private static void checkWhole(PasswordCareSettings s) {
    if (s.ssprScope() == SsprScope.GROUP && s.ssprScopeGroup().isEmpty()) {
      throw new InvalidSettingsException(
          "ssprScopeGroup",
          "ssprScopeGroup must name a group (such as /sspr-pilot) when ssprScope is 'group'.");
    }
    requiredMethods("ssprMethodsRequiredUsers", s.ssprMethodsRequiredUsers(), s, false);
    requiredMethods("ssprMethodsRequiredAdmins", s.ssprMethodsRequiredAdmins(), s, true);
    if (s.securityQuestionsToAnswer() > s.securityQuestionsToRegister()) {
      throw new InvalidSettingsException(
          "securityQuestionsToAnswer",
          "securityQuestionsToAnswer ("
              + s.securityQuestionsToAnswer()
              + ") must not exceed securityQuestionsToRegister ("
              + s.securityQuestionsToRegister()
              + ").");
    }
    if (!s.securityQuestionsAllowCustom()
        && s.securityQuestions().size() < s.securityQuestionsToRegister()) {
      throw new InvalidSettingsException(
          "securityQuestions",
          "securityQuestions must offer at least securityQuestionsToRegister ("
              + s.securityQuestionsToRegister()
              + ") questions, unless securityQuestionsAllowCustom is on.");
    }
  }

  /**
   * A user cannot pass more methods than the realm offers; an admin cannot use security questions,
   * so they do not count for admins.
   */
  private static void requiredMethods(
      String field, int required, PasswordCareSettings s, boolean admins) {
    long offered =
        s.ssprMethods().stream().filter(m -> !(admins && m == SsprMethod.QUESTIONS)).count();
    if (required > offered) {
      throw new InvalidSettingsException(
          field,
          field
              + " ("
              + required
              + ") must not exceed the number of methods in ssprMethods ("
              + offered
              + ")"
              + (admins && s.ssprMethods().contains(SsprMethod.QUESTIONS)
                  ? "; questions do not count, admins cannot use them."
                  : "."));
    }
  }

  private static <T, V> V pick(T given, V stored, Function<T, V> parse) {
    return given == null ? stored : parse.apply(given);
  }

  private static int number(String field, BigInteger given, int stored) {
    if (given == null) {
      return stored;
    }
    long value = given.bitLength() < 32 ? given.longValue() : Long.MIN_VALUE;
    SettingsRules.checkInt(field, value)
        .ifPresent(
            problem -> {
              throw new InvalidSettingsException(field, problem);
            });
    return (int) value;
  }

  private static String check(String field, String value, Function<String, Optional<String>> rule) {
    rule.apply(value)
        .ifPresent(
            problem -> {
              throw new InvalidSettingsException(field, problem);
            });
    return value;
  }

  private static SsprScope scope(String value) {
    return SettingsRules.scope(value)
        .orElseThrow(
            () ->
                new InvalidSettingsException(
                    "ssprScope",
                    "ssprScope must be one of "
                        + String.join(", ", SettingsRules.scopeValues())
                        + ", not '"
                        + value
                        + "'."));
  }

  private static String groupPath(String field, String value) {
    return check(field, value.trim(), v -> SettingsRules.checkGroupPath(field, v));
  }

  private static Set<SsprMethod> methods(List<String> values) {
    Set<SsprMethod> methods = new LinkedHashSet<>();
    for (String value : values) {
      methods.add(
          SettingsRules.method(value)
              .orElseThrow(
                  () ->
                      new InvalidSettingsException(
                          "ssprMethods",
                          "ssprMethods: unknown method '"
                              + value
                              + "'; allowed: "
                              + String.join(", ", SettingsRules.methodValues())
                              + ".")));
    }
    if (methods.isEmpty()) {
      throw new InvalidSettingsException(
          "ssprMethods",
          "ssprMethods must hold at least one of "
              + String.join(", ", SettingsRules.methodValues())
              + ".");
    }
    return methods;
  }

  private static List<Integer> reminderDays(List<BigInteger> values) {
    List<Long> days =
        values.stream().map(v -> v.bitLength() < 32 ? v.longValue() : Long.MIN_VALUE).toList();
    SettingsRules.checkReminderDays(days)
        .ifPresent(
            problem -> {
              throw new InvalidSettingsException("expiryReminderDays", problem);
            });
    return SettingsRules.canonicalDays(days);
  }

  private static List<String> questions(List<String> values) {
    List<String> questions = values.stream().map(String::strip).toList();
    SettingsRules.checkQuestions(questions)
        .ifPresent(
            problem -> {
              throw new InvalidSettingsException("securityQuestions", problem);
            });
    return questions;
  }

  private static List<String> roles(List<String> values) {
    List<String> roles = SettingsRules.canonicalRoles(values.stream().map(String::trim).toList());
    if (roles.isEmpty()) {
      throw new InvalidSettingsException(
          "adminRoles", "adminRoles must hold at least one realm-management role name.");
    }
    roles.forEach(r -> check("adminRoles", r, SettingsRules::checkRoleName));
    return roles;
  }
}
