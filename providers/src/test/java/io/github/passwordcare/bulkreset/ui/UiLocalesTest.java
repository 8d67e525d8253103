package io.github.passwordcare.bulkreset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UiLocalesTest {

  private static final Set<String> AVAILABLE = Set.of("en", "nl");

  @Test
  void requestedLocaleWins() {
    assertThat(UiLocales.choose("nl", List.of(Locale.ENGLISH), AVAILABLE))
        .isEqualTo(Locale.forLanguageTag("nl"));
  }

  @Test
  void uiLocalesListIsReadInOrderAndRegionsFallBackToTheLanguage() {
    assertThat(UiLocales.choose("de nl-BE en", List.of(), AVAILABLE))
        .isEqualTo(Locale.forLanguageTag("nl"));
  }

  @Test
  void acceptLanguageIsUsedWhenNothingUsableIsRequested() {
    List<Locale> browser = List.of(Locale.GERMAN, Locale.forLanguageTag("nl-NL"), Locale.ENGLISH);

    assertThat(UiLocales.choose(null, browser, AVAILABLE)).isEqualTo(Locale.forLanguageTag("nl"));
    assertThat(UiLocales.choose("fr", browser, AVAILABLE)).isEqualTo(Locale.forLanguageTag("nl"));
  }

  @Test
  void englishWhenNothingMatches() {
    assertThat(UiLocales.choose("", List.of(Locale.JAPANESE), AVAILABLE)).isEqualTo(Locale.ENGLISH);
    assertThat(UiLocales.choose("*", List.of(new Locale("")), AVAILABLE)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aRegionalBundleIsPreferredWhenItExists() {
    assertThat(UiLocales.choose("pt-BR", List.of(), Set.of("en", "pt", "pt-br")))
        .isEqualTo(Locale.forLanguageTag("pt-br"));
  }
}
