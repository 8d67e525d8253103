package io.github.passwordcare.expiry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The expiry of one user's current password, when the realm's policy sets one and the user is not
 * exempt. A password without a {@code createdDate} (some old imports) has no known age: it is left
 * alone rather than forced, and the report leaves it out too.
 */
final class PasswordAges {

  private PasswordAges() {}

  static Optional<PasswordExpiry> of(RealmModel realm, UserModel user) {
    Optional<ExpiryPolicy> policy = ExpiryPolicy.of(realm);
    if (policy.isEmpty() || Exemptions.reason(user) != null) {
      return Optional.empty();
    }
    return user.credentialManager()
        .getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE)
        .map(CredentialModel::getCreatedDate)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(created -> policy.get().expiryOf(created));
  }

  /** "26 November 2026, 14:05 UTC" in the user's language. */
  static String format(long epochMillis, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(ZoneOffset.UTC)
            .format(Instant.ofEpochMilli(epochMillis))
        + " UTC";
  }
}
