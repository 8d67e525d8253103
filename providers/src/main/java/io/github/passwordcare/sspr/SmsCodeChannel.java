package io.github.passwordcare.sspr;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import io.github.passwordcare.sms.PhoneNumbers;
import io.github.passwordcare.sms.SmsException;
import io.github.passwordcare.sms.SmsSender;
import io.github.passwordcare.sms.SmsSenders;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * The SMS channel of SSPR: the code goes as a text to the user's verified recovery phone, through
 * the server's chosen {@link SmsSender}. Without a chosen sender the channel has no contact for
 * anyone, so the SMS method is simply not offered.
 */
public class SmsCodeChannel implements CodeChannel {

  /** {0} the code, {1} the realm's display name. */
  public static final String TEXT_KEY = "passwordCareSsprSmsText";

  private final KeycloakSession session;
  private final String textKey;

  /**
   * @param session the session the channel is used in (for the sender and its default region)
   */
  public SmsCodeChannel(KeycloakSession session) {
    this(session, TEXT_KEY);
  }

  /**
   * @param session the session the channel is used in
   * @param textKey the message of the text ({0} the code, {1} the realm's display name): the
   *     recovery-contacts page sends its own wording
   */
  public SmsCodeChannel(KeycloakSession session, String textKey) {
    this.session = session;
    this.textKey = textKey;
  }

  @Override
  public SsprMethod method() {
    return SsprMethod.SMS;
  }

  /** The verified recovery phone in E.164; empty without one, or when no sender is chosen. */
  @Override
  public Optional<String> contact(UserModel user) {
    if (!"true".equals(user.getFirstAttribute(RecoveryAttributes.PHONE_VERIFIED))
        || !SmsSenders.available(session)) {
      return Optional.empty();
    }
    return PhoneNumbers.toE164(
        user.getFirstAttribute(RecoveryAttributes.PHONE), SmsSenders.defaultRegion(session));
  }

  @Override
  public String mask(String contact) {
    return PhoneNumbers.mask(contact);
  }

  @Override
  public void send(
      KeycloakSession session, RealmModel realm, UserModel user, String contact, String code)
      throws CodeDeliveryException {
    SmsSender sender =
        SmsSenders.chosen(session)
            .orElseThrow(
                () ->
                    new CodeDeliveryException(
                        "no SMS sender is chosen (--spi-password-care-sms-sender--provider)",
                        null));
    String text = text(session, realm, user, textKey, code);
    try {
      sender.send(contact, text);
    } catch (SmsException e) {
      throw new CodeDeliveryException(e.getMessage() + " (to " + mask(contact) + ")", e);
    } catch (RuntimeException e) {
      // A third-party sender's bug must not leak a stack trace or the text.
      throw new CodeDeliveryException(
          "SMS sender failed with " + e.getClass().getSimpleName() + " (to " + mask(contact) + ")",
          null);
    }
  }

  /**
   * The text of message {@code textKey} ({0} the code, {1} the realm's display name) in the user's
   * language, from the message bundles (realm overrides included).
   */
  private static String text(
      KeycloakSession session, RealmModel realm, UserModel user, String textKey, String code)
      throws CodeDeliveryException {
    Locale locale = session.getProvider(LocaleSelectorProvider.class).resolveLocale(realm, user);
    String realmName =
        realm.getDisplayName() == null || realm.getDisplayName().isBlank()
            ? realm.getName()
            : realm.getDisplayName();
    try {
      Properties messages =
          session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
      String pattern = messages.getProperty(textKey);
      if (pattern == null) {
        throw new CodeDeliveryException("message " + textKey + " is missing from the theme", null);
      }
      return new MessageFormat(pattern, locale).format(new Object[] {code, realmName});
    } catch (IOException e) {
      throw new CodeDeliveryException("the login theme's messages could not be read", e);
    }
  }
}
