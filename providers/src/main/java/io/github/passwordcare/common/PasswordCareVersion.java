package io.github.passwordcare.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The bundle's version, filtered into {@code password-care.properties} at build time. */
public final class PasswordCareVersion {

  private static final String VERSION = load();

  private PasswordCareVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        PasswordCareVersion.class.getResourceAsStream("/password-care.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
