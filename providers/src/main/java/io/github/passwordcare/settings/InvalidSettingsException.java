package io.github.passwordcare.settings;

/**
 * Settings refused before anything is stored. The message is English and names the field and its
 * allowed range; {@link #field()} lets the admin console tab show the field's translated label.
 */
public class InvalidSettingsException extends RuntimeException {

  private final String field;

  public InvalidSettingsException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /** The settings field at fault, or empty when the body as a whole is wrong. */
  public String field() {
    return field;
  }
}
