package io.github.passwordcare.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientsTest {

  @Test
  void aVerifiedAlternateAddressIsARecipient() {
    assertThat(Recipients.alternateAddress("a@example.org", "b@example.org", "true"))
        .contains("b@example.org");
  }

  @Test
  void anUnverifiedOrMissingAlternateAddressIsNot() {
    assertThat(Recipients.alternateAddress("a@example.org", "b@example.org", "false")).isEmpty();
    assertThat(Recipients.alternateAddress("a@example.org", "b@example.org", null)).isEmpty();
    assertThat(Recipients.alternateAddress("a@example.org", " ", "true")).isEmpty();
    assertThat(Recipients.alternateAddress("a@example.org", null, "true")).isEmpty();
  }

  @Test
  void theSameMailboxIsNotMailedTwice() {
    assertThat(Recipients.alternateAddress("A@Example.org", "a@example.ORG ", "true")).isEmpty();
  }

  @Test
  void aUserWithoutPrimaryAddressStillHearsAtTheAlternate() {
    assertThat(Recipients.alternateAddress(null, "b@example.org", "true"))
        .contains("b@example.org");
  }
}
