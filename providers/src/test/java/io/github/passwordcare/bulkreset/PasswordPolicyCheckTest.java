package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.policy.PasswordPolicyProviderFactory;

class PasswordPolicyCheckTest {

  /** Every rule Keycloak ships, by id, as its jar on the test classpath lists them. */
  private static Set<String> keycloakRules() {
    return ServiceLoader.load(PasswordPolicyProviderFactory.class).stream()
        .map(p -> p.get().getId())
        .collect(Collectors.toSet());
  }

  @Test
  void everyKeycloakRuleIsEitherCredentialBlindOrAHistoryRule() {
    // A Keycloak upgrade that adds a rule fails here until someone reads it and sorts it in.
    assertThat(keycloakRules())
        .hasSize(18)
        .containsExactlyInAnyOrderElementsOf(
            union(PasswordPolicyCheck.CREDENTIAL_BLIND_RULES, PasswordPolicyCheck.HISTORY_RULES));
    assertThat(PasswordPolicyCheck.CREDENTIAL_BLIND_RULES)
        .doesNotContainAnyElementsOf(PasswordPolicyCheck.HISTORY_RULES);
  }

  @Test
  void generatedPasswordsSkipOnlyTheHistoryComparisons() {
    assertThat(PasswordPolicyCheck.forGeneratedPassword("passwordHistory")).isFalse();
    assertThat(PasswordPolicyCheck.forGeneratedPassword("passwordAge")).isFalse();
    for (String rule : List.of("length", "notUsername", "regexPattern", "passwordBlacklist")) {
      assertThat(PasswordPolicyCheck.forGeneratedPassword(rule)).as(rule).isTrue();
    }
    // A rule from an extension is enforced: only the two known comparisons are skipped.
    assertThat(PasswordPolicyCheck.forGeneratedPassword("password-care-expiry")).isTrue();
  }

  @Test
  void aDryRunChecksOnlyRulesThatReadNoStoredCredential() {
    assertThat(PasswordPolicyCheck.forDryRun("length")).isTrue();
    assertThat(PasswordPolicyCheck.forDryRun("notEmail")).isTrue();
    assertThat(PasswordPolicyCheck.forDryRun("passwordHistory")).isFalse();
    assertThat(PasswordPolicyCheck.forDryRun("passwordAge")).isFalse();
    // Unknown to us, so it might read anything: left to the real reset.
    assertThat(PasswordPolicyCheck.forDryRun("some-extension-rule")).isFalse();
  }

  @Test
  void listsTheRulesADryRunLeavesOut() {
    assertThat(
            PasswordPolicyCheck.notCheckedInDryRun(
                List.of("length", "passwordHistory", "upperCase", "passwordAge", "custom")))
        .containsExactly("custom", "passwordAge", "passwordHistory");
    assertThat(PasswordPolicyCheck.notCheckedInDryRun(List.of("length", "digits"))).isEmpty();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }
}
