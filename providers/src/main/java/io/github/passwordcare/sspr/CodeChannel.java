package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A way to deliver a one-time code to a user: the primary email, the alternate email, or SMS. The
 * authenticator picks the channel of the chosen {@link SsprMethod}; OTP apps need no channel.
 */
public interface CodeChannel {

  SsprMethod method();

  /**
   * The user's verified contact for this channel, or empty when the user has none (no verified
   * address, no verified phone). Never shown unmasked.
   */
  Optional<String> contact(UserModel user);

  /** The contact masked for pages and events ({@code j***@e***.nl}, {@code +31 6 ***** 78}). */
  String mask(String contact);

  /**
   * Sends the code. Called off the request thread (enumeration safety), in a session of its own.
   *
   * @throws CodeDeliveryException when the gateway or the mail server refused or timed out
   */
  void send(KeycloakSession session, RealmModel realm, UserModel user, String contact, String code)
      throws CodeDeliveryException;

  /** Delivery failed; the message is for the server log and names no code and no full contact. */
  class CodeDeliveryException extends Exception {
    public CodeDeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
