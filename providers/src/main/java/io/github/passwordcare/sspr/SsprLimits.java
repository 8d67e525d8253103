package io.github.passwordcare.sspr;

import io.github.passwordcare.settings.PasswordCareSettings;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * The per-user SSPR throttles, cluster-wide in Keycloak's single-use store: failed verifications
 * (and the lock they lead to), emails per 10 minutes, SMS per hour. A subject is a user id, or a
 * hash of the typed username when no account matched, so an unknown name is throttled and locked
 * exactly like a real one and the limits reveal nothing.
 */
final class SsprLimits {

  private static final String PREFIX = "password-care-sspr:";
  private static final long EMAIL_WINDOW_SECONDS = 600;
  private static final long SMS_WINDOW_SECONDS = 3600;

  private final SingleUseObjectProvider store;
  private final PasswordCareSettings settings;
  private final String realmId;

  SsprLimits(KeycloakSession session, RealmModel realm, PasswordCareSettings settings) {
    this.store = session.singleUseObjects();
    this.settings = settings;
    this.realmId = realm.getId();
  }

  boolean locked(String subject) {
    return store.contains(key("lock", subject));
  }

  /** Counts one failed verification; true when this one locked the subject. */
  boolean recordFailure(String subject) {
    long window = settings.ssprLockoutHours() * 3600L;
    ThrottleWindow failures = count("fail", subject, window);
    if (failures.count() >= settings.ssprMaxFailedVerifications()) {
      store.put(key("lock", subject), window, java.util.Map.of());
      store.remove(key("fail", subject));
      return true;
    }
    return false;
  }

  /**
   * Takes one email from the subject's allowance; false (and nothing counted) when none is left.
   */
  boolean takeEmail(String subject) {
    return take("email", subject, EMAIL_WINDOW_SECONDS, settings.ssprMaxEmailsPer10Minutes());
  }

  /** Takes one SMS from the subject's allowance; false (and nothing counted) when none is left. */
  boolean takeSms(String subject) {
    return take("sms", subject, SMS_WINDOW_SECONDS, settings.ssprMaxSmsPerHour());
  }

  private boolean take(String kind, String subject, long windowSeconds, int limit) {
    long now = Time.currentTime();
    ThrottleWindow current = ThrottleWindow.fromNotes(store.get(key(kind, subject)), now);
    if (current.full(now, windowSeconds, limit)) {
      return false;
    }
    count(kind, subject, windowSeconds);
    return true;
  }

  private ThrottleWindow count(String kind, String subject, long windowSeconds) {
    long now = Time.currentTime();
    String key = key(kind, subject);
    ThrottleWindow next = ThrottleWindow.fromNotes(store.get(key), now).plusOne(now, windowSeconds);
    store.put(key, next.secondsLeft(now, windowSeconds), next.toNotes());
    return next;
  }

  private String key(String kind, String subject) {
    return PREFIX + realmId + ":" + kind + ":" + subject;
  }
}
