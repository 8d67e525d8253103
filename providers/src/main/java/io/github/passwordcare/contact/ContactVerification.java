package io.github.passwordcare.contact;

import io.github.passwordcare.contact.ContactCodeSender.Outcome;
import io.github.passwordcare.contact.ContactInput.Checked;
import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.sspr.CodeChannel.CodeDeliveryException;
import io.github.passwordcare.sspr.SsprCode;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Adding or changing a contact: the user types it, it is checked ({@link ContactInput}), a code
 * goes to it ({@link ContactCodeSender}), and only the right code, in time, within {@code
 * ssprMaxCodeAttempts} tries, stores it with its verified flag. Every refusal leaves the stored
 * contacts as they were.
 */
final class ContactVerification {

  private static final Logger LOG = Logger.getLogger(ContactVerification.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RequiredActionContext context;
  private final PasswordCareSettings settings;
  private final ContactsView view;

  ContactVerification(
      RequiredActionContext context, PasswordCareSettings settings, ContactsView view) {
    this.context = context;
    this.settings = settings;
    this.view = view;
  }

  /** "Add" or "Change": the form to type the new contact. */
  Response start(String kind) {
    return ContactKind.of(kind)
        .map(k -> view.contact(k, "", null))
        .orElseGet(() -> view.main(null, null));
  }

  /** "Send code": checks the typed contact, takes one send from the allowance, sends. */
  Response send(String kindValue, String typed) {
    Optional<ContactKind> kind = ContactKind.of(kindValue);
    if (kind.isEmpty()) {
      return view.main(null, null);
    }
    UserModel user = context.getUser();
    Checked checked =
        ContactInput.check(
            kind.get(), typed, user.getEmail(), settings.recoveryPhoneDefaultRegion());
    if (checked.contact().isEmpty()) {
      return view.contact(kind.get(), typed, checked.errorKey());
    }
    String contact = checked.contact().get();
    String code = SsprCode.generate(RANDOM, settings.ssprCodeLength());
    AuthenticationSessionModel auth = context.getAuthenticationSession();
    PendingCode.clear(auth);
    try {
      Outcome outcome =
          new ContactCodeSender(context.getSession(), context.getRealm(), settings)
              .send(user, kind.get(), contact, code);
      if (outcome == Outcome.THROTTLED) {
        return view.contact(kind.get(), typed, "passwordCareContactsTooManyCodes");
      }
    } catch (CodeDeliveryException e) {
      LOG.warnf(
          "Recovery contacts: a %s code for user %s could not be sent (%s)",
          kind.get().value(), user.getId(), e.getMessage());
      return view.contact(kind.get(), typed, "passwordCareContactsSendFailed");
    }
    long expiresAt = Time.currentTime() + (long) settings.ssprCodeLifetimeSeconds();
    new PendingCode(kind.get(), contact, SsprCode.hash(RANDOM, code), expiresAt, 0).save(auth);
    return view.code(kind.get(), contact, null);
  }

  /** "Verify": the right code stores the contact; wrong, expired or used up, it does not. */
  Response verify(String typedCode) {
    AuthenticationSessionModel auth = context.getAuthenticationSession();
    Optional<PendingCode> read = PendingCode.read(auth);
    if (read.isEmpty()) {
      return view.main("passwordCareContactsCodeExpired", null);
    }
    PendingCode pending = read.get();
    if (pending.expired(Time.currentTime())) {
      PendingCode.clear(auth);
      return view.contact(pending.kind(), pending.contact(), "passwordCareContactsCodeExpired");
    }
    if (!pending.matches(typedCode)) {
      PendingCode wrong = pending.withOneMoreWrong();
      if (wrong.wrong() >= settings.ssprMaxCodeAttempts()) {
        PendingCode.clear(auth);
        return view.contact(pending.kind(), pending.contact(), "passwordCareContactsCodeUsedUp");
      }
      wrong.save(auth);
      return view.code(pending.kind(), pending.contact(), "passwordCareContactsCodeInvalid");
    }
    PendingCode.clear(auth);
    UserModel user = context.getUser();
    ContactKind kind = pending.kind();
    String verb = kind.stored(user).isPresent() ? "changed" : "added";
    kind.storeVerified(user, pending.contact());
    ContactEvents.success(
        context.getEvent(), user, ContactEvents.change(kind, verb), kind.mask(pending.contact()));
    return view.main(null, "passwordCareContactsSaved" + kind.keySuffix());
  }
}
