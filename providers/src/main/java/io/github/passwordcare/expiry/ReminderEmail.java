package io.github.passwordcare.expiry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The "your password expires in N days" email (templates {@code password-care-expiry-reminder.ftl},
 * html and text), in the user's language, with the expiry date and the change link.
 */
final class ReminderEmail {

  static final String TEMPLATE = "password-care-expiry-reminder.ftl";
  static final String SUBJECT_KEY = "passwordCareExpiryReminderSubject";

  private ReminderEmail() {}

  static void send(
      KeycloakSession session,
      RealmModel realm,
      UserModel user,
      long daysLeft,
      long expiresAt,
      String link)
      throws EmailException {
    Locale locale = session.getContext().resolveLocale(user);
    // Keycloak adds its own attributes (locale, msg, user...) to this map: it must be mutable.
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("daysLeft", daysLeft);
    attributes.put("expiresAt", PasswordAges.format(expiresAt, locale));
    attributes.put("link", link);
    session
        .getProvider(EmailTemplateProvider.class)
        .setRealm(realm)
        .setUser(user)
        .send(SUBJECT_KEY, List.of(daysLeft), TEMPLATE, attributes);
  }
}
