package io.github.passwordcare.it.bulkreset;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** A realm a test creates for itself (any name), removed again on close. */
public final class ScratchRealm implements AutoCloseable {

  private final Keycloak admin;
  private final String name;

  public ScratchRealm(Keycloak admin, String name) {
    this.admin = admin;
    this.name = name;
    RealmRepresentation rep = new RealmRepresentation();
    rep.setRealm(name);
    rep.setEnabled(true);
    admin.realms().create(rep);
  }

  public String name() {
    return name;
  }

  public RealmResource resource() {
    return admin.realm(name);
  }

  /** A user holding the realm's {@code realm-admin} role, with the given password. */
  public void createRealmAdmin(String username, String password) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setFirstName("Realm");
    user.setLastName("Admin");
    user.setEmail(username + "@password-care.localhost");
    user.setEmailVerified(true);
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    user.setCredentials(List.of(credential));
    try (Response created = resource().users().create(user)) {
      assertThat(created.getStatus()).isEqualTo(201);
    }
    String userId = resource().users().searchByUsername(username, true).get(0).getId();
    ClientRepresentation management =
        resource().clients().findByClientId("realm-management").get(0);
    RoleRepresentation realmAdmin =
        resource().clients().get(management.getId()).roles().get("realm-admin").toRepresentation();
    resource().users().get(userId).roles().clientLevel(management.getId()).add(List.of(realmAdmin));
  }

  @Override
  public void close() {
    resource().remove();
  }
}
