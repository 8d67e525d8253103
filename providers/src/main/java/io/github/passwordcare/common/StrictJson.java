package io.github.passwordcare.common;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one JSON reader of the bundle's admin REST API. Jackson's defaults are lenient in ways that
 * turn a client's mistake into an action: with a duplicate key the last one wins ({@code
 * "dryRun":true,"dryRun":false} resets for real), {@code "true"} and {@code 1} become {@code true},
 * {@code 60.9} becomes {@code 60}, and {@code "dryRun": null} quietly means the default ({@code
 * false}: a real reset). Here every such body is refused, with a message that names the field, so
 * the caller fixes the request instead of getting a surprise. An absent field is the default; a
 * field set to null is an error.
 */
public final class StrictJson {

  private static final ObjectMapper MAPPER = build();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  private StrictJson() {}

  /** A JSON body that does not fit the strict reading; the message names the field. */
  public static final class InvalidJsonException extends RuntimeException {
    InvalidJsonException(String message) {
      super(message);
    }
  }

  /**
   * Reads one JSON value of {@code type}.
   *
   * @throws InvalidJsonException on malformed JSON, duplicate or unknown keys, a value of the wrong
   *     type, null as a field's value or inside an array, or anything after the value
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new InvalidJsonException("the body must be a JSON " + expected(type, true));
      }
      refuseNullsAndBrokenText(tree, "");
      return MAPPER.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidJsonException("unknown field '" + path(e) + "'");
    } catch (InvalidNullException e) {
      throw new InvalidJsonException("field '" + path(e) + "' must not hold null");
    } catch (MismatchedInputException e) {
      throw new InvalidJsonException(mismatch(e));
    } catch (JsonParseException e) {
      Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
      throw new InvalidJsonException(
          duplicate.find()
              ? "field '" + duplicate.group(1) + "' appears more than once"
              : e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new InvalidJsonException(e.getOriginalMessage());
    }
  }

  /**
   * A field set to null is refused, not taken as absent: {@code "dryRun": null} from a script's
   * {@code flag ?? null} must not mean the default (a real reset). Jackson's {@code Nulls.FAIL}
   * cannot do this for records: it also fires for an absent field. A string holding U+0000 or a
   * lone surrogate (the JSON escape of U+D800 alone is valid JSON) is refused too: as a password it
   * would be stored as something no keyboard or UTF-8 form can send back.
   */
  private static void refuseNullsAndBrokenText(JsonNode node, String path) {
    if (node.isObject()) {
      for (var field : node.properties()) {
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getValue().isNull()) {
          throw new InvalidJsonException(
              "field '" + child + "' must not be null: leave it out for the default");
        }
        refuseNullsAndBrokenText(field.getValue(), child);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseNullsAndBrokenText(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isTextual() && !isWellFormed(node.textValue())) {
      throw new InvalidJsonException(
          "field '" + path + "' must not hold U+0000 or a lone surrogate such as \\ud800");
    }
  }

  /** No U+0000, and every surrogate in a pair. */
  static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private static String mismatch(MismatchedInputException e) {
    String path = path(e);
    if (path.isEmpty()) {
      return e.getOriginalMessage().startsWith("Trailing token")
          ? "nothing may follow the JSON value"
          : "the body must be a JSON " + expected(e.getTargetType(), true);
    }
    return "field '" + path + "' must be " + expected(e.getTargetType(), false);
  }

  private static String expected(Class<?> type, boolean root) {
    if (type == null) {
      return "of another type";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == java.math.BigInteger.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return root ? "object" : "an object";
  }

  /** The JSON path of the failing value, such as {@code usernames[1]}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static ObjectMapper build() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // null inside an array or a map is refused here, a field's null before mapping
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();
    // A string never becomes a boolean or a number, nor a number a boolean or a string.
    for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer}) {
      refuse(mapper, type, CoercionInputShape.String, CoercionInputShape.EmptyString);
      refuse(mapper, type, CoercionInputShape.Float);
    }
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer);
    refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString);
    refuse(
        mapper,
        LogicalType.Textual,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    return mapper;
  }

  private static void refuse(JsonMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    var config = mapper.coercionConfigFor(type).setAcceptBlankAsEmpty(false);
    for (CoercionInputShape shape : shapes) {
      config.setCoercion(shape, CoercionAction.Fail);
    }
  }
}
