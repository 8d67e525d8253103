package io.github.passwordcare.bulkreset.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/**
 * The admin app's text: the keys of the realm's login theme (which holds our {@code
 * theme-resources/messages} bundles, realm localization overrides included) that start with one of
 * {@link #PREFIXES}: the bulk reset section's, the app's own, and the settings' labels and help
 * texts, which the admin console's Password care tab shows too.
 */
final class UiMessages {

  static final String PREFIX = "passwordCareBulkResetUi";

  static final String APP_PREFIX = "passwordCareAdminUi";

  static final List<String> PREFIXES = List.of(PREFIX, APP_PREFIX, "passwordCareSettings");

  /** Languages of the bundles in this jar; a new {@code messages_xx.properties} adds one here. */
  private static final Set<String> AVAILABLE = Set.of("en", "nl");

  private final KeycloakSession session;

  UiMessages(KeycloakSession session) {
    this.session = session;
  }

  static Set<String> availableLocales() {
    return AVAILABLE;
  }

  Map<String, String> forLocale(Locale locale) {
    try {
      Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
      Map<String, String> page = new TreeMap<>();
      theme
          .getEnhancedMessages(session.getContext().getRealm(), locale)
          .forEach(
              (key, value) -> {
                if (PREFIXES.stream().anyMatch(key.toString()::startsWith)) {
                  page.put(key.toString(), value.toString());
                }
              });
      return page;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
