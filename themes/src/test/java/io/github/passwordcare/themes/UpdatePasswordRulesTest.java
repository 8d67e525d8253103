package io.github.passwordcare.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule list of login-update-password.ftl (password-care-rules.ftl): one item per content rule
 * of the realm's policy, in the user's language, none for rules the realm does not have, and the
 * rule named by Keycloak's error marked "not met". The page in the real server, with the checkmarks
 * its script sets while typing, is tested by UpdatePasswordRulesIT.
 */
class UpdatePasswordRulesTest {

  private static final String LIST =
      "<#import \"password-care-rules.ftl\" as rules><@rules.list failed=failed/>";

  @Test
  void listsTheRealmsRulesInEnglish() throws Exception {
    String out = render("en", "");
    assertThat(out)
        .contains("Your new password must")
        .contains("be at least 12 characters long")
        .contains("contain at least one uppercase letter")
        .contains("contain at least 2 digits")
        .contains("differ from your username")
        .contains("differ from your last 3 passwords")
        .contains("data-rule=\"length\" data-min=\"12\"")
        .doesNotContain("maxLength", "lowercase", "email address", "password-care-rule-failed");
  }

  @Test
  void listsTheRealmsRulesInDutch() throws Exception {
    String out = render("nl", "");
    assertThat(out)
        .contains("Je nieuwe wachtwoord moet")
        .contains("minstens 12 tekens lang zijn")
        .contains("minstens één hoofdletter bevatten")
        .contains("minstens 2 cijfers bevatten")
        .contains("anders zijn dan je laatste 3 wachtwoorden")
        .doesNotContain("be at least");
  }

  @Test
  void marksTheRuleKeycloakRefused() throws Exception {
    ThemeRenderer renderer = new ThemeRenderer("login", true, Locale.ENGLISH);
    String error = renderer.msg("invalidPasswordHistoryMessage", 3);
    String out = render("en", error);
    assertThat(out).containsOnlyOnce("password-care-rule-failed").contains("(not met)");
    String failedItem = out.substring(out.indexOf("password-care-rule-passwordHistory"));
    assertThat(failedItem.substring(0, failedItem.indexOf("</li>")))
        .contains("password-care-rule-failed", "(not met)");
  }

  @Test
  void noStyleAttributeOrInlineScriptInOurLoginTemplates() throws Exception {
    try (var files = Files.walk(ThemeRenderer.OUR_THEME.resolve("login"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).doesNotContain("style=", "onsubmit=", "onclick=");
        assertThat(text.replace("<script type=\"module\" src=", "")).doesNotContain("<script");
      }
    }
    try (var files = Files.list(ThemeRenderer.PROVIDER_TEMPLATES)) {
      for (var file : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("style=", "<script");
      }
    }
  }

  private static String render(String lang, String failed) throws Exception {
    Map<String, Object> policies = new HashMap<>();
    policies.put("length", 12);
    policies.put("upperCase", 1);
    policies.put("digits", 2);
    policies.put("passwordHistory", 3);
    policies.put("notUsername", true);
    policies.put("notEmail", false);
    Map<String, Object> model =
        Map.of("passwordPolicies", policies, "failed", failed, "properties", Map.of());
    return new ThemeRenderer("login", true, Locale.forLanguageTag(lang)).renderSource(LIST, model);
  }
}
