package io.github.passwordcare.contact;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.sms.SmsException;
import io.github.passwordcare.sms.SmsSender;
import io.github.passwordcare.sms.SmsSenders;
import io.github.passwordcare.sspr.CodeChannel.CodeDeliveryException;
import io.github.passwordcare.sspr.SmsCodeChannel;
import io.github.passwordcare.sspr.SsprLimits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * Sends a verification code to the contact being added, never to the stored one: the point is to
 * prove the new address or phone reaches this user. The SSPR allowances apply under the subject
 * {@code user:<id>} (one budget per account, whichever page asks). Sent inside the request: the
 * user is signed in, so timing reveals nothing a page does not already show, and a failure can be
 * shown at once.
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
    if (kind == ContactKind.EMAIL) {
      email(user, contact, code);
    } else {
      sms(user, contact, code);
    }
    return Outcome.SENT;
  }

  private void email(UserModel user, String address, String code) throws CodeDeliveryException {
    // Keycloak adds its own attributes (locale, msg, user...) to this map: it must be mutable.
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("code", code);
    attributes.put("minutes", Math.max(1, settings.ssprCodeLifetimeSeconds() / 60));
    try {
      session
          .getProvider(EmailTemplateProvider.class)
          .setRealm(realm)
          .setUser(addressedTo(user, address))
          .send(EMAIL_SUBJECT_KEY, List.of(), EMAIL_TEMPLATE, attributes);
    } catch (EmailException e) {
      // The mail server's message may quote the address: only the type goes on.
      throw new CodeDeliveryException("email failed: " + e.getClass().getSimpleName(), null);
    }
  }

  private void sms(UserModel user, String phone, String code) throws CodeDeliveryException {
    SmsSender sender =
        SmsSenders.chosen(session)
            .orElseThrow(() -> new CodeDeliveryException("no SMS sender is chosen", null));
    String text = SmsCodeChannel.text(session, realm, user, SMS_TEXT_KEY, code);
    try {
      sender.send(phone, text);
    } catch (SmsException e) {
      throw new CodeDeliveryException("SMS failed: " + e.getClass().getSimpleName(), null);
    } catch (RuntimeException e) {
      // A third-party sender's bug must not leak a stack trace, the number or the text.
      throw new CodeDeliveryException("SMS sender failed: " + e.getClass().getSimpleName(), null);
    }
  }

  /** The user as the email provider sees it: with the new address as its email. */
  private static UserModel addressedTo(UserModel user, String address) {
    return new UserModelDelegate(user) {
      @Override
      public String getEmail() {
        return address;
      }
    };
  }
}
