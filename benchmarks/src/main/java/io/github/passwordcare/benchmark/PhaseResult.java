package io.github.passwordcare.benchmark;

/**
 * One timed phase: how many users it was given, how long it took, and how many resets the server
 * confirmed. {@code note} says why a phase did not run or what went wrong (never a password).
 */
record PhaseResult(
    String name, int users, double seconds, int succeeded, int failed, boolean ran, String note) {

  static PhaseResult notRun(String name, int users, String note) {
    return new PhaseResult(name, users, 0, 0, 0, false, note);
  }

  /** Every user was reset: only then is the time comparable with another phase. */
  boolean complete() {
    return ran && succeeded == users;
  }

  double millisPerUser() {
    return users == 0 ? 0 : seconds * 1000 / users;
  }
}
