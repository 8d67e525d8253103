package io.github.passwordcare.contact;

/**
 * Whether "Remind me later" is offered: only while the user has postponed fewer times than the
 * realm allows ({@code registrationRemindLaterTimes}), and never when an application started the
 * page ({@code kc_action}): there Keycloak shows its own "Cancel", and postponing would count
 * against a registration the user did not have to do. Pure.
 */
record RemindLater(int used, int allowed, boolean appInitiated) {

  /** The stored count; a missing or garbled value counts as 0, a negative one as 0. */
  static int parseCount(String stored) {
    if (stored == null) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(stored.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  boolean offered() {
    return !appInitiated && used < allowed;
  }

  /** Whether the page says the user has used up the postponements (and so cannot skip it). */
  boolean usedUp() {
    return !appInitiated && used >= allowed;
  }
}
