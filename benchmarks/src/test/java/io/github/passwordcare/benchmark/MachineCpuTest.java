package io.github.passwordcare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineCpuTest {

  @Test
  void busyShareBetweenTwoSamples() {
    MachineCpu before = MachineCpu.parse("cpu  586267 3294 112837 196280 943 0 1886 0 0 0");
    MachineCpu after = MachineCpu.parse("cpu  586317 3294 112837 196328 945 0 1886 0 0 0");

    // 50 busy jiffies out of 100.
    assertThat(after.busySince(before)).isEqualTo("50 %");
  }

  @Test
  void stealIsBusyAndShownApart() {
    MachineCpu before = MachineCpu.parse("cpu  100 0 0 100 0 0 0 10 0 0");
    MachineCpu after = MachineCpu.parse("cpu  150 0 0 130 0 0 0 30 0 0");

    // 70 busy jiffies (50 user + 20 steal) out of 100.
    assertThat(after.busySince(before)).isEqualTo("70 % (of it stolen by the hypervisor: 20 %)");
  }

  @Test
  void noTimeGoneIsNotAPercentage() {
    MachineCpu same = MachineCpu.parse("cpu  1 2 3 4 5 6 7 8 0 0");

    assertThat(same.busySince(same)).isEqualTo("n/a");
  }
}
