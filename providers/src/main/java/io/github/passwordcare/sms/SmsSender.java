package io.github.passwordcare.sms;

import org.keycloak.provider.Provider;

/**
 * Sends one text message. Providers of the {@code password-care-sms-sender} SPI ({@code log},
 * {@code http}, {@code twilio}); the server's options choose one, e.g. {@code
 * --spi-password-care-sms-sender--provider=http}.
 */
public interface SmsSender extends Provider {

  /**
   * @param e164Phone the recipient in E.164 form ({@code +31612345678}), already validated
   * @param message the text, already localized; may hold a one-time code, so implementations never
   *     log it (the {@code log} sender, for development only, is the one exception)
   * @throws SmsException when the message could not be handed to the gateway
   */
  void send(String e164Phone, String message) throws SmsException;

  @Override
  default void close() {}
}
