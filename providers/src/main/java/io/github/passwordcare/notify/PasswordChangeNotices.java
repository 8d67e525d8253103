package io.github.passwordcare.notify;

import io.github.passwordcare.common.RecoveryAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  private final KeycloakSession session;
  private final RealmModel realm;
  private final String helpDeskUrl;

  PasswordChangeNotices(KeycloakSession session, RealmModel realm, String helpDeskUrl) {
    this.session = session;
    this.realm = realm;
    this.helpDeskUrl = helpDeskUrl;
  }

  /**
   * To the user's primary and alternate addresses, each only once verified: whoever holds a session
   * can set an unverified address of their own, and the notice is there to warn the owner.
   */
  void toUser(UserModel user, PasswordChange change) {
    if (user.getEmail() != null && !user.getEmail().isBlank() && user.isEmailVerified()) {
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
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("throughSspr", change.throughSspr());
    attributes.put("methodKeys", methodKeys(change.ssprMethods()));
    attributes.put("accountName", subject.getUsername());
    attributes.put("helpDeskUrl", helpDeskUrl == null ? "" : helpDeskUrl);
    NoticeMail.send(
        session,
        realm,
        recipient,
        subjectKey,
        template,
        attributes,
        "Password change notice (" + kind + ")",
        subject);
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
