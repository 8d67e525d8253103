package io.github.passwordcare.benchmark.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryPoliciesTest {

  private static final String DEMO =
      "length(12) and upperCase(1) and passwordHistory(3) and notUsername(undefined)";

  @Test
  void withoutHistoryKeepsEveryOtherRule() {
    assertThat(HistoryPolicies.withoutHistory(DEMO))
        .isEqualTo("length(12) and upperCase(1) and notUsername(undefined)");
  }

  @Test
  void withHistoryHasExactlyOneHistoryRuleOfThree() {
    assertThat(HistoryPolicies.withHistory("length(8) and passwordHistory(5)"))
        .isEqualTo("length(8) and passwordHistory(3)");
    assertThat(HistoryPolicies.withHistory("")).isEqualTo("passwordHistory(3)");
  }

  @Test
  void emptyPolicyStaysEmptyWithoutHistory() {
    assertThat(HistoryPolicies.withoutHistory(null)).isEmpty();
    assertThat(HistoryPolicies.withoutHistory("passwordHistory(3)")).isEmpty();
  }
}
