package io.github.passwordcare.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test server's log file, read from a byte offset so a test sees only what it caused. */
public final class ServerLog {

  private ServerLog() {}

  public static Path path() {
    return Path.of(System.getProperty("password-care.server-log", "target/keycloak-server.log"))
        .toAbsolutePath();
  }

  public static long size() {
    try {
      return Files.exists(path()) ? Files.size(path()) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines written since {@code offset} (a value of {@link #size()}). */
  public static List<String> linesSince(long offset) {
    try {
      byte[] all = Files.readAllBytes(path());
      String tail =
          new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
      return tail.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
