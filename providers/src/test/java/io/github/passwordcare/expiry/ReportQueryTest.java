package io.github.passwordcare.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportQueryTest {

  @Test
  void defaultsToFourteenDaysTheFirstHundredNotYetExpired() {
    ReportQuery q = ReportQuery.parse(null, null, null, null);
    assertThat(q).isEqualTo(new ReportQuery(14, 0, null, false));
    assertThat(q.pageSize()).isEqualTo(100);
  }

  @Test
  void takesTheLimitsOfEachParameter() {
    assertThat(ReportQuery.parse("0", "0", "1", "true")).isEqualTo(new ReportQuery(0, 0, 1, true));
    assertThat(ReportQuery.parse("3650", "2147483647", "1000", "false"))
        .isEqualTo(new ReportQuery(3650, Integer.MAX_VALUE, 1000, false));
  }

  @Test
  void refusesNegativeNonNumericAndTooLargeValues() {
    for (String[] bad :
        new String[][] {
          {"-1", null, null, null},
          {"3651", null, null, null},
          {"abc", null, null, null},
          {"1.5", null, null, null},
          {"", null, null, null},
          {null, "-1", null, null},
          {null, "2147483648", null, null},
          {null, null, "1001", null},
          {null, null, "0", null},
          {null, null, null, "yes"},
          {null, null, null, "TRUE"},
        }) {
      assertThatThrownBy(() -> ReportQuery.parse(bad[0], bad[1], bad[2], bad[3]))
          .isInstanceOf(ReportQuery.InvalidReportQueryException.class)
          .hasMessageContaining(
              bad[0] != null
                  ? "withinDays"
                  : bad[1] != null ? "first" : bad[2] != null ? "max" : "expired");
    }
  }
}
