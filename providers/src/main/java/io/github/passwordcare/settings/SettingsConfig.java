package io.github.passwordcare.settings;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Settings to and from the config of the realm component ({@code key -> values}, keys are the
 * record's component names). Reading is lenient on purpose: it runs on the sign-in path, where a
 * value stored by an older version or edited by hand must not break sign-in, so each invalid value
 * falls back to its default and is reported to {@code warn}. Saving validates (SettingsValidator)
 * first, so a well-behaved server never stores an invalid value.
 */
public final class SettingsConfig {

  private SettingsConfig() {}

  /** The component config of {@code settings}: one value per key, the lists as several values. */
  public static Map<String, List<String>> toConfig(PasswordCareSettings s) {
    Map<String, List<String>> c = new LinkedHashMap<>();
    c.put("ssprScope", List.of(s.ssprScope().value()));
    c.put("ssprScopeGroup", List.of(s.ssprScopeGroup()));
    c.put("ssprMethods", s.ssprMethods().stream().sorted().map(SsprMethod::value).toList());
    c.put("ssprMethodsRequiredUsers", one(s.ssprMethodsRequiredUsers()));
    c.put("ssprMethodsRequiredAdmins", one(s.ssprMethodsRequiredAdmins()));
    c.put("ssprCodeLength", one(s.ssprCodeLength()));
    c.put("ssprCodeLifetimeSeconds", one(s.ssprCodeLifetimeSeconds()));
    c.put("ssprRevealRegisteredMethods", one(s.ssprRevealRegisteredMethods()));
    c.put("ssprMaxCodeAttempts", one(s.ssprMaxCodeAttempts()));
    c.put("ssprMaxFailedVerifications", one(s.ssprMaxFailedVerifications()));
    c.put("ssprLockoutHours", one(s.ssprLockoutHours()));
    c.put("ssprMaxSmsPerHour", one(s.ssprMaxSmsPerHour()));
    c.put("ssprMaxEmailsPer10Minutes", one(s.ssprMaxEmailsPer10Minutes()));
    c.put("ssprSessionMinutes", one(s.ssprSessionMinutes()));
    c.put("helpDeskUrl", List.of(s.helpDeskUrl()));
    c.put("helpDeskText", List.of(s.helpDeskText()));
    c.put("notifyUserOnReset", one(s.notifyUserOnReset()));
    c.put("notifyAdminsOnAdminReset", one(s.notifyAdminsOnAdminReset()));
    c.put("adminRoles", s.adminRoles());
    c.put("adminGroup", List.of(s.adminGroup()));
    c.put("protectAdmins", one(s.protectAdmins()));
    c.put("expiryRemindersEnabled", one(s.expiryRemindersEnabled()));
    c.put("expiryReminderDays", s.expiryReminderDays().stream().map(String::valueOf).toList());
    c.put("expiryReminderHour", one(s.expiryReminderHour()));
    c.put("registrationRequired", one(s.registrationRequired()));
    c.put("registrationReconfirmDays", one(s.registrationReconfirmDays()));
    c.put("registrationRemindLaterTimes", one(s.registrationRemindLaterTimes()));
    c.put("recoveryPhoneDefaultRegion", List.of(s.recoveryPhoneDefaultRegion()));
    c.put("securityQuestionsToRegister", one(s.securityQuestionsToRegister()));
    c.put("securityQuestionsToAnswer", one(s.securityQuestionsToAnswer()));
    c.put("securityQuestionsAllowCustom", one(s.securityQuestionsAllowCustom()));
    c.put("securityQuestions", s.securityQuestions());
    return c;
  }

  /**
   * The settings a component config holds; an absent key is its default, an invalid value is its
   * default too, reported as {@code warn(field, problem)}.
   */
  public static PasswordCareSettings fromConfig(
      Map<String, List<String>> config, BiConsumer<String, String> warn) {
    Reader r = new Reader(config, warn);
    PasswordCareSettings d = PasswordCareSettings.defaults();
    return new PasswordCareSettings(
        r.single("ssprScope", d.ssprScope(), SettingsRules::scope, "one of " + scopes()),
        r.text(
            "ssprScopeGroup",
            d.ssprScopeGroup(),
            v -> SettingsRules.checkGroupPath("ssprScopeGroup", v)),
        r.methods(d.ssprMethods()),
        r.integer("ssprMethodsRequiredUsers", d.ssprMethodsRequiredUsers()),
        r.integer("ssprMethodsRequiredAdmins", d.ssprMethodsRequiredAdmins()),
        r.integer("ssprCodeLength", d.ssprCodeLength()),
        r.integer("ssprCodeLifetimeSeconds", d.ssprCodeLifetimeSeconds()),
        r.bool("ssprRevealRegisteredMethods", d.ssprRevealRegisteredMethods()),
        r.integer("ssprMaxCodeAttempts", d.ssprMaxCodeAttempts()),
        r.integer("ssprMaxFailedVerifications", d.ssprMaxFailedVerifications()),
        r.integer("ssprLockoutHours", d.ssprLockoutHours()),
        r.integer("ssprMaxSmsPerHour", d.ssprMaxSmsPerHour()),
        r.integer("ssprMaxEmailsPer10Minutes", d.ssprMaxEmailsPer10Minutes()),
        r.integer("ssprSessionMinutes", d.ssprSessionMinutes()),
        r.text("helpDeskUrl", d.helpDeskUrl(), SettingsRules::checkHelpDeskUrl),
        r.text("helpDeskText", d.helpDeskText(), SettingsRules::checkHelpDeskText),
        r.bool("notifyUserOnReset", d.notifyUserOnReset()),
        r.bool("notifyAdminsOnAdminReset", d.notifyAdminsOnAdminReset()),
        r.roles(d.adminRoles()),
        r.text("adminGroup", d.adminGroup(), v -> SettingsRules.checkGroupPath("adminGroup", v)),
        r.bool("protectAdmins", d.protectAdmins()),
        r.bool("expiryRemindersEnabled", d.expiryRemindersEnabled()),
        r.days(d.expiryReminderDays()),
        r.integer("expiryReminderHour", d.expiryReminderHour()),
        r.bool("registrationRequired", d.registrationRequired()),
        r.integer("registrationReconfirmDays", d.registrationReconfirmDays()),
        r.integer("registrationRemindLaterTimes", d.registrationRemindLaterTimes()),
        r.text(
            "recoveryPhoneDefaultRegion",
            d.recoveryPhoneDefaultRegion(),
            SettingsRules::checkRegion),
        r.integer("securityQuestionsToRegister", d.securityQuestionsToRegister()),
        r.integer("securityQuestionsToAnswer", d.securityQuestionsToAnswer()),
        r.bool("securityQuestionsAllowCustom", d.securityQuestionsAllowCustom()),
        r.questions(d.securityQuestions()));
  }

  /**
   * The values of a multi-valued key. The console may save a list as several values or as one value
   * joined by {@code ##} (Keycloak's multivalued delimiter) or commas; all read the same.
   */
  static List<String> splitValues(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      if (v == null) {
        continue;
      }
      for (String part : v.split("##|,")) {
        if (!part.trim().isEmpty()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  /**
   * The values of {@code securityQuestions}: split only at Keycloak's {@code ##} delimiter, not at
   * commas, which a question may hold.
   */
  static List<String> splitQuestions(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      if (v != null) {
        for (String part : v.split("##")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
    }
    return out;
  }

  private static List<String> one(Object value) {
    return List.of(String.valueOf(value));
  }

  private static String scopes() {
    return String.join(", ", SettingsRules.scopeValues());
  }

  /** Reads one key at a time, falling back to the default with a warning. */
  private record Reader(Map<String, List<String>> config, BiConsumer<String, String> warn) {

    /** The single value of {@code key}, or empty when absent (the default applies silently). */
    private Optional<String> value(String key) {
      List<String> values = config.get(key);
      if (values == null || values.isEmpty() || values.get(0) == null) {
        return Optional.empty();
      }
      if (values.size() > 1) {
        warn.accept(key, "holds " + values.size() + " values; the first one is used");
      }
      return Optional.of(values.get(0));
    }

    <T> T single(String key, T fallback, Function<String, Optional<T>> parse, String allowed) {
      Optional<String> v = value(key);
      if (v.isEmpty()) {
        return fallback;
      }
      Optional<T> parsed = parse.apply(v.get().trim());
      if (parsed.isEmpty()) {
        warn.accept(key, "must be " + allowed);
        return fallback;
      }
      return parsed.get();
    }

    String text(String key, String fallback, Function<String, Optional<String>> check) {
      Optional<String> v = value(key);
      if (v.isEmpty()) {
        return fallback;
      }
      Optional<String> problem = check.apply(v.get().trim());
      if (problem.isPresent()) {
        warn.accept(key, "is not valid: " + problem.get());
        return fallback;
      }
      return v.get().trim();
    }

    int integer(String key, int fallback) {
      Optional<String> v = value(key);
      if (v.isEmpty()) {
        return fallback;
      }
      try {
        int parsed = Integer.parseInt(v.get().trim());
        Optional<String> problem = SettingsRules.checkInt(key, parsed);
        if (problem.isPresent()) {
          warn.accept(key, "is out of range: " + problem.get());
          return fallback;
        }
        return parsed;
      } catch (NumberFormatException e) {
        warn.accept(key, "is not a whole number");
        return fallback;
      }
    }

    boolean bool(String key, boolean fallback) {
      return single(
          key,
          fallback,
          v ->
              v.equals("true")
                  ? Optional.of(true)
                  : v.equals("false") ? Optional.of(false) : Optional.<Boolean>empty(),
          "true or false");
    }

    Set<SsprMethod> methods(Set<SsprMethod> fallback) {
      if (!config.containsKey("ssprMethods")) {
        return fallback;
      }
      Set<SsprMethod> methods = new LinkedHashSet<>();
      for (String v : splitValues(config.get("ssprMethods"))) {
        Optional<SsprMethod> m = SettingsRules.method(v);
        if (m.isEmpty()) {
          warn.accept("ssprMethods", "holds an unknown method; allowed: " + methodsAllowed());
          return fallback;
        }
        methods.add(m.get());
      }
      if (methods.isEmpty()) {
        warn.accept("ssprMethods", "is empty");
        return fallback;
      }
      return methods;
    }

    List<String> roles(List<String> fallback) {
      if (!config.containsKey("adminRoles")) {
        return fallback;
      }
      List<String> roles = SettingsRules.canonicalRoles(splitValues(config.get("adminRoles")));
      if (roles.isEmpty()
          || roles.stream().anyMatch(r -> SettingsRules.checkRoleName(r).isPresent())) {
        warn.accept("adminRoles", "is empty or holds a malformed role name");
        return fallback;
      }
      return roles;
    }

    List<Integer> days(List<Integer> fallback) {
      if (!config.containsKey("expiryReminderDays")) {
        return fallback;
      }
      try {
        List<Long> days =
            splitValues(config.get("expiryReminderDays")).stream().map(Long::parseLong).toList();
        Optional<String> problem = SettingsRules.checkReminderDays(days);
        if (problem.isPresent()) {
          warn.accept("expiryReminderDays", "is not valid: " + problem.get());
          return fallback;
        }
        return SettingsRules.canonicalDays(days);
      } catch (NumberFormatException e) {
        warn.accept("expiryReminderDays", "holds a value that is not a whole number");
        return fallback;
      }
    }

    List<String> questions(List<String> fallback) {
      if (!config.containsKey("securityQuestions")) {
        return fallback;
      }
      List<String> questions = splitQuestions(config.get("securityQuestions"));
      Optional<String> problem = SettingsRules.checkQuestions(questions);
      if (problem.isPresent()) {
        warn.accept("securityQuestions", "is not valid: " + problem.get());
        return fallback;
      }
      return questions;
    }

    private static String methodsAllowed() {
      return String.join(", ", SettingsRules.methodValues());
    }
  }
}
