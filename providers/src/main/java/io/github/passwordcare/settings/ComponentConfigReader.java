package io.github.passwordcare.settings;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads what the admin console tab submits (the component config: every value a string in a list)
 * strictly into a {@link SettingsRepresentation}, so the tab goes through the same {@link
 * SettingsValidator} as the REST API. Unlike {@link SettingsConfig}'s lenient reading, a value that
 * does not parse is refused here, before it is stored.
 */
public final class ComponentConfigReader {

  /** Route parameters the console adds to a tab's config ({@code PageHandler}); not settings. */
  static final Set<String> ROUTE_PARAMS = Set.of("realm", "tab");

  private static final Set<String> FIELDS =
      SettingsConfig.toConfig(PasswordCareSettings.defaults()).keySet();

  private ComponentConfigReader() {}

  public static SettingsRepresentation read(Map<String, List<String>> config) {
    for (String key : config.keySet()) {
      if (!FIELDS.contains(key) && !ROUTE_PARAMS.contains(key)) {
        throw new InvalidSettingsException(key, "unknown setting '" + key + "'.");
      }
    }
    Values v = new Values(config);
    return new SettingsRepresentation(
        v.text("ssprScope"),
        v.text("ssprScopeGroup"),
        v.list("ssprMethods"),
        v.number("ssprMethodsRequiredUsers"),
        v.number("ssprMethodsRequiredAdmins"),
        v.number("ssprCodeLength"),
        v.number("ssprCodeLifetimeSeconds"),
        v.bool("ssprRevealRegisteredMethods"),
        v.number("ssprMaxCodeAttempts"),
        v.number("ssprMaxFailedVerifications"),
        v.number("ssprLockoutHours"),
        v.number("ssprMaxSmsPerHour"),
        v.number("ssprMaxEmailsPer10Minutes"),
        v.number("ssprSessionMinutes"),
        v.text("helpDeskUrl"),
        v.text("helpDeskText"),
        v.bool("notifyUserOnReset"),
        v.bool("notifyAdminsOnAdminReset"),
        v.list("adminRoles"),
        v.text("adminGroup"),
        v.bool("protectAdmins"),
        v.bool("expiryRemindersEnabled"),
        v.numbers("expiryReminderDays"),
        v.number("expiryReminderHour"),
        v.bool("registrationRequired"),
        v.number("registrationReconfirmDays"),
        v.number("registrationRemindLaterTimes"),
        v.text("recoveryPhoneDefaultRegion"),
        v.number("securityQuestionsToRegister"),
        v.number("securityQuestionsToAnswer"),
        v.bool("securityQuestionsAllowCustom"),
        config.containsKey("securityQuestions")
            ? SettingsConfig.splitQuestions(config.get("securityQuestions"))
            : null);
  }

  /** One key at a time; an absent key is null (keep the stored value). */
  private record Values(Map<String, List<String>> config) {

    String text(String key) {
      List<String> values = config.get(key);
      if (values == null) {
        return null;
      }
      List<String> present = values.stream().filter(Objects::nonNull).toList();
      if (present.size() > 1) {
        throw new InvalidSettingsException(key, key + " takes one value, not " + present.size());
      }
      // A cleared field (the group picker's chip removed) comes as no value or null: empty.
      return present.isEmpty() ? "" : present.get(0);
    }

    List<String> list(String key) {
      return config.containsKey(key) ? SettingsConfig.splitValues(config.get(key)) : null;
    }

    BigInteger number(String key) {
      String value = text(key);
      if (value == null) {
        return null;
      }
      try {
        return new BigInteger(value.trim());
      } catch (NumberFormatException e) {
        int[] range = SettingsRules.INT_RANGES.get(key);
        throw new InvalidSettingsException(
            key, key + " must be a whole number from " + range[0] + " to " + range[1] + ".");
      }
    }

    List<BigInteger> numbers(String key) {
      List<String> values = list(key);
      if (values == null) {
        return null;
      }
      try {
        return values.stream().map(BigInteger::new).toList();
      } catch (NumberFormatException e) {
        throw new InvalidSettingsException(
            key, SettingsRules.checkReminderDays(List.of()).orElseThrow());
      }
    }

    Boolean bool(String key) {
      String value = text(key);
      if (value == null) {
        return null;
      }
      return switch (value.trim()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new InvalidSettingsException(key, key + " must be true or false.");
      };
    }
  }
}
