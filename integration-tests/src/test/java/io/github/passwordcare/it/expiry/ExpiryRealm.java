package io.github.passwordcare.it.expiry;

import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * A realm of its own for a test that must see exactly its own users (the report, the reminder job):
 * the 90/14-day expiry policy, mail to the test's GreenMail, removed on close.
 */
final class ExpiryRealm implements AutoCloseable {

  static final String POLICY = "password-care-expiry(90) and password-care-expiry-notice(14)";

  private final Keycloak admin;
  private final String name;

  ExpiryRealm(Keycloak admin, String name) {
    this.admin = admin;
    this.name = name;
    RealmRepresentation rep = new RealmRepresentation();
    rep.setRealm(name);
    rep.setEnabled(true);
    rep.setPasswordPolicy(POLICY);
    rep.setInternationalizationEnabled(true);
    rep.setSupportedLocales(java.util.Set.of("en", "nl"));
    rep.setDefaultLocale("en");
    rep.setSmtpServer(
        Map.of(
            "host", "localhost",
            "port", "3025",
            "from", "no-reply@password-care.localhost",
            "auth", "false",
            "ssl", "false",
            "starttls", "false"));
    admin.realms().create(rep);
  }

  String name() {
    return name;
  }

  RealmResource resource() {
    return admin.realm(name);
  }

  /** The REST path of the report below the server's base URL. */
  String reportPath() {
    return "/admin/realms/" + name + "/password-care/expiring-passwords";
  }

  /** A master-realm admin token (they live 60 s: take a fresh one per call). */
  String adminToken() {
    return admin.tokenManager().getAccessTokenString();
  }

  @Override
  public void close() {
    resource().remove();
  }
}
