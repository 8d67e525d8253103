package io.github.passwordcare.sms;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.keycloak.util.JsonSerialization;

/**
 * Fills the {@code http} sender's body template. The values are JSON-escaped, so a text with a
 * quote, a backslash or a line break cannot break out of its string (nor inject a field).
 */
final class JsonTemplate {

  static final String PHONE = "{phone}";
  static final String MESSAGE = "{message}";

  private JsonTemplate() {}

  static String fill(String template, String phone, String message) {
    // One pass, so a message that contains "{phone}" is not replaced a second time.
    StringBuilder out = new StringBuilder(template.length() + message.length() + 16);
    int i = 0;
    while (i < template.length()) {
      if (template.startsWith(PHONE, i)) {
        out.append(escape(phone));
        i += PHONE.length();
      } else if (template.startsWith(MESSAGE, i)) {
        out.append(escape(message));
        i += MESSAGE.length();
      } else {
        out.append(template.charAt(i++));
      }
    }
    return out.toString();
  }

  /** The characters of a JSON string value, without the surrounding quotes (RFC 8259). */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // Also U+2028/U+2029, which break JavaScript that evaluates JSON.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether the template is JSON once filled with a sample number and a text that needs escapes.
   */
  static boolean isJsonWithSample(String template) {
    try {
      JsonNode node =
          JsonSerialization.readValue(
              fill(template, "+31612345678", "a \"quoted\"\\ text\n"), JsonNode.class);
      return node != null && node.isContainerNode();
    } catch (IOException e) {
      return false;
    }
  }
}
