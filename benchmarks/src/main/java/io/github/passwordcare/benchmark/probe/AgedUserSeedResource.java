package io.github.passwordcare.benchmark.probe;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.jpa.entities.CredentialEntity;
import org.keycloak.models.jpa.entities.UserEntity;

/**
 * {@code POST .../password-care-bench-probe/aged-users?realm=&from=&to=&spreadDays=}: users {@code
 * aged-NNNNNN} with a verified email and one pre-hashed password credential whose {@code
 * createdDate} is spread evenly over {@code spreadDays} back from now (in blocks of 1,200 users, so
 * every prefix of 1,200 has the same spread). They are the rows partial import would write, written
 * straight through Keycloak's JPA entities in batches: partial import took about 20 ms per user on
 * the shared 2-core machine, 35 minutes for 100,000. Benchmark only: never in the product jar.
 */
final class AgedUserSeedResource {

  static final int MAX_PER_CALL = 20_000;
  static final int BLOCK = 1200;
  private static final long DAY_MS = 86_400_000L;
  private static final String SECRET_DATA =
      "{\"value\":\"Q5oc008OEuZoD7aGVOA0NKL0lu+1fQlStM/Q29ctFOc=\","
          + "\"salt\":\"U5oJpjyKTNc2XB/eE/BD6A==\",\"additionalParameters\":{}}";
  private static final String CREDENTIAL_DATA =
      "{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{"
          + "\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],"
          + "\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}";

  private final KeycloakSession session;

  AgedUserSeedResource(KeycloakSession session) {
    this.session = session;
  }

  @POST
  public Response seed(
      @QueryParam("realm") String realmName,
      @QueryParam("from") int from,
      @QueryParam("to") int to,
      @QueryParam("spreadDays") int spreadDays) {
    RealmModel realm = realmName == null ? null : session.realms().getRealmByName(realmName);
    if (realm == null || from < 0 || to <= from || to - from > MAX_PER_CALL || spreadDays < 1) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", "realm, 0 <= from < to <= from + 20000, spreadDays >= 1"))
          .build();
    }
    EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    long now = System.currentTimeMillis();
    for (int i = from; i < to; i++) {
      String name = String.format("aged-%06d", i);
      UserEntity user = new UserEntity();
      user.setId(UUID.randomUUID().toString());
      user.setUsername(name);
      user.setEmail(name + "@bench.localhost", false);
      user.setEmailVerified(true);
      user.setEnabled(true);
      user.setRealmId(realm.getId());
      user.setCreatedTimestamp(now);
      em.persist(user);
      CredentialEntity credential = new CredentialEntity();
      credential.setId(UUID.randomUUID().toString());
      credential.setUser(user);
      credential.setType("password");
      credential.setCreatedDate(now - (long) ((i % BLOCK) / (double) BLOCK * spreadDays * DAY_MS));
      credential.setSecretData(SECRET_DATA);
      credential.setCredentialData(CREDENTIAL_DATA);
      credential.setPriority(10);
      em.persist(credential);
      if ((i - from) % 1000 == 999) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    em.clear();
    return Response.ok(Map.of("added", to - from), MediaType.APPLICATION_JSON).build();
  }
}
