package io.github.passwordcare.sms;

import org.jboss.logging.Logger;

/**
 * Writes the text to the server log, loudly, with the number masked. The one place a one-time code
 * may appear in a log; its factory refuses production mode.
 */
final class LogSmsSender implements SmsSender {

  private static final Logger LOG = Logger.getLogger(LogSmsSender.class);

  @Override
  public void send(String e164Phone, String message) {
    LOG.warnf(
        "DEVELOPMENT SMS SENDER (start-dev only, nothing was sent): text to %s: %s",
        PhoneNumbers.mask(e164Phone), message);
  }
}
