package io.github.passwordcare.sspr;

import io.github.passwordcare.common.RecoveryAttributes;
import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * A code by email: to the primary address when Keycloak marks it verified, or to the alternate
 * address ({@code recoveryEmail}) when {@code recoveryEmailVerified} is {@code true}. Templates
 * {@code password-care-sspr-code.ftl} (html and text), in the user's locale.
 */
public final class EmailCodeChannel implements CodeChannel {

  static final String TEMPLATE = "password-care-sspr-code-email.ftl";
  static final String SUBJECT_KEY = "passwordCareSsprCodeEmailSubject";

  private final SsprMethod method;
  private final String template;
  private final String subjectKey;

  private EmailCodeChannel(SsprMethod method, String template, String subjectKey) {
    this.method = method;
    this.template = template;
    this.subjectKey = subjectKey;
  }

  public static EmailCodeChannel primary() {
    return new EmailCodeChannel(SsprMethod.EMAIL, TEMPLATE, SUBJECT_KEY);
  }

  public static EmailCodeChannel recovery() {
    return new EmailCodeChannel(SsprMethod.RECOVERY_EMAIL, TEMPLATE, SUBJECT_KEY);
  }

  /**
   * The alternate-address channel with other wording ({@code template}, html and text, and the
   * subject's message key): the recovery-contacts page sends its verification code this way.
   */
  public static EmailCodeChannel recovery(String template, String subjectKey) {
    return new EmailCodeChannel(SsprMethod.RECOVERY_EMAIL, template, subjectKey);
  }

  @Override
  public SsprMethod method() {
    return method;
  }

  @Override
  public Optional<String> contact(UserModel user) {
    if (method == SsprMethod.EMAIL) {
      return user.isEmailVerified() ? nonBlank(user.getEmail()) : Optional.empty();
    }
    return "true".equals(user.getFirstAttribute(RecoveryAttributes.EMAIL_VERIFIED))
        ? nonBlank(user.getFirstAttribute(RecoveryAttributes.EMAIL))
        : Optional.empty();
  }

  @Override
  public String mask(String contact) {
    return EmailMask.mask(contact);
  }

  @Override
  public void send(
      KeycloakSession session, RealmModel realm, UserModel user, String contact, String code)
      throws CodeDeliveryException {
    // Keycloak adds its own attributes (locale, msg, user...) to this map: it must be mutable.
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("code", code);
    attributes.put("minutes", Math.max(1, settingsMinutes(session, realm)));
    try {
      session
          .getProvider(EmailTemplateProvider.class)
          .setRealm(realm)
          .setUser(addressedTo(user, contact))
          .send(subjectKey, List.of(), template, attributes);
    } catch (EmailException e) {
      throw new CodeDeliveryException("email to user " + user.getId() + " failed", e);
    }
  }

  private static int settingsMinutes(KeycloakSession session, RealmModel realm) {
    return SsprSettingsSource.read(session, realm).ssprCodeLifetimeSeconds() / 60;
  }

  /** The user as the email provider sees it: with the chosen address as its email. */
  private static UserModel addressedTo(UserModel user, String address) {
    return new UserModelDelegate(user) {
      @Override
      public String getEmail() {
        return address;
      }
    };
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
