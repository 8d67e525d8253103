package io.github.passwordcare.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.contact.ContactInput.Checked;
import org.junit.jupiter.api.Test;

class ContactInputTest {

  @Test
  void anAlternateAddressIsTrimmedAndKept() {
    Checked checked = ContactInput.email("  alice.private@example.nl ", "alice@example.com");
    assertThat(checked.contact()).contains("alice.private@example.nl");
    assertThat(checked.errorKey()).isNull();
  }

  @Test
  void theAccountsOwnAddressIsRefusedWhateverItsCase() {
    assertThat(ContactInput.email("Alice@Example.COM", "alice@example.com").errorKey())
        .isEqualTo("passwordCareContactsSameAsPrimary");
  }

  @Test
  void somethingThatIsNoAddressIsRefused() {
    for (String typed : new String[] {"", "   ", "alice", "alice@", "a b@example.nl", "a@b@c.nl"}) {
      assertThat(ContactInput.email(typed, null).errorKey())
          .as(typed)
          .isEqualTo("passwordCareContactsInvalidEmail");
    }
    assertThat(ContactInput.email("a@" + "x".repeat(260) + ".nl", null).errorKey())
        .isEqualTo("passwordCareContactsInvalidEmail");
  }

  @Test
  void aPhoneIsStoredInE164() {
    assertThat(ContactInput.phone("+31 6 12345678", "NL").contact()).contains("+31612345678");
    assertThat(ContactInput.phone("06 12345678", "NL").contact()).contains("+31612345678");
    assertThat(ContactInput.phone("0612345678", "BE").contact()).isEmpty();
  }

  @Test
  void notAPhoneALandlineAndANationalNumberWithoutRegionAreRefused() {
    assertThat(ContactInput.phone("not a phone", "NL").errorKey())
        .isEqualTo("passwordCareContactsInvalidPhone");
    // +31 20 is Amsterdam's fixed-line area: it cannot receive a text.
    assertThat(ContactInput.phone("+31 20 123 4567", "NL").errorKey())
        .isEqualTo("passwordCareContactsInvalidPhone");
    assertThat(ContactInput.phone("06 12345678", "").errorKey())
        .isEqualTo("passwordCareContactsInvalidPhone");
  }
}
