package io.github.passwordcare.it.bulkreset;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * An application that wants to hear of sign-outs: a public demo-realm client whose OIDC backchannel
 * logout URL points at a local HTTP listener that counts the logout tokens Keycloak posts. Keycloak
 * sends them while it ends the session, outside any transaction, so a count says whether a sign-out
 * happened even where the session itself was restored by a rollback.
 */
final class BackchannelLogoutStub implements AutoCloseable {

  final String clientId = "logout-stub-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger logouts = new AtomicInteger();
  private final HttpServer server;
  private final RealmResource realm;
  private final String clientUuid;

  BackchannelLogoutStub(RealmResource realm) throws IOException {
    this.realm = realm;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/logout",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          logouts.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    // Keycloak skips backchannel logout for front-channel clients, the default for new ones.
    client.setFrontchannelLogout(false);
    client.setAttributes(
        Map.of(
            "backchannel.logout.url",
            "http://127.0.0.1:" + server.getAddress().getPort() + "/logout",
            "backchannel.logout.session.required",
            "true"));
    try (var response = realm.clients().create(client)) {
      clientUuid = CreatedResponseUtil.getCreatedId(response);
    }
  }

  /** Logout tokens received so far. */
  int logouts() {
    return logouts.get();
  }

  @Override
  public void close() {
    realm.clients().get(clientUuid).remove();
    server.stop(0);
  }
}
