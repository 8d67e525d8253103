package io.github.passwordcare.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The request body of a JSON endpoint, read from its bytes. Taking a {@code String} parameter lets
 * the JAX-RS layer decode the body with whatever charset it picks and put U+FFFD where a byte does
 * not fit: a {@code set} password sent as ISO-8859-1 was stored with a replacement character, and
 * nobody could type it. Here the body must be declared {@code application/json}, in UTF-8 if a
 * charset is named, and must be valid UTF-8; anything else is refused before it is read.
 */
public final class JsonRequestBody {

  private static final String JSON = "application/json";

  private JsonRequestBody() {}

  /** A body refused as a whole: the HTTP status to answer, and the message of its JSON error. */
  public static final class RefusedException extends RuntimeException {
    private final Response.Status status;

    RefusedException(Response.Status status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    public Response.Status status() {
      return status;
    }
  }

  /**
   * The body as text.
   *
   * @param contentType the request's {@code Content-Type} header, or null
   * @throws RefusedException 415 when the body is not declared {@code application/json} (with no
   *     parameter but {@code charset=utf-8}), 400 when its bytes are not valid UTF-8
   */
  public static String decode(String contentType, byte[] body) {
    checkContentType(contentType);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RefusedException(
          Response.Status.BAD_REQUEST, "the request body is not valid UTF-8");
    }
  }

  /** Whether the {@code Accept} header's types take at least one of {@code offered}. */
  public static boolean accepts(List<MediaType> accepted, MediaType... offered) {
    if (accepted == null || accepted.isEmpty()) {
      return true;
    }
    for (MediaType type : accepted) {
      for (MediaType o : offered) {
        if (type.isCompatible(o)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void checkContentType(String contentType) {
    String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
    if (!parts[0].trim().equalsIgnoreCase(JSON)) {
      throw unsupported("send the body as Content-Type: application/json");
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.isEmpty()) {
        continue;
      }
      int eq = parameter.indexOf('=');
      String name = eq < 0 ? parameter : parameter.substring(0, eq).trim();
      String value = eq < 0 ? "" : parameter.substring(eq + 1).trim().replace("\"", "");
      if (!name.toLowerCase(Locale.ROOT).equals("charset")) {
        throw unsupported("Content-Type application/json takes no parameter but charset=utf-8");
      }
      if (!value.equalsIgnoreCase("utf-8")) {
        throw unsupported("the body must be UTF-8: send Content-Type: application/json");
      }
    }
  }

  private static RefusedException unsupported(String message) {
    return new RefusedException(Response.Status.UNSUPPORTED_MEDIA_TYPE, message);
  }
}
