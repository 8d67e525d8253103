package io.github.passwordcare.it.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.it.TestUsers;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Demo-realm users whose password was set days ago, so the demo realm's 90-day expiry policy lists
 * them: a partial import keeps a credential's {@code createdDate} (as {@code it/expiry/AgedUsers}
 * does; the hash is argon2id of the demo password). Removed again by {@link #removeAll}.
 */
final class AgedDemoUsers {

  static final int EXPIRY_DAYS = 90;
  private static final long DAY_MS = 86_400_000L;
  private static final String SECRET_DATA =
      "{\"value\":\"Q5oc008OEuZoD7aGVOA0NKL0lu+1fQlStM/Q29ctFOc=\","
          + "\"salt\":\"U5oJpjyKTNc2XB/eE/BD6A==\",\"additionalParameters\":{}}";
  private static final String CREDENTIAL_DATA =
      "{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{"
          + "\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],"
          + "\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}";

  private final RealmResource realm;
  private final List<String> ids = new ArrayList<>();

  AgedDemoUsers(RealmResource realm) {
    this.realm = realm;
  }

  /** A user with a verified email whose password expires in {@code daysLeft} days; its username. */
  String expiringIn(String prefix, double daysLeft) {
    String username = TestUsers.unique(prefix);
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEnabled(true);
    user.setFirstName("Aged");
    user.setLastName(prefix);
    user.setEmail(username + "@password-care.localhost");
    user.setEmailVerified(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setCreatedDate(
        System.currentTimeMillis() - EXPIRY_DAYS * DAY_MS + Math.round(daysLeft * DAY_MS));
    password.setSecretData(SECRET_DATA);
    password.setCredentialData(CREDENTIAL_DATA);
    user.setCredentials(List.of(password));
    user.setAttributes(new HashMap<>());
    PartialImportRepresentation rep = new PartialImportRepresentation();
    rep.setIfResourceExists(PartialImportRepresentation.Policy.FAIL.name());
    rep.setUsers(List.of(user));
    try (Response response = realm.partialImport(rep)) {
      assertThat(response.getStatus()).isEqualTo(200);
      ids.add(
          new ObjectMapper()
              .readTree(response.readEntity(String.class))
              .path("results")
              .path(0)
              .path("id")
              .asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return username;
  }

  void removeAll() {
    ids.forEach(id -> realm.users().delete(id).close());
    ids.clear();
  }
}
