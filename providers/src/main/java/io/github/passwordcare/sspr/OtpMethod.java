package io.github.passwordcare.sspr;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

/**
 * The code from the user's authenticator app, checked against the user's existing Keycloak OTP
 * credentials by Keycloak's own validator, as {@code OTPFormAuthenticator} does (the realm's OTP
 * policy: TOTP/HOTP, digits, period, look-around, reuse).
 */
final class OtpMethod {

  private OtpMethod() {}

  static boolean registered(UserModel user) {
    return user.credentialManager().isConfiguredFor(OTPCredentialModel.TYPE);
  }

  static boolean valid(UserModel user, String code) {
    if (code == null || code.isBlank()) {
      return false;
    }
    return user.credentialManager()
        .getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
        .map(CredentialModel::getId)
        .anyMatch(
            id ->
                user.credentialManager()
                    .isValid(new UserCredentialModel(id, OTPCredentialModel.TYPE, code.strip())));
  }
}
