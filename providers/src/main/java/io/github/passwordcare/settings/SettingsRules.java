package io.github.passwordcare.settings;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.settings.PasswordCareSettings.SsprScope;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.models.AdminRoles;

/**
 * The allowed range of each settings field, in one place: the lenient reader of the stored
 * component, the strict validator of the REST API and the admin console tab, and the tab's help
 * texts all take their limits from here. Pure (Keycloak constants only), so a unit test can reach
 * every rule.
 */
public final class SettingsRules {

  /** Whole-number fields and their inclusive ranges, in the record's order. */
  public static final Map<String, int[]> INT_RANGES =
      Map.ofEntries(
          Map.entry("ssprMethodsRequiredUsers", new int[] {1, 2}),
          Map.entry("ssprMethodsRequiredAdmins", new int[] {1, 2}),
          Map.entry("ssprCodeLength", new int[] {6, 10}),
          Map.entry("ssprCodeLifetimeSeconds", new int[] {60, 900}),
          Map.entry("ssprMaxCodeAttempts", new int[] {1, 10}),
          Map.entry("ssprMaxFailedVerifications", new int[] {1, 50}),
          Map.entry("ssprLockoutHours", new int[] {1, 168}),
          Map.entry("ssprMaxSmsPerHour", new int[] {1, 50}),
          Map.entry("ssprMaxEmailsPer10Minutes", new int[] {1, 50}),
          Map.entry("ssprSessionMinutes", new int[] {5, 60}),
          Map.entry("expiryReminderHour", new int[] {0, 23}),
          Map.entry("registrationReconfirmDays", new int[] {0, 730}),
          Map.entry("registrationRemindLaterTimes", new int[] {0, 10}),
          Map.entry("securityQuestionsToRegister", new int[] {3, 5}),
          Map.entry("securityQuestionsToAnswer", new int[] {3, 5}));

  public static final int MAX_GROUP_PATH = 1000;
  public static final int MAX_URL = 2000;
  public static final int MAX_HELP_DESK_TEXT = 500;
  public static final int MAX_ROLE_NAME = 255;
  public static final int MAX_REMINDER_DAYS = 5;
  public static final int MAX_REMINDER_DAY = 365;
  public static final int MAX_QUESTIONS = 30;
  public static final int MAX_QUESTION = 200;

  private SettingsRules() {}

  /** Why {@code value} is outside the range of the whole-number field {@code field}, if it is. */
  public static Optional<String> checkInt(String field, long value) {
    int[] range = INT_RANGES.get(field);
    if (value < range[0] || value > range[1]) {
      return Optional.of(
          field + " must be a whole number from " + range[0] + " to " + range[1] + ".");
    }
    return Optional.empty();
  }

  public static Optional<SsprScope> scope(String value) {
    return Arrays.stream(SsprScope.values()).filter(s -> s.value().equals(value)).findFirst();
  }

  public static Optional<SsprMethod> method(String value) {
    return Arrays.stream(SsprMethod.values()).filter(m -> m.value().equals(value)).findFirst();
  }

  public static List<String> scopeValues() {
    return Arrays.stream(SsprScope.values()).map(SsprScope::value).toList();
  }

  public static List<String> methodValues() {
    return Arrays.stream(SsprMethod.values()).map(SsprMethod::value).toList();
  }

  /** Why a group path ({@code ssprScopeGroup}, {@code adminGroup}) is malformed, if it is. */
  public static Optional<String> checkGroupPath(String field, String path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (!path.startsWith("/") || path.length() > MAX_GROUP_PATH || hasControl(path)) {
      return Optional.of(
          field
              + " must be empty or a group path such as /helpdesk (starting with /, at most "
              + MAX_GROUP_PATH
              + " characters).");
    }
    return Optional.empty();
  }

  /** Why {@code helpDeskUrl} is not an http(s) or mailto link, if it is not. */
  public static Optional<String> checkHelpDeskUrl(String url) {
    if (url.isEmpty()) {
      return Optional.empty();
    }
    String problem =
        "helpDeskUrl must be empty or an http://, https:// or mailto: link of at most "
            + MAX_URL
            + " characters.";
    if (url.length() > MAX_URL || hasControl(url) || url.contains(" ")) {
      return Optional.of(problem);
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean ok =
          switch (scheme) {
            case "http", "https" -> uri.getHost() != null && !uri.getHost().isEmpty();
            case "mailto" ->
                uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().contains("@");
            default -> false;
          };
      return ok ? Optional.empty() : Optional.of(problem);
    } catch (URISyntaxException e) {
      return Optional.of(problem);
    }
  }

  /** Why {@code helpDeskText} is too long or holds control characters, if it does. */
  public static Optional<String> checkHelpDeskText(String text) {
    if (text.codePointCount(0, text.length()) > MAX_HELP_DESK_TEXT || hasControl(text)) {
      return Optional.of(
          "helpDeskText must be at most "
              + MAX_HELP_DESK_TEXT
              + " characters, without line breaks, control characters or invisible formatting characters"
              + " (such as U+202E, which reverses the text after it).");
    }
    return Optional.empty();
  }

  /**
   * Why {@code expiryReminderDays} is not 1–{@link #MAX_REMINDER_DAYS} different days of 1–{@link
   * #MAX_REMINDER_DAY}, if it is not.
   */
  public static Optional<String> checkReminderDays(List<Long> days) {
    if (days.isEmpty()
        || days.size() > MAX_REMINDER_DAYS
        || days.stream().anyMatch(d -> d < 1 || d > MAX_REMINDER_DAY)
        || days.stream().distinct().count() != days.size()) {
      return Optional.of(
          "expiryReminderDays must hold 1 to "
              + MAX_REMINDER_DAYS
              + " different whole numbers of days from 1 to "
              + MAX_REMINDER_DAY
              + ".");
    }
    return Optional.empty();
  }

  /** {@code expiryReminderDays} in one order: largest first. */
  public static List<Integer> canonicalDays(List<Long> days) {
    return days.stream().map(Long::intValue).sorted(Comparator.reverseOrder()).toList();
  }

  /** Why {@code recoveryPhoneDefaultRegion} is not an ISO 3166 two-letter region, if it is not. */
  public static Optional<String> checkRegion(String region) {
    if (!Arrays.asList(Locale.getISOCountries()).contains(region)) {
      return Optional.of(
          "recoveryPhoneDefaultRegion must be an ISO 3166 two-letter region in capitals, such as NL"
              + " or DE.");
    }
    return Optional.empty();
  }

  /**
   * Why {@code securityQuestions} is not 1–{@link #MAX_QUESTIONS} different questions (message keys
   * or text) of at most {@link #MAX_QUESTION} characters, if it is not.
   */
  public static Optional<String> checkQuestions(List<String> questions) {
    if (questions.isEmpty()
        || questions.size() > MAX_QUESTIONS
        || questions.stream()
            .anyMatch(
                q -> q.isBlank() || q.length() > MAX_QUESTION || q.contains("##") || hasControl(q))
        || questions.stream().distinct().count() != questions.size()) {
      return Optional.of(
          "securityQuestions must hold 1 to "
              + MAX_QUESTIONS
              + " different questions (message keys or text), each at most "
              + MAX_QUESTION
              + " characters on one line.");
    }
    return Optional.empty();
  }

  /** Why a role name of {@code adminRoles} is malformed, if it is (existence is checked apart). */
  public static Optional<String> checkRoleName(String role) {
    if (role.isBlank() || role.length() > MAX_ROLE_NAME || hasControl(role)) {
      return Optional.of(
          "adminRoles must hold realm-management role names (non-empty, at most "
              + MAX_ROLE_NAME
              + " characters).");
    }
    return Optional.empty();
  }

  /**
   * {@code adminRoles} in one order whatever order they were given or stored in (Keycloak keeps a
   * component's values unordered): the known realm-management roles in {@code realm-admin},
   * manage-, view-, query- order as {@link PasswordCareSettings#DEFAULT_ADMIN_ROLES} lists them,
   * then any other name alphabetically; without duplicates.
   */
  public static List<String> canonicalRoles(List<String> roles) {
    List<String> known = knownRoles();
    return roles.stream()
        .distinct()
        .sorted(
            Comparator.comparingInt(
                    (String r) -> known.contains(r) ? known.indexOf(r) : known.size())
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static List<String> knownRoles() {
    List<String> known = new ArrayList<>(PasswordCareSettings.DEFAULT_ADMIN_ROLES);
    Stream.concat(Stream.of(AdminRoles.REALM_ADMIN), Arrays.stream(AdminRoles.ALL_REALM_ROLES))
        .filter(r -> !known.contains(r))
        .forEach(known::add);
    return known;
  }

  /**
   * Control characters, and the invisible ones that change how text around them reads: line and
   * paragraph separators (U+2028/9) and format characters such as the bidi override U+202E.
   */
  private static boolean hasControl(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                Character.isISOControl(c)
                    || switch (Character.getType(c)) {
                      case Character.LINE_SEPARATOR,
                          Character.PARAGRAPH_SEPARATOR,
                          Character.FORMAT ->
                          true;
                      default -> false;
                    });
  }
}
