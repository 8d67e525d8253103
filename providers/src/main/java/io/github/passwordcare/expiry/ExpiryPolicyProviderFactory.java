package io.github.passwordcare.expiry;

/**
 * Password policy {@code password-care-expiry(days)}: a password expires this many days (1–730)
 * after it was set, to the second. Sign-in then asks for a new one ({@link
 * ExpiryWarningRequiredAction}); before that, {@code password-care-expiry-notice} warns.
 */
public class ExpiryPolicyProviderFactory extends DaysPolicyProviderFactory {

  public static final String PROVIDER_ID = "password-care-expiry";
  static final String ERROR_KEY = "passwordCareExpiryPolicyInvalidDays";
  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 730;
  static final int DEFAULT_DAYS = 90;

  public ExpiryPolicyProviderFactory() {
    super(
        PROVIDER_ID,
        ERROR_KEY,
        "Password Care: expire after days",
        MIN_DAYS,
        MAX_DAYS,
        DEFAULT_DAYS);
  }
}
