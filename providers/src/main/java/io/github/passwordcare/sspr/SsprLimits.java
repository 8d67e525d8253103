package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings;
import io.github.passwordcare.sspr.ThrottleWindow.Claim;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * The SSPR throttles, cluster-wide and atomic in Keycloak's single-use store: verification attempts
 * (and the lock they lead to), emails per 10 minutes, SMS per hour. Every event claims one numbered
 * slot of a fixed window by {@code putIfAbsent} (atomic in the Infinispan-backed store, across
 * nodes), so parallel requests cannot overrun a limit. A subject is a hashed typed name (what the
 * user sees) or an account id (enforced silently), see {@link SsprStep#nameSubject}.
 */
public final class SsprLimits {

  private static final String PREFIX = "password-care-sspr:";
  private static final long EMAIL_WINDOW_SECONDS = 600;
  private static final long SMS_WINDOW_SECONDS = 3600;

  private final SingleUseObjectProvider store;
  private final PasswordCareSettings settings;
  private final String realmId;

  public SsprLimits(KeycloakSession session, RealmModel realm, PasswordCareSettings settings) {
    this.store = session.singleUseObjects();
    this.settings = settings;
    this.realmId = realm.getId();
  }

  public boolean locked(String subject) {
    return store.contains(key("lock", subject));
  }

  /** Locks the subject's SSPR for {@code ssprLockoutHours}; a lock already set stays as it is. */
  public void lock(String subject) {
    store.putIfAbsent(key("lock", subject), lockSeconds());
  }

  /**
   * Claims one of the subject's {@code ssprMaxFailedVerifications} verification attempts, before
   * the code is checked (so parallel guesses are bounded too); empty when none is left. A right
   * code gives its attempt back ({@link #release}); the wrong one that took the last attempt locks.
   */
  public Optional<Claim> claimAttempt(String subject) {
    ThrottleWindow window = ThrottleWindow.at(Time.currentTime(), lockSeconds());
    return window.claim(
        key("fail", subject),
        settings.ssprMaxFailedVerifications(),
        k -> store.putIfAbsent(k, window.secondsLeft()));
  }

  public void release(Claim claim) {
    store.remove(claim.key());
  }

  /** Takes one email from the subject's allowance; false when none is left. */
  public boolean takeEmail(String subject) {
    return take("email", subject, EMAIL_WINDOW_SECONDS, settings.ssprMaxEmailsPer10Minutes());
  }

  /** Takes one SMS from the subject's allowance; false when none is left. */
  public boolean takeSms(String subject) {
    return take("sms", subject, SMS_WINDOW_SECONDS, settings.ssprMaxSmsPerHour());
  }

  private boolean take(String kind, String subject, long windowSeconds, int limit) {
    ThrottleWindow window = ThrottleWindow.at(Time.currentTime(), windowSeconds);
    return window
        .claim(key(kind, subject), limit, k -> store.putIfAbsent(k, window.secondsLeft()))
        .isPresent();
  }

  private long lockSeconds() {
    return settings.ssprLockoutHours() * 3600L;
  }

  private String key(String kind, String subject) {
    return PREFIX + realmId + ":" + kind + ":" + subject;
  }
}
