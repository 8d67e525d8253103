package io.github.passwordcare.contact;

/** A recovery-contacts request that cannot be applied; the message is the 400 answer's error. */
public final class InvalidRecoveryContactsException extends RuntimeException {

  public InvalidRecoveryContactsException(String message) {
    super(message, null, false, false);
  }
}
