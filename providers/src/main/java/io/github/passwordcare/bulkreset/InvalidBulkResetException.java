package io.github.passwordcare.bulkreset;

/** Input that the whole call is refused for (HTTP 400, nothing changed); the message says why. */
public class InvalidBulkResetException extends RuntimeException {

  public InvalidBulkResetException(String message) {
    super(message);
  }
}
