package io.github.passwordcare.sspr;

import java.util.Map;

/**
 * A fixed-window counter (how many times in the current window, and when that window began), the
 * pure maths behind every SSPR throttle. Stored as the notes of one single-use-store entry, so all
 * nodes of a cluster count together.
 *
 * @param count events counted in the window that began at {@code startSeconds}
 * @param startSeconds epoch seconds the window began
 */
record ThrottleWindow(int count, long startSeconds) {

  static ThrottleWindow empty(long nowSeconds) {
    return new ThrottleWindow(0, nowSeconds);
  }

  /** The window as it stands at {@code nowSeconds}: a fresh one once the old one has ended. */
  ThrottleWindow at(long nowSeconds, long windowSeconds) {
    return nowSeconds >= startSeconds + windowSeconds || nowSeconds < startSeconds
        ? empty(nowSeconds)
        : this;
  }

  /** One more event at {@code nowSeconds}. */
  ThrottleWindow plusOne(long nowSeconds, long windowSeconds) {
    ThrottleWindow current = at(nowSeconds, windowSeconds);
    return new ThrottleWindow(current.count + 1, current.startSeconds);
  }

  /** Whether {@code limit} events have already happened in the window current at {@code now}. */
  boolean full(long nowSeconds, long windowSeconds, int limit) {
    return at(nowSeconds, windowSeconds).count >= limit;
  }

  /** Seconds until this window ends (at least 1, the store's smallest lifespan). */
  long secondsLeft(long nowSeconds, long windowSeconds) {
    return Math.max(1, startSeconds + windowSeconds - nowSeconds);
  }

  Map<String, String> toNotes() {
    return Map.of("count", Integer.toString(count), "start", Long.toString(startSeconds));
  }

  /** The window stored in {@code notes}; an empty one for missing or malformed notes. */
  static ThrottleWindow fromNotes(Map<String, String> notes, long nowSeconds) {
    if (notes == null) {
      return empty(nowSeconds);
    }
    try {
      return new ThrottleWindow(
          Integer.parseInt(notes.get("count")), Long.parseLong(notes.get("start")));
    } catch (NumberFormatException | NullPointerException e) {
      return empty(nowSeconds);
    }
  }
}
