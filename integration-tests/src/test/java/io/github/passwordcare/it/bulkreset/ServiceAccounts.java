package io.github.passwordcare.it.bulkreset;

import io.github.passwordcare.it.TestUsers;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

/** A confidential client with a service account, to check that bulk reset leaves those alone. */
final class ServiceAccounts {

  private ServiceAccounts() {}

  /** Creates the client; returns its service-account username. */
  static String create(RealmResource realm) {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(TestUsers.unique("robot"));
    client.setPublicClient(false);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    try (Response response = realm.clients().create(client)) {
      if (response.getStatus() != 201) {
        throw new IllegalStateException("client not created: " + response.getStatus());
      }
    }
    return "service-account-" + client.getClientId();
  }

  static void remove(RealmResource realm, String serviceAccountUsername) {
    String clientId = serviceAccountUsername.substring("service-account-".length());
    realm.clients().findByClientId(clientId).forEach(c -> realm.clients().get(c.getId()).remove());
  }
}
