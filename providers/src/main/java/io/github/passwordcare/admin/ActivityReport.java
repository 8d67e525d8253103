package io.github.passwordcare.admin;

import io.github.passwordcare.settings.PasswordCareSettings.SsprMethod;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code GET /admin/realms/{realm}/password-care/activity}: what SSPR did in the window
 * and how many users could use it today. Counts only, never a user, a contact or a code.
 */
public record ActivityReport(
    ActivityWindow window, Sspr sspr, Registration registration, EventsStored eventsStored) {

  /**
   * @param started SSPR attempts that reached the method step (unknown names included)
   * @param resetsDone passwords changed after a verified SSPR
   * @param failures failed SSPR steps other than lockouts (wrong or expired code, delivery failed,
   *     throttled, out of scope, no such contact...)
   * @param lockouts SSPR steps refused because the name or account was locked
   * @param byMethod per method ({@code email}, {@code altEmail}, {@code sms}, {@code otp}, {@code
   *     questions}): methods passed and failed steps
   */
  public record Sspr(
      long started,
      long resetsDone,
      long failures,
      long lockouts,
      Map<String, MethodFigures> byMethod) {}

  public record MethodFigures(long verified, long failed) {}

  /**
   * @param users0 enabled users in the SSPR scope with no registered method
   * @param users1 with exactly one
   * @param users2plus with two or more
   * @param adminsWithoutTwo enabled admins (the settings' admin definition) in the scope with fewer
   *     than two methods an admin may use (security questions do not count for admins)
   * @param usersInScope enabled users in the SSPR scope (service accounts never)
   */
  public record Registration(
      long users0, long users1, long users2plus, long adminsWithoutTwo, long usersInScope) {}

  /**
   * @param enabled the realm saves login events
   * @param missingTypes event types the figures need that the realm does not save
   * @param expirationSeconds how long the realm keeps events (0: forever); shorter than the window
   *     means older events are gone
   */
  public record EventsStored(boolean enabled, List<String> missingTypes, long expirationSeconds) {}

  /** The key of a method in {@code byMethod}. */
  static String methodKey(SsprMethod method) {
    return switch (method) {
      case EMAIL -> "email";
      case RECOVERY_EMAIL -> "altEmail";
      case SMS -> "sms";
      case OTP -> "otp";
      case QUESTIONS -> "questions";
    };
  }
}
