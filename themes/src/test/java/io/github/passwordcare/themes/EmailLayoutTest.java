package io.github.passwordcare.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every email we send renders in the one layout (realm + product header, body, "why you got this"
 * footer), html and text, English and Dutch, both when the realm uses our email theme and when it
 * uses Keycloak's base theme. Keycloak's own emails that our features trigger take the layout under
 * our theme only, which shows the test can tell the difference.
 */
class EmailLayoutTest {

  private static final List<String> OURS =
      List.of(
          "password-care-admin-reset.ftl",
          "password-care-admin-sspr-reset.ftl",
          "password-care-contact-code-email.ftl",
          "password-care-expiry-reminder.ftl",
          "password-care-password-changed.ftl",
          "password-care-recovery-changed.ftl",
          "password-care-sspr-code-email.ftl");
  private static final List<String> STOCK = List.of("executeActions.ftl", "password-reset.ftl");

  static Stream<Arguments> cases() {
    return Stream.of("html", "text")
        .flatMap(kind -> Stream.of("en", "nl").flatMap(lang -> bothThemes(kind, lang)));
  }

  private static Stream<Arguments> bothThemes(String kind, String lang) {
    return Stream.of(true, false).map(ours -> Arguments.of(kind, lang, ours));
  }

  @ParameterizedTest(name = "{0} {1} our theme={2}")
  @MethodSource("cases")
  void ourEmailsUseTheLayoutUnderAnyTheme(String kind, String lang, boolean ourTheme)
      throws Exception {
    ThemeRenderer renderer = new ThemeRenderer("email", ourTheme, Locale.forLanguageTag(lang));
    for (String template : OURS) {
      String out = renderer.render(kind + "/" + template, model());
      assertLayout(renderer, out, kind, template);
    }
  }

  @ParameterizedTest(name = "{0} {1} our theme={2}")
  @MethodSource("cases")
  void stockEmailsUseTheLayoutUnderOurThemeOnly(String kind, String lang, boolean ourTheme)
      throws Exception {
    ThemeRenderer renderer = new ThemeRenderer("email", ourTheme, Locale.forLanguageTag(lang));
    for (String template : STOCK) {
      String out = renderer.render(kind + "/" + template, model());
      assertThat(out).as(template).contains("https://example.test/link");
      if (ourTheme) {
        assertLayout(renderer, out, kind, template);
      } else {
        assertThat(out).as(template).doesNotContain(renderer.msg("passwordCareEmailProduct"));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} our theme={2}")
  @MethodSource("cases")
  void otherStockEmailsTakeTheLayoutThroughTemplateFtl(String kind, String lang, boolean ourTheme)
      throws Exception {
    ThemeRenderer renderer = new ThemeRenderer("email", ourTheme, Locale.forLanguageTag(lang));
    String out = renderer.render("html/email-verification.ftl", model());
    assertThat(out.contains(renderer.msg("passwordCareEmailAutomatic"))).isEqualTo(ourTheme);
  }

  private static void assertLayout(ThemeRenderer renderer, String out, String kind, String name) {
    String why =
        String.join(
            " ", List.of(renderer.msg("passwordCareEmailWhyAccount", "").split(" ")).subList(0, 4));
    assertThat(out)
        .as(name)
        .contains("Demo Realm", renderer.msg("passwordCareEmailProduct"), why)
        .contains(renderer.msg("passwordCareEmailAutomatic"))
        .doesNotContain("passwordCare", "style=", "<script");
    if (kind.equals("html")) {
      assertThat(out)
          .as(name)
          .contains("<header", "id=\"password-care-email-why\"", "<footer")
          .containsPattern("<html lang=\"(en|nl)\"");
    } else {
      assertThat(out).as(name).doesNotContain("<p>", "<html").contains("======", "------");
    }
  }

  private static Map<String, Object> model() {
    return Map.ofEntries(
        Map.entry("realmName", "Demo Realm"),
        Map.entry("user", Map.of("username", "alice", "firstName", "Alice")),
        Map.entry("code", "12345678"),
        Map.entry("minutes", 5),
        Map.entry("link", "https://example.test/link"),
        Map.entry("linkExpiration", 300),
        Map.entry("daysLeft", 3),
        Map.entry("expiresAt", "2026-12-01"),
        Map.entry("temporaryPassword", true),
        Map.entry("accountName", "alice"),
        Map.entry("methodKeys", List.of("passwordCareSsprMethodEmail")),
        Map.entry("throughSspr", true),
        Map.entry("changeKey", "passwordCareNotifyRecoveryPhoneAdded"),
        Map.entry("helpDeskUrl", "https://help.example.test"),
        Map.entry("requiredActions", List.of("UPDATE_PASSWORD")));
  }
}
