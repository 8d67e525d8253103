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
          Map.entry("ssprSessionMinutes", new int[] {5, 60}));

  public static final int MAX_GROUP_PATH = 1000;
  public static final int MAX_URL = 2000;
  public static final int MAX_HELP_DESK_TEXT = 500;
  public static final int MAX_ROLE_NAME = 255;

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
              + " characters, without line breaks or other control characters.");
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

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
