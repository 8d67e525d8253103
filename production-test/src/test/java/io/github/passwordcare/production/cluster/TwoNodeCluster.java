package io.github.passwordcare.production.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.passwordcare.production.Http;
import io.github.passwordcare.production.KeycloakServer;
import io.github.passwordcare.production.LocalPostgres;
import io.github.passwordcare.production.Timings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Two Keycloak 26.5.6 nodes in production mode on one PostgreSQL, clustered the default way ({@code
 * --cache=ispn}, stack {@code jdbc-ping}: the nodes find each other through a table in the shared
 * database), everything on 127.0.0.1 and on free ports. Our jars go in by
 * docs/install/install-keycloak.sh into the cluster's own distribution directory, which is then
 * copied for the second node (each node gets its own {@code data/}, as two machines would). The
 * demo realm is imported once, through node 1; its SMTP points at a GreenMail of the test, the SMS
 * sender is the {@code http} webhook against {@link SmsGateway}.
 *
 * <p>Started once per test run by {@link ClusterExtension}; {@link #close} stops both nodes and the
 * database, also on failure.
 */
public final class TwoNodeCluster implements AutoCloseable {

  public static final String REALM = "password-care-demo";
  public static final String DEMO_PASSWORD = "Care-Demo-2026!";
  public static final String ADMIN = "admin";

  /** SMS gateway read timeout of both nodes: a hanging gateway costs a user this long. */
  public static final int SMS_READ_TIMEOUT_MILLIS = 3000;

  private final Path repo = Path.of(System.getProperty("password-care.repo"));
  private final Path work = Path.of(System.getProperty("password-care.cluster.dir"));
  private final Path jars =
      Path.of(System.getProperty("password-care.production-test.dir"), "jars");
  private final String adminPassword = UUID.randomUUID().toString();
  private final Timings timings = new Timings();
  private final List<Node> nodes = new ArrayList<>();
  private LocalPostgres postgres;
  private ClusterMail mail;
  private SmsGateway sms;

  /** One node: its server process, ports, log and an HTTP client for it. */
  public record Node(
      String name, KeycloakServer server, int httpPort, int managementPort, Path log, Http http) {

    public String baseUrl() {
      return "http://localhost:" + httpPort;
    }
  }

  static TwoNodeCluster start() throws Exception {
    TwoNodeCluster cluster = new TwoNodeCluster();
    try {
      cluster.startAll();
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    } finally {
      cluster.timings.print();
    }
  }

  private void startAll() throws Exception {
    postgres =
        timings.time("PostgreSQL: unpack, initdb, start", () -> LocalPostgres.start(freePort()));
    mail = ClusterMail.start(freePort());
    sms = SmsGateway.start();
    Path home1 = work.resolve("keycloak-" + System.getProperty("keycloak.version"));
    Path home2 = work.resolve("node2");
    Files.deleteIfExists(work.resolve("install.log"));
    KeycloakServer installer = new KeycloakServer(home1, work.resolve("install.log"), 0);
    timings.run(
        "install-keycloak.sh: jars in, kc.sh build",
        () ->
            installer.runScript(
                repo.resolve("docs/install/install-keycloak.sh"), Map.of(), installArgs(home1)));
    timings.run("copy the built distribution for node 2", () -> copy(home1, home2));
    // Node 1 alone first: it creates the schema; node 2 then joins the running cluster.
    timings.run("node 1: kc.sh start --optimized", () -> startNode("node1", home1));
    timings.run("node 2: kc.sh start --optimized", () -> startNode("node2", home2));
    timings.run("one cluster view of 2 members", () -> ClusterView.awaitTwoMembers(this));
    timings.run("demo realm imported through node 1", this::importDemoRealm);
  }

  private void startNode(String name, Path home) throws Exception {
    int httpPort = freePort();
    int managementPort = freePort();
    Path log = work.resolve(name + ".log");
    Files.deleteIfExists(log);
    KeycloakServer server = new KeycloakServer(home, log, managementPort);
    Node node =
        new Node(
            name, server, httpPort, managementPort, log, new Http("http://localhost:" + httpPort));
    nodes.add(node);
    server.start(env(), options(httpPort, managementPort));
  }

  /** The runtime options of docs/install.md plus what makes two nodes on one machine a cluster. */
  private List<String> options(int httpPort, int managementPort) throws IOException {
    return List.of(
        "--db-url=" + postgres.jdbcUrl(),
        "--db-username=" + LocalPostgres.USER,
        // No fixed hostname: each node answers with the address it was asked on, so a flow can
        // start on one node's port and go on at the other's (a load balancer's job in production).
        "--hostname-strict=false",
        "--http-enabled=true",
        "--http-host=127.0.0.1",
        "--http-port=" + httpPort,
        "--http-management-port=" + managementPort,
        "--cache=ispn",
        "--cache-stack=jdbc-ping",
        "--cache-embedded-network-bind-address=127.0.0.1",
        "--cache-embedded-network-bind-port=" + freePort(),
        "--spi-password-care-sms-sender--http--url=" + sms.url(),
        "--spi-password-care-sms-sender--http--read-timeout-millis=" + SMS_READ_TIMEOUT_MILLIS,
        "--spi-password-care-sms-sender--http--connect-timeout-millis=2000",
        "--spi-password-care-sms-sender--http--default-region=NL");
  }

  private Map<String, String> env() {
    return Map.of(
        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
        "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
        // Two servers on a shared 2-core build machine; production keeps kc.sh's heap sizing.
        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
  }

  private void importDemoRealm() throws IOException {
    Http http = node(1).http();
    String admin = adminToken(1);
    String realm = Files.readString(repo.resolve("realm-export/" + REALM + "-realm.json"));
    HttpResponse<String> imported = http.send("POST", "/admin/realms", admin, realm);
    if (imported.statusCode() != 201) {
      throw new IllegalStateException("realm import: HTTP " + imported.statusCode());
    }
    pointSmtpAt(mail.port());
  }

  /** Points the demo realm's SMTP at {@code port} (GreenMail's, or a closed one to fail mail). */
  public void pointSmtpAt(int port) {
    ObjectNode smtp = ClusterMail.JSON.createObjectNode();
    smtp.put("host", "127.0.0.1");
    smtp.put("port", String.valueOf(port));
    smtp.put("from", "no-reply@password-care.localhost");
    smtp.put("auth", "false");
    smtp.put("ssl", "false");
    smtp.put("starttls", "false");
    ObjectNode body = ClusterMail.JSON.createObjectNode();
    body.set("smtpServer", smtp);
    HttpResponse<String> saved =
        node(1).http().send("PUT", "/admin/realms/" + REALM, adminToken(1), body.toString());
    if (saved.statusCode() != 204) {
      throw new IllegalStateException("SMTP settings: HTTP " + saved.statusCode());
    }
  }

  public Node node(int number) {
    return nodes.get(number - 1);
  }

  public List<Node> nodes() {
    return List.copyOf(nodes);
  }

  /** A fresh master-realm admin token from node {@code number} (they live 60 s). */
  public String adminToken(int number) {
    return node(number).http().token("master", ADMIN, adminPassword);
  }

  public ClusterMail mail() {
    return mail;
  }

  public SmsGateway sms() {
    return sms;
  }

  public LocalPostgres postgres() {
    return postgres;
  }

  /** Starts a node again after a stop or kill, with the same ports and options. */
  public void restart(int number) throws Exception {
    Node node = node(number);
    node.server().start(env(), options(node.httpPort(), node.managementPort()));
  }

  private String[] installArgs(Path home) throws IOException {
    List<String> args = new ArrayList<>(List.of(home.toString()));
    try (Stream<Path> found = Files.list(jars)) {
      found.map(Path::toString).sorted().forEach(args::add);
    }
    // The SMS sender is chosen at build time; its address and timeouts are runtime options.
    args.addAll(List.of("--", "--spi-password-care-sms-sender--provider=http"));
    return args.toArray(String[]::new);
  }

  private static void copy(Path from, Path to) throws IOException, InterruptedException {
    Process cp =
        new ProcessBuilder(
                "bash", "-c", "rm -rf \"$2\" && cp -a \"$1\" \"$2\"", "copy", "" + from, "" + to)
            .inheritIO()
            .start();
    if (cp.waitFor() != 0) {
      throw new IllegalStateException("copying " + from + " to " + to + " failed");
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    for (Node node : nodes) {
      try {
        node.server().stop();
      } catch (InterruptedException | RuntimeException e) {
        System.err.println("[cluster] " + node.name() + " did not stop cleanly: " + e);
      }
    }
    if (sms != null) {
      sms.close();
    }
    if (mail != null) {
      mail.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }
}
