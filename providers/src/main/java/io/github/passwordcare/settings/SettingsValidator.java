package io.github.passwordcare.settings;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.settings.PasswordCareSettings.SsprScope;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
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
            pick(g.protectAdmins(), s.protectAdmins(), v -> v));
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
    requiredMethods("ssprMethodsRequiredUsers", s.ssprMethodsRequiredUsers(), s);
    requiredMethods("ssprMethodsRequiredAdmins", s.ssprMethodsRequiredAdmins(), s);
  }

  /** A user cannot pass more methods than the realm offers. */
  private static void requiredMethods(String field, int required, PasswordCareSettings s) {
    if (required > s.ssprMethods().size()) {
      throw new InvalidSettingsException(
          field,
          field
              + " ("
              + required
              + ") must not exceed the number of methods in ssprMethods ("
              + s.ssprMethods().size()
              + ").");
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
