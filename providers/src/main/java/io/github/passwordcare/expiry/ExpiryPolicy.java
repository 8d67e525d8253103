package io.github.passwordcare.expiry;

import java.util.Optional;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;

/**
 * A realm's expiry settings as its password policy holds them: {@code password-care-expiry(days)}
 * and optionally {@code password-care-expiry-notice(days)}. Without the first, passwords never
 * expire through this bundle. A notice at least as long as the expiry (each policy is parsed on its
 * own, so Keycloak cannot refuse that pair) warns from the day the password is set.
 */
public record ExpiryPolicy(int expiryDays, int noticeDays) {

  public static Optional<ExpiryPolicy> of(RealmModel realm) {
    return of(realm.getPasswordPolicy());
  }

  static Optional<ExpiryPolicy> of(PasswordPolicy policy) {
    Object expiry = policy.getPolicyConfig(ExpiryPolicyProviderFactory.PROVIDER_ID);
    if (!(expiry instanceof Integer days)) {
      return Optional.empty();
    }
    Object notice = policy.getPolicyConfig(ExpiryNoticePolicyProviderFactory.PROVIDER_ID);
    return Optional.of(
        new ExpiryPolicy(
            days,
            notice instanceof Integer n ? n : ExpiryNoticePolicyProviderFactory.DEFAULT_DAYS));
  }

  /** The expiry of a password set at {@code createdAt} (epoch ms). */
  public PasswordExpiry expiryOf(long createdAt) {
    return PasswordExpiry.of(createdAt, this);
  }
}
