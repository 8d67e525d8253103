package io.github.passwordcare.bulkreset.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.Theme;

/**
 * The page's text: the {@code passwordCareBulkResetUi*} keys of the realm's login theme, which
 * holds our {@code theme-resources/messages} bundles, realm localization overrides included.
 */
final class UiMessages {

  static final String PREFIX = "passwordCareBulkResetUi";

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
                if (key.toString().startsWith(PREFIX)) {
                  page.put(key.toString(), value.toString());
                }
              });
      return page;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
