package io.github.passwordcare.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.settings.PasswordCareSettings.SsprScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsConfigTest {

  private final List<String> warnings = new ArrayList<>();

  private PasswordCareSettings read(Map<String, List<String>> config) {
    return SettingsConfig.fromConfig(config, (field, problem) -> warnings.add(field));
  }

  @Test
  void emptyConfigIsTheDefaultsWithoutWarnings() {
    assertThat(read(Map.of())).isEqualTo(PasswordCareSettings.defaults());
    assertThat(warnings).isEmpty();
  }

  @Test
  void roundTripKeepsEveryField() {
    PasswordCareSettings s =
        new PasswordCareSettings(
            SsprScope.GROUP,
            "/pilot/sub",
            Set.of(SsprMethod.SMS, SsprMethod.RECOVERY_EMAIL),
            2,
            1,
            10,
            900,
            true,
            10,
            50,
            168,
            50,
            1,
            60,
            "mailto:help@example.org",
            "Call 1234",
            false,
            true,
            List.of("manage-users"),
            "/admins",
            false,
            false,
            List.of(30, 3),
            23,
            false,
            0,
            10,
            "BE",
            5,
            4,
            true,
            List.of("In what city, in which year, did you marry?", "passwordCareQuestionFirstPet"));
    assertThat(read(SettingsConfig.toConfig(s))).isEqualTo(s);
    assertThat(read(SettingsConfig.toConfig(PasswordCareSettings.defaults())))
        .isEqualTo(PasswordCareSettings.defaults());
    assertThat(warnings).isEmpty();
  }

  @Test
  void invalidRegistrationAndQuestionValuesFallBackToTheirDefaults() {
    PasswordCareSettings d = PasswordCareSettings.defaults();
    PasswordCareSettings s =
        read(
            Map.of(
                "recoveryPhoneDefaultRegion", List.of("XX"),
                "registrationReconfirmDays", List.of("731"),
                "securityQuestionsToRegister", List.of("2"),
                "securityQuestions", List.of("a", "a")));
    assertThat(s.recoveryPhoneDefaultRegion()).isEqualTo(d.recoveryPhoneDefaultRegion());
    assertThat(s.registrationReconfirmDays()).isEqualTo(d.registrationReconfirmDays());
    assertThat(s.securityQuestionsToRegister()).isEqualTo(d.securityQuestionsToRegister());
    assertThat(s.securityQuestions()).isEqualTo(d.securityQuestions());
    assertThat(warnings).hasSize(4);
  }

  @Test
  void expiryReminderDaysAreReadInAnyOrderAndStoredLargestFirst() {
    assertThat(read(Map.of("expiryReminderDays", List.of("1", "30", "7"))).expiryReminderDays())
        .containsExactly(30, 7, 1);
    assertThat(read(Map.of("expiryReminderDays", List.of("2##5"))).expiryReminderDays())
        .containsExactly(5, 2);
    assertThat(warnings).isEmpty();
    for (List<String> bad :
        List.of(
            List.of("0"),
            List.of("366"),
            List.of("x"),
            List.of("7", "7"),
            List.of("1", "2", "3", "4", "5", "6"),
            List.<String>of())) {
      assertThat(read(Map.of("expiryReminderDays", bad)).expiryReminderDays())
          .as(bad.toString())
          .isEqualTo(PasswordCareSettings.defaults().expiryReminderDays());
    }
    assertThat(warnings).hasSize(6).containsOnly("expiryReminderDays");
  }

  @Test
  void eachInvalidStoredValueFallsBackToItsDefaultWithAWarning() {
    Map<String, List<String>> config = new HashMap<>();
    config.put("ssprScope", List.of("everyone"));
    config.put("ssprCodeLength", List.of("5"));
    config.put("ssprLockoutHours", List.of("many"));
    config.put("ssprRevealRegisteredMethods", List.of("yes"));
    config.put("ssprMethods", List.of("email", "pigeon"));
    config.put("helpDeskUrl", List.of("javascript:alert(1)"));
    config.put("adminGroup", List.of("no-slash"));
    config.put("adminRoles", List.of());
    config.put("ssprSessionMinutes", List.of("30"));
    PasswordCareSettings s = read(config);
    PasswordCareSettings d = PasswordCareSettings.defaults();
    assertThat(s.ssprScope()).isEqualTo(d.ssprScope());
    assertThat(s.ssprCodeLength()).isEqualTo(d.ssprCodeLength());
    assertThat(s.ssprLockoutHours()).isEqualTo(d.ssprLockoutHours());
    assertThat(s.ssprRevealRegisteredMethods()).isEqualTo(d.ssprRevealRegisteredMethods());
    assertThat(s.ssprMethods()).isEqualTo(d.ssprMethods());
    assertThat(s.helpDeskUrl()).isEqualTo(d.helpDeskUrl());
    assertThat(s.adminGroup()).isEqualTo(d.adminGroup());
    assertThat(s.adminRoles()).isEqualTo(d.adminRoles());
    assertThat(s.ssprSessionMinutes()).isEqualTo(30);
    assertThat(warnings)
        .containsExactlyInAnyOrder(
            "ssprScope",
            "ssprCodeLength",
            "ssprLockoutHours",
            "ssprRevealRegisteredMethods",
            "ssprMethods",
            "helpDeskUrl",
            "adminGroup",
            "adminRoles");
  }

  @Test
  void adminRolesReadInOneOrderWhateverOrderTheStoreKeeps() {
    List<String> shuffled =
        List.of(
            "manage-authorization",
            "zz-custom",
            "impersonation",
            "manage-users",
            "realm-admin",
            "manage-clients",
            "manage-realm");
    assertThat(read(Map.of("adminRoles", shuffled)).adminRoles())
        .containsExactly(
            "realm-admin",
            "manage-realm",
            "manage-users",
            "manage-clients",
            "manage-authorization",
            "impersonation",
            "zz-custom");
    assertThat(SettingsRules.canonicalRoles(PasswordCareSettings.DEFAULT_ADMIN_ROLES))
        .isEqualTo(PasswordCareSettings.DEFAULT_ADMIN_ROLES);
  }

  @Test
  void listsSavedAsOneJoinedValueReadTheSame() {
    PasswordCareSettings s =
        read(Map.of("ssprMethods", List.of("sms##otp"), "adminRoles", List.of("a,b", "b")));
    assertThat(s.ssprMethods()).containsExactlyInAnyOrder(SsprMethod.SMS, SsprMethod.OTP);
    assertThat(s.adminRoles()).containsExactly("a", "b");
    assertThat(warnings).isEmpty();
  }
}
