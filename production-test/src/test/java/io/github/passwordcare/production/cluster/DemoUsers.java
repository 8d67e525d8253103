package io.github.passwordcare.production.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.passwordcare.production.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Users of the demo realm that one test creates (unique names, a verified email, the demo password)
 * through the admin REST API of node 1, and removes again: the cluster is shared by every test of
 * the run.
 */
final class DemoUsers implements AutoCloseable {

  private static final String USERS = "/admin/realms/" + TwoNodeCluster.REALM + "/users";

  private final TwoNodeCluster cluster;
  private final List<String> ids = new ArrayList<>();

  DemoUsers(TwoNodeCluster cluster) {
    this.cluster = cluster;
  }

  static String email(String username) {
    return username + "@password-care.localhost";
  }

  /** A user with a verified email and the demo password; returns the username. */
  String create(String prefix) {
    return create(prefix, user -> {});
  }

  /** As {@link #create(String)}, with a verified recovery phone. */
  String withPhone(String prefix, String e164) {
    return create(
        prefix,
        user -> {
          ObjectNode attributes = user.putObject("attributes");
          attributes.putArray("recoveryPhone").add(e164);
          attributes.putArray("recoveryPhoneVerified").add("true");
        });
  }

  String create(String prefix, Consumer<ObjectNode> customize) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode user = ClusterMail.JSON.createObjectNode();
    user.put("username", username);
    user.put("enabled", true);
    user.put("firstName", "Cluster");
    user.put("lastName", prefix);
    user.put("email", email(username));
    user.put("emailVerified", true);
    ArrayNode credentials = user.putArray("credentials");
    credentials
        .addObject()
        .put("type", "password")
        .put("value", TwoNodeCluster.DEMO_PASSWORD)
        .put("temporary", false);
    customize.accept(user);
    Http http = cluster.node(1).http();
    HttpResponse<String> created = http.send("POST", USERS, cluster.adminToken(1), user.toString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("user " + username + ": HTTP " + created.statusCode());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    ids.add(location.substring(location.lastIndexOf('/') + 1));
    return username;
  }

  /** Adopts a user created another way (a partial import), so that close removes it too. */
  void adopt(String id) {
    ids.add(id);
  }

  String id(String username) {
    return cluster
        .node(1)
        .http()
        .getJson(USERS + "?exact=true&username=" + username, cluster.adminToken(1))
        .path(0)
        .path("id")
        .asText();
  }

  @Override
  public void close() {
    String token = cluster.adminToken(1);
    for (String id : ids) {
      cluster.node(1).http().send("DELETE", USERS + "/" + id, token, null);
    }
  }
}
