package io.github.passwordcare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreshPasswordsTest {

  @Test
  void meetsTheDemoRealmPolicy() {
    FreshPasswords passwords = new FreshPasswords(new Random(42));
    for (int i = 0; i < 200; i++) {
      String p = passwords.next();
      assertThat(p).hasSizeGreaterThanOrEqualTo(12);
      assertThat(p).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]");
      assertThat(p).containsPattern("[^A-Za-z0-9]");
      assertThat(p).doesNotContain("bulk", "stock", "warmup");
    }
  }

  @Test
  void eachPhaseGetsANewOne() {
    FreshPasswords passwords = new FreshPasswords();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      seen.add(passwords.next());
    }
    assertThat(seen).hasSize(50);
  }
}
