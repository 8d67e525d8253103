package io.github.passwordcare.contact;

/**
 * Whether the sign-in asks a user to register or confirm recovery methods, as a pure rule so a unit
 * test reaches every branch. Only users SSPR serves are asked, and only when the realm requires
 * registration at sign-in: when they have fewer methods than SSPR will demand of them at a reset
 * (admins: {@code ssprMethodsRequiredAdmins}), or when they confirmed them longer ago than {@code
 * registrationReconfirmDays}. A user who never confirmed but has enough methods is not asked: the
 * methods work, and asking would stop every user of a realm at the first sign-in after the check is
 * turned on (docs/decisions.md).
 */
public final class RecoveryCheckRule {

  private static final long SECONDS_PER_DAY = 24L * 60 * 60;

  /** Why a user is asked, or that the user is not. */
  public enum Outcome {
    NOT_ASKED,
    TOO_FEW_METHODS,
    RECONFIRM;

    public boolean asks() {
      return this != NOT_ASKED;
    }
  }

  /**
   * What the rule looks at, gathered from the realm's settings and the user.
   *
   * @param registrationRequired the realm's {@code registrationRequired}
   * @param inScope the user may use SSPR (not a service account, in the SSPR scope)
   * @param registeredMethods the user's registered methods that SSPR offers
   * @param methodsRequired the methods SSPR demands of this user at a reset
   * @param reconfirmDays the realm's {@code registrationReconfirmDays}; 0 = never
   * @param confirmedAt the user's {@code recoveryConfirmedAt} attribute as stored (may be null or
   *     malformed: then the user never confirmed)
   * @param now epoch seconds
   */
  public record Facts(
      boolean registrationRequired,
      boolean inScope,
      int registeredMethods,
      int methodsRequired,
      int reconfirmDays,
      String confirmedAt,
      long now) {}

  private RecoveryCheckRule() {}

  public static Outcome decide(Facts facts) {
    if (!facts.registrationRequired() || !facts.inScope()) {
      return Outcome.NOT_ASKED;
    }
    if (facts.registeredMethods() < facts.methodsRequired()) {
      return Outcome.TOO_FEW_METHODS;
    }
    Long confirmedAt = epochSeconds(facts.confirmedAt());
    if (facts.reconfirmDays() > 0
        && confirmedAt != null
        && facts.now() - confirmedAt > facts.reconfirmDays() * SECONDS_PER_DAY) {
      return Outcome.RECONFIRM;
    }
    return Outcome.NOT_ASKED;
  }

  /** The attribute's epoch seconds, or null when absent, malformed or negative. */
  static Long epochSeconds(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long seconds = Long.parseLong(value.strip());
      return seconds < 0 ? null : seconds;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
