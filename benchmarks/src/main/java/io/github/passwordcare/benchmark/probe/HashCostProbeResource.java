package io.github.passwordcare.benchmark.probe;

import io.github.passwordcare.benchmark.HashTiming;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * Times one password hash inside the server, with the hash provider and parameters a reset in the
 * given realm uses ({@code PasswordHashProvider.encodedCredential}, as {@code
 * PasswordCredentialProvider} calls it), in the server's own JVM, heap and JIT state. Only the
 * master realm's {@code admin} role may call it; the sizes are capped, so a call takes seconds.
 */
final class HashCostProbeResource {

  static final int MAX_HASHES = 1000;

  private final KeycloakSession session;

  HashCostProbeResource(KeycloakSession session) {
    this.session = session;
  }

  @GET
  @Path("hash-cost")
  @Produces(MediaType.APPLICATION_JSON)
  public Response hashCost(
      @QueryParam("realm") String realmName,
      @QueryParam("warmup") @DefaultValue("30") int warmup,
      @QueryParam("samples") @DefaultValue("40") int samples,
      @QueryParam("parallel") @DefaultValue("100") int parallel,
      @QueryParam("threads") @DefaultValue("0") int threads)
      throws Exception {
    Response denied = denied();
    if (denied != null) {
      return denied;
    }
    RealmModel realm = realmName == null ? null : session.realms().getRealmByName(realmName);
    if (realm == null) {
      return error(Response.Status.BAD_REQUEST, "realm: name an existing realm");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int poolSize = threads <= 0 ? cores : threads;
    if (warmup < 0
        || samples < 1
        || parallel < 1
        || poolSize > 4 * cores
        || warmup + samples + parallel > MAX_HASHES) {
      return error(
          Response.Status.BAD_REQUEST,
          "warmup >= 0, samples >= 1, parallel >= 1, warmup + samples + parallel <= "
              + MAX_HASHES
              + ", threads <= 4 x cores");
    }
    PasswordPolicy policy = realm.getPasswordPolicy();
    PasswordHashProvider hash = hashProvider(policy);
    int iterations = policy.getHashIterations();
    HashTiming.Measurement m =
        HashTiming.measure(
            () -> hash.encodedCredential("Pc-benchmark-Hash-7!", iterations),
            warmup,
            samples,
            parallel,
            poolSize);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("provider", hash.getClass().getName());
    body.put("medianSeconds", m.medianSeconds());
    body.put("parallelSecondsPerHash", m.parallelSecondsPerHash());
    body.put("threads", m.threads());
    body.put("cores", cores);
    return Response.ok(body).build();
  }

  /** As {@code PasswordCredentialProvider.getHashProvider} picks it: the policy's, else default. */
  private PasswordHashProvider hashProvider(PasswordPolicy policy) {
    String algorithm = policy.getHashAlgorithm();
    PasswordHashProvider named =
        algorithm == null ? null : session.getProvider(PasswordHashProvider.class, algorithm);
    return named != null ? named : session.getProvider(PasswordHashProvider.class);
  }

  /** 401 without a valid token, 403 unless the caller holds the master realm's admin role. */
  /** The expiry benchmark's fixture: users with aged passwords ({@link AgedUserSeedResource}). */
  @Path("aged-users")
  public Object agedUsers() {
    Response denied = denied();
    if (denied != null) {
      throw new jakarta.ws.rs.WebApplicationException(denied);
    }
    return new AgedUserSeedResource(session);
  }

  private Response denied() {
    RealmModel realm = session.getContext().getRealm();
    AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
    if (auth == null) {
      return error(Response.Status.UNAUTHORIZED, "a bearer token of the master realm is needed");
    }
    RoleModel admin = realm.getRole(AdminRoles.ADMIN);
    boolean master = Config.getAdminRealm().equals(realm.getName());
    return master && admin != null && auth.getUser().hasRole(admin)
        ? null
        : error(Response.Status.FORBIDDEN, "only the master realm's admin role may time hashes");
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message))
        .build();
  }
}
