package io.github.passwordcare.sms;

/**
 * A message that could not be sent (gateway error, timeout, refused number). Its message is for the
 * server log: it names the provider and the HTTP status, never the phone number in full or the
 * text.
 */
public class SmsException extends Exception {

  public SmsException(String message) {
    super(message);
  }

  public SmsException(String message, Throwable cause) {
    super(message, cause);
  }
}
