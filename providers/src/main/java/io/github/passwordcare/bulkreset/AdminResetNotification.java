package io.github.passwordcare.bulkreset;

import java.util.List;
import java.util.Map;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The "an administrator reset your password" email (templates {@code
 * password-care-admin-reset.ftl}, html and text). It never holds the password.
 */
final class AdminResetNotification {

  static final String TEMPLATE = "password-care-admin-reset.ftl";
  static final String SUBJECT_KEY = "passwordCareBulkResetNotifySubject";

  private AdminResetNotification() {}

  static void send(KeycloakSession session, RealmModel realm, UserModel user, boolean temporary)
      throws EmailException {
    session
        .getProvider(EmailTemplateProvider.class)
        .setRealm(realm)
        .setUser(user)
        .send(SUBJECT_KEY, List.of(), TEMPLATE, Map.of("temporaryPassword", temporary));
  }
}
