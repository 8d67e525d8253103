package io.github.passwordcare.sspr;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The pure maths behind every SSPR throttle: a fixed window ({@code now / windowSeconds}) with
 * {@code limit} numbered slots. An event is allowed when it claims a free slot by an atomic "put if
 * absent" of that slot's key; when every slot of the window is taken, the limit is reached. With an
 * atomic put (Keycloak's single-use store is, cluster-wide) parallel requests can never claim more
 * than {@code limit} slots, which a read-then-write counter could not promise.
 *
 * @param id the window's number since the epoch
 * @param secondsLeft seconds until the window ends (at least 1, the store's smallest lifespan)
 */
record ThrottleWindow(long id, long secondsLeft) {

  /** One claimed slot: its store key, and whether it was the window's last free one. */
  record Claim(String key, int slot, boolean last) {}

  /** The window current at {@code nowSeconds}. */
  static ThrottleWindow at(long nowSeconds, long windowSeconds) {
    long id = Math.floorDiv(nowSeconds, windowSeconds);
    return new ThrottleWindow(id, Math.max(1, (id + 1) * windowSeconds - nowSeconds));
  }

  String slotKey(String counterKey, int slot) {
    return counterKey + ":" + id + ":" + slot;
  }

  /**
   * Claims the lowest free slot of {@code counterKey} in this window; empty when all {@code limit}
   * are taken. {@code putIfAbsent} must be atomic and answer true only to the one caller that
   * created the key.
   */
  Optional<Claim> claim(String counterKey, int limit, Predicate<String> putIfAbsent) {
    for (int slot = 0; slot < limit; slot++) {
      String key = slotKey(counterKey, slot);
      if (putIfAbsent.test(key)) {
        return Optional.of(new Claim(key, slot, slot == limit - 1));
      }
    }
    return Optional.empty();
  }
}
