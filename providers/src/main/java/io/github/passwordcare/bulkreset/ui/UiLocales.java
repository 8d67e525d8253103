package io.github.passwordcare.bulkreset.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the page's language: the one the page asks for (the admin's own locale or {@code
 * ui_locales}), else the browser's {@code Accept-Language} in order of preference, else English.
 * Only languages the page has a message bundle for are chosen.
 */
final class UiLocales {

  static final Locale FALLBACK = Locale.ENGLISH;

  private UiLocales() {}

  /**
   * @param requested a language tag or a space-separated {@code ui_locales} list; may be null
   * @param acceptable the browser's languages, most preferred first
   * @param available language tags of the page's bundles, lower case ("en", "nl", "pt-br")
   */
  static Locale choose(String requested, List<Locale> acceptable, Set<String> available) {
    if (requested != null) {
      for (String tag : requested.trim().split("[\\s,]+")) {
        Locale match = match(Locale.forLanguageTag(tag), available);
        if (match != null) {
          return match;
        }
      }
    }
    for (Locale locale : acceptable) {
      Locale match = match(locale, available);
      if (match != null) {
        return match;
      }
    }
    return FALLBACK;
  }

  /** "nl-BE" matches a bundle "nl-be" first, then "nl". */
  private static Locale match(Locale locale, Set<String> available) {
    if (locale.getLanguage().isEmpty()) {
      return null;
    }
    String full = locale.toLanguageTag().toLowerCase(Locale.ROOT);
    if (available.contains(full)) {
      return Locale.forLanguageTag(full);
    }
    String language = locale.getLanguage();
    return available.contains(language) ? Locale.forLanguageTag(language) : null;
  }
}
