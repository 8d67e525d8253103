package io.github.passwordcare.notify;

import io.github.passwordcare.common.RecoveryAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

/**
 * The two notices (templates {@value #USER_TEMPLATE} and {@value #ADMIN_TEMPLATE}, html and text,
 * in the recipient's locale). They name the account and the methods passed, never a password, a
 * code or a contact. Every failure is a warning with the user id only.
 */
final class PasswordChangeNotices {

  static final String USER_TEMPLATE = "password-care-password-changed.ftl";
  static final String USER_SUBJECT = "passwordCareNotifyChangedSubject";
  static final String ADMIN_TEMPLATE = "password-care-admin-sspr-reset.ftl";
  static final String ADMIN_SUBJECT = "passwordCareNotifyAdminResetSubject";

  private static final Logger LOG = Logger.getLogger(PasswordChangeNotices.class);

  private final KeycloakSession session;
  private final RealmModel realm;
  private final String helpDeskUrl;

  PasswordChangeNotices(KeycloakSession session, RealmModel realm, String helpDeskUrl) {
    this.session = session;
    this.realm = realm;
    this.helpDeskUrl = helpDeskUrl;
  }

  /** To the user's primary address, and to the alternate one once verified. */
  void toUser(UserModel user, PasswordChange change) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      send(user, user, USER_SUBJECT, USER_TEMPLATE, change, "primary");
    }
    Recipients.alternateAddress(
            user.getEmail(),
            user.getFirstAttribute(RecoveryAttributes.EMAIL),
            user.getFirstAttribute(RecoveryAttributes.EMAIL_VERIFIED))
        .ifPresent(
            alternate ->
                send(
                    addressedTo(user, alternate),
                    user,
                    USER_SUBJECT,
                    USER_TEMPLATE,
                    change,
                    "alternate"));
  }

  /** To one admin, about {@code user}'s SSPR reset. */
  void toAdmin(UserModel admin, UserModel user, PasswordChange change) {
    send(admin, user, ADMIN_SUBJECT, ADMIN_TEMPLATE, change, "admin");
  }

  private void send(
      UserModel recipient,
      UserModel subject,
      String subjectKey,
      String template,
      PasswordChange change,
      String kind) {
    // Keycloak adds its own attributes (locale, msg, user...) to this map: it must be mutable.
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("throughSspr", change.throughSspr());
    attributes.put("methodKeys", methodKeys(change.ssprMethods()));
    attributes.put("accountName", subject.getUsername());
    attributes.put("helpDeskUrl", helpDeskUrl == null ? "" : helpDeskUrl);
    try {
      session
          .getProvider(EmailTemplateProvider.class)
          .setRealm(realm)
          .setUser(recipient)
          .send(subjectKey, List.of(), template, attributes);
    } catch (EmailException | RuntimeException e) {
      LOG.warnf(
          "Password change notice (%s) about user %s to user %s not sent: %s",
          kind, subject.getId(), recipient.getId(), e.getClass().getSimpleName());
    }
  }

  /** Message keys of the methods' names: {@code email} -> {@code passwordCareNotifyMethodEmail}. */
  static List<String> methodKeys(List<String> methods) {
    return methods.stream().map(PasswordChangeNotices::methodKey).toList();
  }

  private static String methodKey(String method) {
    StringBuilder key = new StringBuilder("passwordCareNotifyMethod");
    for (String part : method.toLowerCase(Locale.ROOT).split("-")) {
      if (!part.isEmpty()) {
        key.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return key.toString();
  }

  /** {@code user} as the mail sender sees it: the same account, another address. */
  private static UserModel addressedTo(UserModel user, String address) {
    return new UserModelDelegate(user) {
      @Override
      public String getEmail() {
        return address;
      }
    };
  }
}
