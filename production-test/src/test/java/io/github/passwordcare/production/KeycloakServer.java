package io.github.passwordcare.production;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Keycloak distribution directory run the production way: the docs/install scripts against it,
 * and {@code kc.sh start --optimized} with the runtime options an operator gives. Everything the
 * scripts and the server print goes to one log file, which a failure quotes the end of.
 */
public final class KeycloakServer implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

  private final Path home;
  private final Path log;
  private final int managementPort;
  private final HttpClient http = HttpClient.newHttpClient();
  private Process process;

  public KeycloakServer(Path home, Path log, int managementPort) {
    this.home = home;
    this.log = log;
    this.managementPort = managementPort;
    // Also when the test JVM is stopped from outside (Ctrl-C, a build timeout).
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "stop-keycloak"));
  }

  /** Runs a script with bash, as an operator would; fails with the log's end when it fails. */
  public void runScript(Path script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    Process run = builder.start();
    run.getOutputStream().close();
    if (!run.waitFor(10, TimeUnit.MINUTES) || run.exitValue() != 0) {
      run.destroyForcibly();
      throw new IllegalStateException(script.getFileName() + " failed\n" + logTail());
    }
  }

  /** {@code kc.sh start --optimized <options>}, then waits until /health/ready answers 200. */
  public void start(Map<String, String> env, List<String> options)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start"));
    command.add("--optimized");
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    process = builder.start();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (!ready()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped during start-up\n" + logTail());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Keycloak not ready after " + READY_TIMEOUT + logTail());
      }
      Thread.sleep(500);
    }
  }

  /** Stops the server (SIGTERM, as a container runtime does), then waits for it to be gone. */
  public synchronized void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    // kc.sh may exec java or stay its parent: stop the children too.
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      children.forEach(ProcessHandle::destroyForcibly);
    }
    for (ProcessHandle child : children) {
      child.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> child).join();
    }
    process = null;
  }

  /** Kills the server at once (SIGKILL to kc.sh and its java), as a crashed node; no clean-up. */
  public synchronized void kill() throws InterruptedException {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    for (ProcessHandle child : children) {
      child.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> child).join();
    }
    process = null;
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean ready() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return "\n--- last lines of "
          + log
          + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "\n(no log at " + log + ")";
    }
  }
}
