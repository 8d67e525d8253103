package io.github.passwordcare.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.settings.PasswordCareSettings.SsprScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsValidatorTest {

  /** A realm with groups /pilot and /admins, and the realm-management roles of a realm. */
  private static final RealmLookup REALM =
      new RealmLookup() {
        @Override
        public boolean groupExists(String path) {
          return Set.of("/pilot", "/admins").contains(path);
        }

        @Override
        public boolean isAdminRole(String role) {
          return SettingsTabProperties.adminRoleNames().contains(role);
        }
      };

  private static final PasswordCareSettings DEFAULTS = PasswordCareSettings.defaults();

  private static PasswordCareSettings put(String json) {
    return SettingsValidator.merge(DEFAULTS, SettingsRepresentation.parse(json), REALM);
  }

  private static void refused(String json, String... inMessage) {
    assertThatThrownBy(() -> put(json))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContainingAll(inMessage);
  }

  @Test
  void anEmptyObjectChangesNothing() {
    assertThat(put("{}")).isEqualTo(DEFAULTS);
  }

  @Test
  void givenFieldsReplaceAndAbsentFieldsKeepTheStoredValue() {
    PasswordCareSettings stored =
        put("{\"ssprCodeLength\": 10, \"helpDeskUrl\": \"https://x.example/help\"}");
    PasswordCareSettings next =
        SettingsValidator.merge(
            stored,
            SettingsRepresentation.parse(
                "{\"ssprScope\": \"group\", \"ssprScopeGroup\": \"/pilot\","
                    + " \"ssprMethods\": [\"sms\", \"otp\"], \"adminRoles\": [\"manage-users\"]}"),
            REALM);
    assertThat(next.ssprCodeLength()).isEqualTo(10);
    assertThat(next.helpDeskUrl()).isEqualTo("https://x.example/help");
    assertThat(next.ssprScope()).isEqualTo(SsprScope.GROUP);
    assertThat(next.ssprScopeGroup()).isEqualTo("/pilot");
    assertThat(next.ssprMethods()).containsExactlyInAnyOrder(SsprMethod.SMS, SsprMethod.OTP);
    assertThat(next.adminRoles()).containsExactly("manage-users");
    assertThat(next.protectAdmins()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ssprMethodsRequiredUsers|0|3|1 to 2",
        "ssprMethodsRequiredAdmins|0|3|1 to 2",
        "ssprCodeLength|5|11|6 to 10",
        "ssprCodeLifetimeSeconds|59|901|60 to 900",
        "ssprMaxCodeAttempts|0|11|1 to 10",
        "ssprMaxFailedVerifications|0|51|1 to 50",
        "ssprLockoutHours|0|169|1 to 168",
        "ssprMaxSmsPerHour|0|51|1 to 50",
        "ssprMaxEmailsPer10Minutes|0|51|1 to 50",
        "ssprSessionMinutes|4|61|5 to 60",
        "expiryReminderHour|-1|24|0 to 23",
        "registrationReconfirmDays|-1|731|0 to 730",
        "registrationRemindLaterTimes|-1|11|0 to 10",
        "securityQuestionsToRegister|2|6|3 to 5",
        "securityQuestionsToAnswer|2|6|3 to 5"
      })
  void numbersOutsideTheirRangeAreRefusedAndTheEdgesAccepted(
      String field, int below, int above, String range) {
    refused("{\"" + field + "\": " + below + "}", field, range);
    refused("{\"" + field + "\": " + above + "}", field, range);
    refused("{\"" + field + "\": -2147483648}", field, range);
    int[] edges = SettingsRules.INT_RANGES.get(field);
    assertThat(put("{\"" + field + "\": " + edges[0] + "}")).isNotNull();
    if (!field.startsWith("ssprMethodsRequired") && !field.equals("securityQuestionsToAnswer")) {
      assertThat(put("{\"" + field + "\": " + edges[1] + "}")).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"nope\": 1}",
        "{\"ssprCodeLength\": \"8\"}",
        "{\"ssprCodeLength\": 8.5}",
        "{\"ssprCodeLength\": 99999999999}",
        "{\"ssprCodeLength\": null}",
        "{\"protectAdmins\": \"true\"}",
        "{\"protectAdmins\": 1}",
        "{\"ssprMethods\": \"email\"}",
        "{\"ssprMethods\": [null]}",
        "{\"helpDeskUrl\": 5}",
        "[]",
        "",
        "null",
        "{\"ssprCodeLength\": 8, \"ssprCodeLength\": 9}"
      })
  void malformedBodiesAreRefused(String json) {
    assertThatThrownBy(() -> put(json)).isInstanceOf(InvalidSettingsException.class);
  }

  @Test
  void wrongTypesNameTheField() {
    refused("{\"ssprCodeLength\": \"8\"}", "ssprCodeLength", "whole number");
    refused("{\"ssprCodeLength\": 8.0}", "ssprCodeLength", "whole number");
    refused("{\"ssprCodeLength\": 99999999999}", "ssprCodeLength");
    refused("{\"nope\": 1}", "nope");
    refused("{\"protectAdmins\": null}", "protectAdmins");
  }

  @Test
  void enumsTakeOnlyTheirValues() {
    refused("{\"ssprScope\": \"everyone\"}", "ssprScope", "none, group, all");
    refused("{\"ssprScope\": \"ALL\"}", "ssprScope");
    refused(
        "{\"ssprMethods\": [\"email\", \"pigeon\"]}", "ssprMethods", "pigeon", "recovery-email");
    refused("{\"ssprMethods\": []}", "ssprMethods", "at least one");
  }

  @Test
  void groupsMustExistAndScopeGroupNeedsOne() {
    refused("{\"ssprScope\": \"group\"}", "ssprScopeGroup", "group");
    refused("{\"ssprScope\": \"group\", \"ssprScopeGroup\": \"/nope\"}", "ssprScopeGroup", "/nope");
    refused("{\"ssprScopeGroup\": \"pilot\"}", "ssprScopeGroup", "starting with /");
    refused("{\"adminGroup\": \"/nope\"}", "adminGroup", "/nope");
    assertThat(put("{\"adminGroup\": \"/admins\"}").adminGroup()).isEqualTo("/admins");
    assertThat(put("{\"adminGroup\": \"\"}").adminGroup()).isEmpty();
  }

  @Test
  void aStoredGroupDeletedSinceDoesNotBlockOtherChanges() {
    PasswordCareSettings stored =
        SettingsConfig.fromConfig(Map.of("adminGroup", List.of("/deleted")), (f, p) -> {});
    assertThat(
            SettingsValidator.merge(
                    stored, SettingsRepresentation.parse("{\"ssprCodeLength\": 9}"), REALM)
                .adminGroup())
        .isEqualTo("/deleted");
  }

  @Test
  void requiredMethodsCannotExceedTheMethodsEnabled() {
    refused(
        "{\"ssprMethods\": [\"email\"]}", "ssprMethodsRequiredAdmins", "(2)", "ssprMethods (1)");
    assertThat(put("{\"ssprMethods\": [\"email\"], \"ssprMethodsRequiredAdmins\": 1}")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://example.org",
        "https://",
        "example.org/help",
        "https://exa mple.org",
        "mailto:",
        "data:text/html,hi"
      })
  void helpDeskUrlMustBeHttpOrMailto(String url) {
    refused("{\"helpDeskUrl\": \"" + url + "\"}", "helpDeskUrl", "http://", "mailto:");
  }

  @Test
  void helpDeskUrlAndTextAcceptTheirForms() {
    assertThat(put("{\"helpDeskUrl\": \"mailto:help@example.org\"}").helpDeskUrl())
        .isEqualTo("mailto:help@example.org");
    assertThat(put("{\"helpDeskUrl\": \"HTTP://help.example.org/a?b=c\"}").helpDeskUrl())
        .isEqualTo("HTTP://help.example.org/a?b=c");
    assertThat(put("{\"helpDeskText\": \"" + "é".repeat(500) + "\"}").helpDeskText()).hasSize(500);
    refused("{\"helpDeskText\": \"" + "a".repeat(501) + "\"}", "helpDeskText", "500");
    refused("{\"helpDeskText\": \"a\\nb\"}", "helpDeskText");
    // Seen in a security review: both were stored. A line separator breaks the line where the
    // rules say none may; a bidi override makes "call 0800-1234" read backwards after it.
    refused("{\"helpDeskText\": \"a\\u2028b\"}", "helpDeskText");
    refused("{\"helpDeskText\": \"call \\u202e4321-0080\"}", "helpDeskText");
    refused("{\"helpDeskUrl\": \"https://help.example.com/\\u202e\"}", "helpDeskUrl");
    refused("{\"helpDeskUrl\": \"https://x.example/" + "a".repeat(2000) + "\"}", "helpDeskUrl");
  }

  @Test
  void adminRolesMustBeRealmManagementRoles() {
    refused("{\"adminRoles\": [\"offline_access\"]}", "adminRoles", "offline_access");
    refused("{\"adminRoles\": []}", "adminRoles", "at least one");
    refused("{\"adminRoles\": [\" \"]}", "adminRoles");
    assertThat(
            put("{\"adminRoles\": [\"manage-users\", \"manage-users\", \"realm-admin\"]}")
                .adminRoles())
        .containsExactly("realm-admin", "manage-users");
  }

  @Test
  void theTabsConfigReadsStrictlyAndIgnoresTheConsolesRouteParameters() {
    Map<String, List<String>> config =
        Map.of(
            "ssprCodeLength", List.of("9"),
            "ssprMethods", List.of("email", "otp", "sms"),
            "protectAdmins", List.of("false"),
            "adminGroup", List.of(),
            "realm", List.of("demo"),
            "tab", List.of("password-care"));
    PasswordCareSettings s =
        SettingsValidator.merge(DEFAULTS, ComponentConfigReader.read(config), REALM);
    assertThat(s.ssprCodeLength()).isEqualTo(9);
    assertThat(s.ssprMethods()).hasSize(3);
    assertThat(s.protectAdmins()).isFalse();
    assertThat(s.adminGroup()).isEmpty();
    assertThatThrownBy(() -> ComponentConfigReader.read(Map.of("ssprCodeLength", List.of("x"))))
        .hasMessageContaining("6 to 10");
    assertThatThrownBy(() -> ComponentConfigReader.read(Map.of("protectAdmins", List.of("yes"))))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> ComponentConfigReader.read(Map.of("other", List.of("1"))))
        .hasMessageContaining("other");
    // The console's default for a multivalued list arrives as one ##-joined value.
    assertThat(
            SettingsValidator.merge(
                    DEFAULTS,
                    ComponentConfigReader.read(Map.of("ssprMethods", List.of("email##otp"))),
                    REALM)
                .ssprMethods())
        .isEqualTo(DEFAULTS.ssprMethods());
  }

  @Test
  void expiryRemindersTakeOneToFiveDifferentDaysAndAnHour() {
    PasswordCareSettings s =
        put(
            "{\"expiryRemindersEnabled\": false, \"expiryReminderDays\": [1, 30, 7],"
                + " \"expiryReminderHour\": 0}");
    assertThat(s.expiryRemindersEnabled()).isFalse();
    assertThat(s.expiryReminderDays()).containsExactly(30, 7, 1);
    assertThat(s.expiryReminderHour()).isZero();
    assertThat(put("{\"expiryReminderDays\": [365, 1, 2, 3, 4]}").expiryReminderDays())
        .containsExactly(365, 4, 3, 2, 1);
    for (String bad :
        List.of("[]", "[0]", "[366]", "[7, 7]", "[1, 2, 3, 4, 5, 6]", "[4294967297]", "[-1]")) {
      refused("{\"expiryReminderDays\": " + bad + "}", "expiryReminderDays", "1 to 5", "1 to 365");
    }
    refused("{\"expiryReminderDays\": [\"7\"]}", "expiryReminderDays");
    refused("{\"expiryReminderDays\": 7}", "expiryReminderDays");
    refused("{\"expiryRemindersEnabled\": \"true\"}", "expiryRemindersEnabled");
    assertThat(
            SettingsValidator.merge(
                    DEFAULTS,
                    ComponentConfigReader.read(
                        Map.of(
                            "expiryReminderDays",
                            List.of("3##10"),
                            "expiryReminderHour",
                            List.of("6"))),
                    REALM)
                .expiryReminderDays())
        .containsExactly(10, 3);
    assertThatThrownBy(() -> ComponentConfigReader.read(Map.of("expiryReminderDays", List.of("x"))))
        .hasMessageContaining("expiryReminderDays");
  }

  @Test
  void registrationAndSecurityQuestionsHaveTheirRules() {
    PasswordCareSettings s =
        put(
            "{\"recoveryPhoneDefaultRegion\": \" de \", \"securityQuestionsToRegister\": 5,"
                + " \"securityQuestionsToAnswer\": 4, \"securityQuestions\": [\"q1\", \"q2\","
                + " \"q3\", \"q4\", \"q5, with a comma\"]}");
    assertThat(s.recoveryPhoneDefaultRegion()).isEqualTo("DE");
    assertThat(s.securityQuestions()).hasSize(5).contains("q5, with a comma");
    refused("{\"recoveryPhoneDefaultRegion\": \"XX\"}", "recoveryPhoneDefaultRegion", "ISO 3166");
    refused("{\"securityQuestionsToAnswer\": 4}", "securityQuestionsToAnswer", "must not exceed");
    refused("{\"securityQuestions\": [\"a\", \"b\"]}", "securityQuestions", "at least");
    assertThat(
            put("{\"securityQuestions\": [\"a\", \"b\"], \"securityQuestionsAllowCustom\": true}")
                .securityQuestions())
        .containsExactly("a", "b");
    refused("{\"securityQuestions\": [\"a\", \"a\", \"b\"]}", "securityQuestions", "different");
    refused("{\"securityQuestions\": []}", "securityQuestions", "1 to 30");
    // Admins cannot use questions, so they do not count towards the admins' two methods.
    refused(
        "{\"ssprMethods\": [\"email\", \"questions\"], \"ssprMethodsRequiredAdmins\": 2}",
        "ssprMethodsRequiredAdmins",
        "admins cannot use them");
  }

  @Test
  void everyTabFieldHasALabelKeyAndHelp() {
    assertThat(SettingsTabProperties.properties())
        .extracting(p -> p.getName())
        .containsExactlyElementsOf(SettingsConfig.toConfig(DEFAULTS).keySet());
    assertThat(SettingsTabProperties.properties())
        .allSatisfy(
            p -> {
              assertThat(p.getLabel()).startsWith("passwordCareSettings");
              assertThat(p.getHelpText()).isEqualTo(p.getLabel() + "Help");
            });
  }
}
