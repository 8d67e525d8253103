package io.github.passwordcare.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.policy.PasswordPolicyProviderFactory;

class PasswordPolicyCheckTest {

  /**
   * Every rule Keycloak ships, by id, as its jar on the test classpath lists them (our own expiry
   * rules are on the classpath too: they are not Keycloak's).
   */
  private static Set<String> keycloakRules() {
    return ServiceLoader.load(PasswordPolicyProviderFactory.class).stream()
        .filter(p -> p.type().getName().startsWith("org.keycloak."))
        .map(p -> p.get().getId())
        .collect(Collectors.toSet());
  }

  @Test
  void everyKeycloakRuleIsEitherUserBlindOrAHistoryOrAUserDataRule() {
    // A Keycloak upgrade that adds a rule fails here until someone reads it and sorts it in.
    assertThat(keycloakRules())
        .hasSize(18)
        .containsExactlyInAnyOrderElementsOf(
            union(
                PasswordPolicyCheck.USER_BLIND_RULES,
                union(PasswordPolicyCheck.HISTORY_RULES, PasswordPolicyCheck.USER_DATA_RULES)));
    assertThat(PasswordPolicyCheck.USER_BLIND_RULES)
        .doesNotContainAnyElementsOf(PasswordPolicyCheck.HISTORY_RULES)
        .doesNotContainAnyElementsOf(PasswordPolicyCheck.USER_DATA_RULES);
  }

  @Test
  void ourOwnRulesAreUserBlindSoADryRunChecksThemAndDoesNotListThemAsUnchecked() {
    Set<String> ours =
        ServiceLoader.load(PasswordPolicyProviderFactory.class).stream()
            .filter(p -> p.type().getName().startsWith("io.github.passwordcare."))
            .map(p -> p.get().getId())
            .collect(Collectors.toSet());
    assertThat(ours).isNotEmpty().isEqualTo(PasswordPolicyCheck.OWN_RULES_THAT_NEVER_REFUSE);
    assertThat(ours).allMatch(PasswordPolicyCheck::forDryRun);
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
  void aDryRunChecksOnlyRulesThatReadNothingOfTheUser() {
    assertThat(PasswordPolicyCheck.forDryRun("length")).isTrue();
    assertThat(PasswordPolicyCheck.forDryRun("passwordBlacklist")).isTrue();
    // These would reveal the email or username of a user the caller may not view.
    assertThat(PasswordPolicyCheck.forDryRun("notEmail")).isFalse();
    assertThat(PasswordPolicyCheck.forDryRun("notUsername")).isFalse();
    assertThat(PasswordPolicyCheck.forDryRun("notContainsUsername")).isFalse();
    assertThat(PasswordPolicyCheck.forDryRun("passwordHistory")).isFalse();
    assertThat(PasswordPolicyCheck.forDryRun("passwordAge")).isFalse();
    // Unknown to us, so it might read anything: left to the real reset.
    assertThat(PasswordPolicyCheck.forDryRun("some-extension-rule")).isFalse();
    // Our expiry rules hold numbers only and never refuse a password.
    assertThat(PasswordPolicyCheck.forDryRun("password-care-expiry")).isTrue();
    assertThat(PasswordPolicyCheck.forDryRun("password-care-expiry-notice")).isTrue();
  }

  @Test
  void listsTheRulesADryRunLeavesOut() {
    assertThat(
            PasswordPolicyCheck.notCheckedInDryRun(
                List.of(
                    "length", "passwordHistory", "notEmail", "upperCase", "passwordAge", "custom")))
        .containsExactly("custom", "notEmail", "passwordAge", "passwordHistory");
    assertThat(PasswordPolicyCheck.notCheckedInDryRun(List.of("length", "digits"))).isEmpty();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }
}
