package io.github.passwordcare.it.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.passwordcare.it.TestUsers;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users whose password was set at a chosen moment in the past: a partial import with a pre-hashed
 * credential keeps its {@code createdDate}, so no test waits 90 days. The hash is argon2id
 * (Keycloak's default parameters) of the demo password, as for the demo realm's user erin. Removed
 * again by {@link #removeAll}.
 */
public final class AgedUsers {

  static final long DAY_MS = 86_400_000L;
  static final String SECRET_DATA =
      "{\"value\":\"Q5oc008OEuZoD7aGVOA0NKL0lu+1fQlStM/Q29ctFOc=\","
          + "\"salt\":\"U5oJpjyKTNc2XB/eE/BD6A==\",\"additionalParameters\":{}}";
  static final String CREDENTIAL_DATA =
      "{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{"
          + "\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],"
          + "\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}";

  private final RealmResource realm;
  private final List<String> ids = new ArrayList<>();

  public AgedUsers(RealmResource realm) {
    this.realm = realm;
  }

  /**
   * A user with a verified email whose password expires {@code daysLeft} from now under a policy of
   * {@code expiryDays}.
   */
  public String expiringIn(String prefix, int expiryDays, double daysLeft) {
    return create(prefix, passwordSetFor(expiryDays, daysLeft), u -> {});
  }

  /** The {@code createdDate} that leaves {@code daysLeft} (fractions allowed) until expiry. */
  static long passwordSetFor(int expiryDays, double daysLeft) {
    return System.currentTimeMillis() - expiryDays * DAY_MS + Math.round(daysLeft * DAY_MS);
  }

  /** Imports one user; returns its id. */
  String create(String prefix, long passwordSetAt, Consumer<UserRepresentation> customize) {
    try {
      return importUser(prefix, passwordSetAt, customize);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String importUser(
      String prefix, long passwordSetAt, Consumer<UserRepresentation> customize)
      throws java.io.IOException {
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
    password.setCreatedDate(passwordSetAt);
    password.setSecretData(SECRET_DATA);
    password.setCredentialData(CREDENTIAL_DATA);
    user.setCredentials(List.of(password));
    user.setAttributes(new java.util.HashMap<>(Map.of()));
    customize.accept(user);
    PartialImportRepresentation rep = new PartialImportRepresentation();
    rep.setIfResourceExists(PartialImportRepresentation.Policy.FAIL.name());
    rep.setUsers(List.of(user));
    try (Response response = realm.partialImport(rep)) {
      assertThat(response.getStatus()).isEqualTo(200);
      String id =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(response.readEntity(String.class))
              .path("results")
              .path(0)
              .path("id")
              .asText();
      ids.add(id);
      return id;
    }
  }

  public String username(String id) {
    return realm.users().get(id).toRepresentation().getUsername();
  }

  public void removeAll() {
    ids.forEach(id -> realm.users().delete(id).close());
    ids.clear();
  }
}
