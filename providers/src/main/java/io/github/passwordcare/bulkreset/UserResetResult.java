package io.github.passwordcare.bulkreset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What happened to one user. {@code temporaryPassword} is only set in mode generate: it exists in
 * this response and nowhere else (never logged, never stored in clear).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserResetResult(
    String userId,
    String username,
    String email,
    Status status,
    String temporaryPassword,
    String reason) {

  /** Result states; their JSON form is the lower-case, hyphenated name. */
  public enum Status {
    RESET("reset"),
    EMAIL_SENT("email-sent"),
    WOULD_RESET("would-reset"),
    SKIPPED("skipped"),
    FAILED("failed");

    private final String value;

    Status(String value) {
      this.value = value;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String value() {
      return value;
    }
  }

  public static UserResetResult skipped(String userId, String username, String email, String why) {
    return new UserResetResult(userId, username, email, Status.SKIPPED, null, why);
  }

  public static UserResetResult failed(String userId, String username, String email, String why) {
    return new UserResetResult(userId, username, email, Status.FAILED, null, why);
  }

  /**
   * This row as shown to a caller who may not view the user: only the given id and username (what
   * the caller sent), never the email.
   */
  UserResetResult withOnly(String id, String name) {
    return new UserResetResult(id, name, null, status, temporaryPassword, reason);
  }

  @Override
  public String toString() {
    // Never print the password.
    return "UserResetResult[" + userId + ", " + status.value() + ", " + reason + "]";
  }
}
