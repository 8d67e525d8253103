package io.github.passwordcare.benchmark.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The three sides of the login benchmark, all in one server: the demo realm's browser flow (our
 * recovery check in its forms, our required actions and password policies in the realm); the same
 * realm with a client whose browser flow is a copy of the stock one (the recovery check taken out:
 * the flow alone); and a realm of stock Keycloak with the demo realm's stock password rules. Users
 * are complete (profile, two confirmed recovery methods, a fresh password) so no side asks them
 * anything, and the demo realm's users sign in on both of its clients.
 */
final class LoginSetup {

  static final String OURS_CLIENT = "password-care-bench-login";
  static final String STOCK_FLOW_CLIENT = "password-care-bench-login-stock-flow";
  static final String STOCK_FLOW = "password-care-bench stock browser";
  private static final String OUR_PREFIX = "password-care";

  private final AdminApi api;
  private final ObjectMapper json = new ObjectMapper();

  LoginSetup(AdminApi api) {
    this.api = api;
  }

  /** The demo realm's event listeners without ours, for the stock realm. */
  static List<String> stockListeners(JsonNode listeners) {
    List<String> stock = new ArrayList<>();
    listeners.forEach(
        listener -> {
          if (!listener.asText().startsWith("password-care-")) {
            stock.add(listener.asText());
          }
        });
    return stock;
  }

  /** The demo realm's password policy without our policies, for the stock realm. */
  static String stockPolicy(String policy) {
    return Arrays.stream(policy.split("\\s+and\\s+"))
        .map(String::trim)
        .filter(term -> !term.isEmpty() && !term.startsWith(OUR_PREFIX))
        .collect(Collectors.joining(" and "));
  }

  /** A public client of the realm, optionally with its browser flow overridden. */
  void addClient(String realm, String clientId, String browserFlowId)
      throws IOException, InterruptedException {
    Map<String, Object> client =
        new java.util.HashMap<>(
            Map.of(
                "clientId", clientId,
                "publicClient", true,
                "standardFlowEnabled", true,
                "directAccessGrantsEnabled", false,
                "redirectUris", List.of(BrowserLogin.REDIRECT_URI)));
    if (browserFlowId != null) {
      client.put("authenticationFlowBindingOverrides", Map.of("browser", browserFlowId));
    }
    expect(api.call("POST", "/admin/realms/" + realm + "/clients", client), "create " + clientId);
  }

  /** Copies the realm's browser flow and takes our steps out of the copy; returns its id. */
  String stockBrowserFlow(String realm) throws IOException, InterruptedException {
    String flows = "/admin/realms/" + realm + "/authentication/flows/";
    expect(api.call("POST", flows + "browser/copy", Map.of("newName", STOCK_FLOW)), "copy browser");
    int removed = removeOurSteps(realm, STOCK_FLOW);
    Progress.say("Stock browser flow: a copy of the realm's, " + removed + " of our steps removed");
    return flowId(realm, STOCK_FLOW);
  }

  /** Deletes every execution of ours in the flow (and its subflows); returns how many. */
  int removeOurSteps(String realm, String flowAlias) throws IOException, InterruptedException {
    String path =
        "/admin/realms/"
            + realm
            + "/authentication/flows/"
            + flowAlias.replace(" ", "%20")
            + "/executions";
    int removed = 0;
    for (JsonNode execution : read(api.call("GET", path, null), "executions of " + flowAlias)) {
      if (execution.path("providerId").asText("").startsWith(OUR_PREFIX)) {
        String id = execution.path("id").asText();
        expect(
            api.call("DELETE", "/admin/realms/" + realm + "/authentication/executions/" + id, null),
            "delete execution");
        removed++;
      }
    }
    return removed;
  }

  private String flowId(String realm, String alias) throws IOException, InterruptedException {
    String path = "/admin/realms/" + realm + "/authentication/flows";
    for (JsonNode flow : read(api.call("GET", path, null), "flows")) {
      if (alias.equals(flow.path("alias").asText())) {
        return flow.path("id").asText();
      }
    }
    throw new IOException("flow " + alias + " not found after copying");
  }

  /** Turns off our required actions in a realm that should be stock; returns how many. */
  int disableOurRequiredActions(String realm) throws IOException, InterruptedException {
    String path = "/admin/realms/" + realm + "/authentication/required-actions";
    int disabled = 0;
    for (JsonNode action : read(api.call("GET", path, null), "required actions")) {
      String alias = action.path("alias").asText("");
      if (alias.startsWith(OUR_PREFIX) && action.path("enabled").asBoolean()) {
        Map<String, Object> update = json.convertValue(action, Map.class);
        update.put("enabled", false);
        expect(api.call("PUT", path + "/" + alias, update), "disable " + alias);
        disabled++;
      }
    }
    return disabled;
  }

  /** Users {@code prefix-01..count}, complete so that no side asks them anything. */
  List<String> addUsers(String realm, String prefix, int count, String password)
      throws IOException, InterruptedException {
    List<String> names = new ArrayList<>();
    String now = Long.toString(System.currentTimeMillis() / 1000);
    for (int i = 1; i <= count; i++) {
      String name = String.format("%s-%02d", prefix, i);
      api.importUser(
          realm,
          Map.of(
              "username",
              name,
              "enabled",
              true,
              "firstName",
              "Bench",
              "lastName",
              "User " + i,
              "email",
              name + "@password-care.localhost",
              "emailVerified",
              true,
              "credentials",
              List.of(Map.of("type", "password", "value", password, "temporary", false)),
              "attributes",
              Map.of(
                  "recoveryEmail", List.of(name + ".private@example.nl"),
                  "recoveryEmailVerified", List.of("true"),
                  "recoveryPhone", List.of(String.format("+316123456%02d", i)),
                  "recoveryPhoneVerified", List.of("true"),
                  "recoveryConfirmedAt", List.of(now))));
      names.add(name);
    }
    return names;
  }

  private JsonNode read(AdminApi.Reply reply, String what) throws IOException {
    return json.readTree(expect(reply, what).body());
  }

  private static AdminApi.Reply expect(AdminApi.Reply reply, String what) throws IOException {
    if (!reply.ok()) {
      throw new IOException(
          what + ": HTTP " + reply.status() + ": " + AdminApi.abbreviate(reply.body()));
    }
    return reply;
  }
}
