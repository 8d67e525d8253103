package io.github.passwordcare.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Sends one notice (html and text template, in the recipient's locale). A notice that fails is a
 * warning naming the user ids only, never raised: the user's flow must not fail because the mail
 * server is down.
 */
final class NoticeMail {

  private static final Logger LOG = Logger.getLogger(NoticeMail.class);

  private NoticeMail() {}

  static void send(
      KeycloakSession session,
      RealmModel realm,
      UserModel recipient,
      String subjectKey,
      String template,
      Map<String, Object> attributes,
      String what,
      UserModel about) {
    try {
      session
          .getProvider(EmailTemplateProvider.class)
          .setRealm(realm)
          .setUser(recipient)
          // Keycloak adds its own attributes (locale, msg, user...) to this map: it must be
          // mutable.
          .send(subjectKey, List.of(), template, new HashMap<>(attributes));
    } catch (EmailException | RuntimeException e) {
      LOG.warnf(
          "%s about user %s to user %s not sent: %s",
          what, about.getId(), recipient.getId(), e.getClass().getSimpleName());
    }
  }
}
