package io.github.passwordcare.contact;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.sspr.CodeChannel;
import io.github.passwordcare.sspr.CodeChannel.CodeDeliveryException;
import io.github.passwordcare.sspr.EmailCodeChannel;
import io.github.passwordcare.sspr.SmsCodeChannel;
import io.github.passwordcare.sspr.SsprLimits;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Sends a verification code to the contact being added, never to the stored one: the point is to
 * prove the new address or phone reaches this user. The SSPR allowances apply under the subject
 * {@code user:<id>} (one budget per account, whichever page asks), and the code goes through SSPR's
 * own channels with this page's wording. Sent inside the request: the user is signed in, so timing
 * reveals nothing a page does not already show, and a failure can be shown at once.
 */
final class ContactCodeSender {

  static final String EMAIL_TEMPLATE = "password-care-contact-code-email.ftl";
  static final String EMAIL_SUBJECT_KEY = "passwordCareContactCodeEmailSubject";

  /** {0} the code, {1} the realm's display name. */
  static final String SMS_TEXT_KEY = "passwordCareContactSmsText";

  enum Outcome {
    SENT,
    THROTTLED
  }

  private final KeycloakSession session;
  private final RealmModel realm;
  private final PasswordCareSettings settings;

  ContactCodeSender(KeycloakSession session, RealmModel realm, PasswordCareSettings settings) {
    this.session = session;
    this.realm = realm;
    this.settings = settings;
  }

  /** Takes one send from the user's allowance and sends; nothing is sent when none is left. */
  Outcome send(UserModel user, ContactKind kind, String contact, String code)
      throws CodeDeliveryException {
    SsprLimits limits = new SsprLimits(session, realm, settings);
    String subject = "user:" + user.getId();
    boolean allowed =
        kind == ContactKind.EMAIL ? limits.takeEmail(subject) : limits.takeSms(subject);
    if (!allowed) {
      return Outcome.THROTTLED;
    }
    CodeChannel channel =
        kind == ContactKind.EMAIL
            ? EmailCodeChannel.recovery(EMAIL_TEMPLATE, EMAIL_SUBJECT_KEY)
            : new SmsCodeChannel(session, SMS_TEXT_KEY);
    channel.send(session, realm, user, contact, code);
    return Outcome.SENT;
  }
}
