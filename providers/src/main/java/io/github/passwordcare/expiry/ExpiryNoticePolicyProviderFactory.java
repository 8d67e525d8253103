package io.github.passwordcare.expiry;

/**
 * Password policy {@code password-care-expiry-notice(days)}: how many days (1–30, default 14)
 * before expiry sign-in warns. Without {@code password-care-expiry} it does nothing.
 */
public class ExpiryNoticePolicyProviderFactory extends DaysPolicyProviderFactory {

  public static final String PROVIDER_ID = "password-care-expiry-notice";
  static final String ERROR_KEY = "passwordCareExpiryNoticePolicyInvalidDays";
  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 30;
  public static final int DEFAULT_DAYS = 14;

  public ExpiryNoticePolicyProviderFactory() {
    super(
        PROVIDER_ID,
        ERROR_KEY,
        "Password Care: warn days before expiry",
        MIN_DAYS,
        MAX_DAYS,
        DEFAULT_DAYS);
  }
}
