package io.github.passwordcare.it;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The decoded text parts of an email, by content type ({@code text/plain}, {@code text/html}). */
public final class MailParts {

  private MailParts() {}

  public static Map<String, String> of(Part message) throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    collect(message, parts);
    return parts;
  }

  /** The text/plain part, for assertions that need no exception handling. */
  public static String text(Part message) {
    try {
      return of(message).getOrDefault("text/plain", "");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Part part, Map<String, String> parts) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), parts);
      }
    } else {
      String type = part.getContentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
      parts.put(type, part.getContent().toString());
    }
  }
}
