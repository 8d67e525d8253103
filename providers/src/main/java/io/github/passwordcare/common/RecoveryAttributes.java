package io.github.passwordcare.common;

/**
 * The user attributes and the credential type that hold a user's recovery methods, the public
 * contract of design.md ("User attributes"). SSPR reads them, the recovery-contacts page and the
 * admin API write them, the notifications send to the verified alternate address. Declared in the
 * realm's user profile: admins view and edit, users view only (they change them by verification).
 */
public final class RecoveryAttributes {

  /** Mobile phone in E.164 ({@code +31612345678}). */
  public static final String PHONE = "recoveryPhone";

  /** {@code true} once the phone was verified by a code (or an admin said so). */
  public static final String PHONE_VERIFIED = "recoveryPhoneVerified";

  /** Alternate email address, never equal to the primary one. */
  public static final String EMAIL = "recoveryEmail";

  /** {@code true} once the alternate address was verified by a code (or an admin said so). */
  public static final String EMAIL_VERIFIED = "recoveryEmailVerified";

  /** Epoch seconds of the user's last "These are correct". */
  public static final String CONFIRMED_AT = "recoveryConfirmedAt";

  /**
   * How many times the user chose "Remind me later" on the recovery-contacts page since the last
   * "These are correct" (which sets it back to 0). Admins view it; users never edit it.
   */
  public static final String REMIND_LATER_COUNT = "recoveryRemindLaterCount";

  /** The credential type of a user's security questions (hashed answers). */
  public static final String SECURITY_QUESTIONS_TYPE = "password-care-security-questions";

  private RecoveryAttributes() {}
}
