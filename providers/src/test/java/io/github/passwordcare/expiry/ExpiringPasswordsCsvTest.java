package io.github.passwordcare.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiringPasswordsCsvTest {

  @Test
  void writesOneGuardedLinePerUser() {
    ExpiringPassword row =
        new ExpiringPassword(
            "id-1",
            "=cmd|' /C calc'!A0",
            "a;@x@example.test",
            "2026-09-01T10:00:00Z",
            "2026-11-30T10:00:00Z",
            4,
            false,
            true,
            "group:/ops,break-glass");
    assertThat(ExpiringPasswordsCsv.line(row))
        .isEqualTo(
            "id-1,'=cmd|' /C calc'!A0,a;'@x@example.test,2026-09-01T10:00:00Z,"
                + "2026-11-30T10:00:00Z,4,false,true,\"group:/ops,break-glass\"\r\n");
  }
}
