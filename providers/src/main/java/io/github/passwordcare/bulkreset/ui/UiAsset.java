package io.github.passwordcare.bulkreset.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One static file of the admin app, read from {@code password-care-ui/admin/} in the jar. Only
 * plain paths (each segment starting with a letter or digit, so never {@code ..}) with a known
 * lower-case extension are served, so nothing else on the class path can be reached through the
 * app's URL. Upper case and inner dots are allowed for PatternFly's own file names ({@code
 * RedHatText-Regular.woff2}).
 */
public record UiAsset(String path, String contentType, byte[] bytes, String etag) {

  static final String ROOT = "/password-care-ui/admin/";

  /** The page itself: always fetched anew, so a new version shows at once. */
  static final String NO_STORE = "no-store";

  /** Scripts, styles, messages: cached, but checked against the ETag on every use. */
  static final String REVALIDATE = "no-cache";

  private static final Pattern SAFE_PATH =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*\\.[a-z0-9]+");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "woff2", "font/woff2",
          "txt", "text/plain; charset=utf-8");

  /**
   * The file at {@code path} below the page, or empty when there is none or it may not be served.
   */
  public static Optional<UiAsset> load(String path) {
    String type = contentTypeOf(path);
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = UiAsset.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      return Optional.of(new UiAsset(path, type, bytes, hash(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content type for a servable path, or null when the path is not servable. */
  static String contentTypeOf(String path) {
    if (path == null || !SAFE_PATH.matcher(path).matches()) {
      return null;
    }
    return TYPES.get(path.substring(path.lastIndexOf('.') + 1));
  }

  public String cacheControl() {
    return path.endsWith(".html") ? NO_STORE : REVALIDATE;
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
