package io.github.passwordcare.it.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.MailParts;
import io.github.passwordcare.it.PasswordCareServerConfig;
import io.github.passwordcare.it.ServerLog;
import io.github.passwordcare.it.sms.SmsStub;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The recovery-contacts page signed in as a user for whom it is pending: a phone and an alternate
 * address added with codes to the new contacts, stored only after the right code; bad input, wrong
 * codes and too many requests refused with nothing stored; remove; "These are correct".
 */
@KeycloakIntegrationTest(config = PasswordCareServerConfig.class)
class RecoveryContactsPageIT extends AbstractContactsPageIT {

  @Test
  void aPhoneAndAnAlternateAddressAreStoredOnlyAfterTheirCodes() throws Exception {
    long logOffset = ServerLog.size();
    String id = userWithPagePending("contacts-add");
    String phone = newPhone();
    String address = altAddress("contacts-add");
    String smsCode;
    String mailCode;
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      assertThat(browser.has("kc-recovery-contacts-form")).as(browser.text()).isTrue();
      assertThat(browser.text()).contains("Keep your account recoverable");
      assertThat(browser.textOf("password-care-contacts-value-phone")).isEqualTo("Not set");

      browser.add("phone", typed(phone));
      assertThat(browser.textOf("password-care-contacts-code-intro"))
          .isEqualTo(
              "We sent a code to +31 6 ***** "
                  + phone.substring(phone.length() - 2)
                  + ". Enter it here to confirm that it reaches you.");
      SmsStub.Text text = gateway.awaitText(phone, 1, Duration.ofSeconds(10));
      smsCode = SmsStub.codeIn(text).orElseThrow();
      assertThat(smsCode).hasSize(8);
      assertThat(text.text()).contains("code to add this phone");
      assertThat(attribute(id, "recoveryPhone")).as("stored before the code").isNull();
      browser.code(smsCode);
      assertThat(browser.alert()).isEqualTo("Your mobile phone is saved.");
      assertThat(attribute(id, "recoveryPhone")).isEqualTo(phone);
      assertThat(attribute(id, "recoveryPhoneVerified")).isEqualTo("true");

      browser.add("email", address);
      MimeMessage message = ContactsMail.next(mail, address, 0);
      assertThat(message.getSubject()).isEqualTo("Your verification code");
      mailCode = ContactsMail.codeIn(message);
      // The primary gets no code, only the notice that the phone was added (notify listener).
      assertThat(ContactsMail.subjects(mail, email(id)))
          .as("the primary")
          .containsExactly("Your recovery methods were changed");
      assertThat(attribute(id, "recoveryEmail")).isNull();
      browser.code(mailCode);
      assertThat(browser.alert()).isEqualTo("Your alternate email address is saved.");
      assertThat(attribute(id, "recoveryEmail")).isEqualTo(address);
      assertThat(attribute(id, "recoveryEmailVerified")).isEqualTo("true");
      assertThat(browser.textOf("password-care-contacts-value-email")).startsWith("c***@p***.");
      ContactsMail.next(mail, email(id), 1);
      assertThat(ContactsMail.subjects(mail, email(id)))
          .as("one notice per change, to the primary only")
          .containsExactly(
              "Your recovery methods were changed", "Your recovery methods were changed");
      assertThat(MailParts.text(ContactsMail.to(mail, email(id)).get(1)))
          .contains("an alternate email address was added")
          .doesNotContain(address, mailCode);
      assertThat(browser.text()).doesNotContain(address).doesNotContain(phone.substring(3, 10));

      browser.press("password-care-contacts-confirm");
      assertThat(browser.signedIn()).as(browser.url()).isTrue();
    }
    long confirmedAt = Long.parseLong(attribute(id, CONFIRMED_AT));
    assertThat(confirmedAt).isBetween(System.currentTimeMillis() / 1000 - 120, Long.MAX_VALUE);
    assertThat(attribute(id, REMIND_LATER_COUNT)).isEqualTo("0");
    assertThat(user(id).toRepresentation().getRequiredActions()).isEmpty();

    List<EventRepresentation> events = eventsOf(id);
    assertThat(events)
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_contacts_change", "phone_added")
                    .containsEntry("custom_required_action", ContactsBrowser.ACTION)
                    .hasEntrySatisfying("password_care_contact", c -> assertThat(c).contains("*")))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_contacts_change", "email_added"))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_contacts_change", "confirmed"));
    assertThat(events.stream().map(e -> String.valueOf(e.getDetails())).toList().toString())
        .doesNotContain(smsCode)
        .doesNotContain(mailCode)
        .doesNotContain(phone)
        .doesNotContain(address);
    assertThat(ServerLog.linesSince(logOffset))
        .noneMatch(
            l ->
                l.contains(smsCode)
                    || l.contains(mailCode)
                    || l.contains(phone)
                    || l.contains(phone.substring(3))
                    || l.contains(address));
  }

  @Test
  void aWrongCodeIsRefusedAndTheCodeIsUsedUpAfterTheAllowedAttempts() throws Exception {
    settings(Map.of("ssprMaxCodeAttempts", 2));
    String id = userWithPagePending("contacts-wrong");
    String address = altAddress("contacts-wrong");
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      browser.add("email", address);
      String code = ContactsMail.codeIn(ContactsMail.next(mail, address, 0));
      String wrong = code.equals("00000000") ? "11111111" : "00000000";
      browser.code(wrong);
      assertThat(browser.alert()).isEqualTo("That code is not right. Try again.");
      assertThat(browser.has("password-care-contacts-code-form")).isTrue();
      browser.code(wrong);
      assertThat(browser.alert())
          .isEqualTo("The code was entered wrongly too often. Send a new one.");
      assertThat(browser.has("password-care-contacts-contact-form")).isTrue();
      assertThat(attribute(id, "recoveryEmail")).isNull();
      // The used-up code is gone: the typed contact is offered again, and only a new code counts.
      browser.send(address);
      String second = ContactsMail.codeIn(ContactsMail.next(mail, address, 1));
      browser.code(second);
      assertThat(attribute(id, "recoveryEmail")).isEqualTo(address);
    }
  }

  @Test
  void anExpiredCodeIsRefusedAndNothingIsStored() throws Exception {
    settings(Map.of("ssprCodeLifetimeSeconds", 60));
    String id = userWithPagePending("contacts-expired");
    String phone = newPhone();
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      browser.add("phone", phone);
      String code =
          SmsStub.codeIn(gateway.awaitText(phone, 1, Duration.ofSeconds(10))).orElseThrow();
      Thread.sleep(61_000);
      browser.code(code);
      assertThat(browser.alert()).isEqualTo("The code has expired. Send a new one.");
      assertThat(browser.has("password-care-contacts-contact-form")).isTrue();
    }
    assertThat(attribute(id, "recoveryPhone")).isNull();
    assertThat(attribute(id, "recoveryPhoneVerified")).isNull();
  }

  @Test
  void tooManyCodeRequestsAreRefusedAndNothingIsSent() throws Exception {
    settings(Map.of("ssprMaxEmailsPer10Minutes", 2));
    String id = userWithPagePending("contacts-throttle");
    String address = altAddress("contacts-throttle");
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      browser.add("email", address);
      ContactsMail.next(mail, address, 0);
      browser.press("password-care-contacts-back").add("email", address);
      ContactsMail.next(mail, address, 1);
      browser.press("password-care-contacts-back").add("email", address);
      assertThat(browser.alert())
          .isEqualTo("Too many codes were requested for this account. Try again later.");
      assertThat(browser.has("password-care-contacts-contact-form")).isTrue();
    }
    Thread.sleep(1000);
    assertThat(ContactsMail.to(mail, address)).hasSize(2);
    assertThat(attribute(id, "recoveryEmail")).isNull();
  }

  @Test
  void badContactsAreRefusedWithNothingSentOrStored() throws Exception {
    String id = userWithPagePending("contacts-bad");
    String primary = email(id);
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      browser.add("email", primary.toUpperCase(java.util.Locale.ROOT));
      assertThat(browser.alert())
          .isEqualTo("Enter an address other than your account's own email address.");
      browser.send("not an address");
      assertThat(browser.alert()).isEqualTo("Enter a valid email address.");
      browser.press("password-care-contacts-back").add("phone", "not a phone");
      assertThat(browser.alert())
          .isEqualTo("Enter a valid mobile phone number, such as +31 6 12345678.");
      // Amsterdam's fixed-line area: a valid number that cannot receive a text.
      browser.send("+31 20 123 4567");
      assertThat(browser.alert())
          .isEqualTo("Enter a valid mobile phone number, such as +31 6 12345678.");
    }
    assertThat(ContactsMail.to(mail, primary)).isEmpty();
    assertThat(attribute(id, "recoveryEmail")).isNull();
    assertThat(attribute(id, "recoveryPhone")).isNull();
  }

  @Test
  void aTypedNumberIsStoredInE164() throws Exception {
    String id = userWithPagePending("contacts-e164");
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      browser.add("phone", "+31 6 12345678");
      String code =
          SmsStub.codeIn(gateway.awaitText("+31612345678", 1, Duration.ofSeconds(10)))
              .orElseThrow();
      browser.code(code);
    }
    assertThat(attribute(id, "recoveryPhone")).isEqualTo("+31612345678");
  }

  @Test
  void removeClearsTheContactAndItsFlag() throws Exception {
    String id = userWithPagePending("contacts-remove");
    String phone = newPhone();
    setAttributes(id, Map.of("recoveryPhone", phone, "recoveryPhoneVerified", "true"));
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      browser.press("password-care-contacts-remove-phone");
      assertThat(browser.alert()).isEqualTo("Your mobile phone is removed.");
      assertThat(browser.has("password-care-contacts-add-phone")).isTrue();
    }
    assertThat(attribute(id, "recoveryPhone")).isNull();
    assertThat(attribute(id, "recoveryPhoneVerified")).isNull();
    assertThat(eventsOf(id))
        .anySatisfy(
            e ->
                assertThat(e.getDetails())
                    .containsEntry("password_care_contacts_change", "phone_removed")
                    .containsEntry("password_care_contact", "+31 6 ***** " + phone.substring(10)));
  }

  @Test
  void anAdminCannotConfirmWithOneMethod() throws Exception {
    String id = userWithPagePending("contacts-admin");
    makeAdmin(id);
    try (ContactsBrowser browser = browser().signIn(username(id), "en")) {
      assertThat(browser.textOf("password-care-contacts-needed"))
          .isEqualTo("A password reset needs 2 of these methods from you; you have 1.");
      browser.press("password-care-contacts-confirm");
      assertThat(browser.alert())
          .isEqualTo("A password reset needs 2 methods from you and you have 1. Add one first.");
      assertThat(browser.signedIn()).isFalse();
    }
    assertThat(attribute(id, CONFIRMED_AT)).isNull();
  }
}
