package io.github.passwordcare.bulkreset;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the bulk reset gives users a new password. */
public enum BulkResetMode {
  /** A generated temporary password, returned once in the response. */
  GENERATE("generate"),
  /** One password given by the admin, the same for every selected user. */
  SET("set"),
  /** Keycloak's execute-actions email (UPDATE_PASSWORD); no password is made. */
  EMAIL_LINK("email-link");

  private final String value;

  BulkResetMode(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<BulkResetMode> of(String value) {
    return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
  }

  public static String allowedValues() {
    return Arrays.stream(values()).map(m -> m.value).collect(Collectors.joining(", "));
  }
}
