package io.github.passwordcare.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SQL side of "registered" against sspr/RegisteredMethods, method by method. */
class MethodConditionsTest {

  @Test
  void eachMethodReadsWhatSsprReads() {
    assertThat(MethodConditions.condition(SsprMethod.EMAIL))
        .isEqualTo("u.emailVerified = true and u.email is not null and u.email <> ''");
    assertThat(MethodConditions.condition(SsprMethod.RECOVERY_EMAIL))
        .contains("name = '" + RecoveryAttributes.EMAIL_VERIFIED + "'", "value = 'true'")
        .contains("name = '" + RecoveryAttributes.EMAIL + "'", "value <> ''");
    assertThat(MethodConditions.condition(SsprMethod.SMS))
        .contains("name = '" + RecoveryAttributes.PHONE_VERIFIED + "'", "value = 'true'")
        .contains("name = '" + RecoveryAttributes.PHONE + "'");
    assertThat(MethodConditions.condition(SsprMethod.OTP))
        .contains("from CredentialEntity", "type = 'otp'");
    assertThat(MethodConditions.condition(SsprMethod.QUESTIONS))
        .contains("type = '" + RecoveryAttributes.SECURITY_QUESTIONS_TYPE + "'");
  }

  @Test
  void countAddsOneTermPerMethod() {
    assertThat(MethodConditions.count(Set.of())).isEqualTo("0");
    String two = MethodConditions.count(EnumSet.of(SsprMethod.OTP, SsprMethod.EMAIL));
    assertThat(two.split(" \\+ ")).hasSize(2);
    assertThat(two)
        .startsWith("(case when " + MethodConditions.condition(SsprMethod.EMAIL))
        .doesNotContain(RecoveryAttributes.PHONE);
    assertThat(MethodConditions.count(EnumSet.allOf(SsprMethod.class)).split(" \\+ "))
        .hasSize(SsprMethod.values().length);
  }

  @Test
  void countedMethodsFollowRegisteredMethodsFilters() {
    PasswordCareSettings settings = PasswordCareSettings.defaults();
    Set<SsprMethod> users = RegistrationCoverage.counted(settings, true, false);
    assertThat(users).isEqualTo(settings.ssprMethods());
    assertThat(RegistrationCoverage.counted(settings, false, false))
        .doesNotContain(SsprMethod.SMS)
        .isSubsetOf(settings.ssprMethods());
    assertThat(RegistrationCoverage.counted(settings, true, true))
        .doesNotContain(SsprMethod.QUESTIONS);
  }
}
