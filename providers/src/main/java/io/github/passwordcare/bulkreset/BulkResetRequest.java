package io.github.passwordcare.bulkreset;

import io.github.passwordcare.common.StrictJson;
import java.util.List;

/**
 * The body of {@code POST .../password-care/bulk-reset}. Absent fields are null here; {@link
 * #parse} fills the defaults and refuses contradictory or malformed input.
 */
public record BulkResetRequest(
    List<String> userIds,
    List<String> usernames,
    String groupId,
    Boolean includeSubgroups,
    String search,
    String mode,
    String password,
    Boolean temporary,
    Boolean logoutSessions,
    Boolean notifyUser,
    Integer linkLifespanSeconds,
    Boolean dryRun) {

  /** Longest email link Keycloak's admin console offers for execute-actions emails: 30 days. */
  public static final int MAX_LINK_LIFESPAN_SECONDS = 30 * 24 * 3600;

  public static final int DEFAULT_LINK_LIFESPAN_SECONDS = 12 * 3600;

  /** The {@code search} prefix that selects users by id, as in Keycloak's user search. */
  static final String ID_SEARCH = "id:";

  /** Parses and checks a request body; every problem is an {@link InvalidBulkResetException}. */
  public static BulkResetRequest parse(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidBulkResetException("The request body is empty: send a JSON object.");
    }
    BulkResetRequest request;
    try {
      request = StrictJson.read(json, BulkResetRequest.class);
    } catch (StrictJson.InvalidJsonException e) {
      throw new InvalidBulkResetException(
          "The request body is not valid JSON for a bulk reset: " + e.getMessage() + ".");
    }
    if (request == null) {
      throw new InvalidBulkResetException("The request body must be a JSON object.");
    }
    request.check();
    return request;
  }

  private void check() {
    if (isEmpty(userIds) && isEmpty(usernames) && isBlank(groupId) && isBlank(search)) {
      throw new InvalidBulkResetException(
          "Select users: give at least one of userIds, usernames, groupId or search.");
    }
    if (hasBlank(userIds) || hasBlank(usernames)) {
      throw new InvalidBulkResetException("userIds and usernames must not hold empty values.");
    }
    if (Boolean.TRUE.equals(includeSubgroups) && isBlank(groupId)) {
      throw new InvalidBulkResetException("includeSubgroups needs a groupId.");
    }
    if (mode != null && BulkResetMode.of(mode).isEmpty()) {
      throw new InvalidBulkResetException(
          "Unknown mode '" + mode + "': use one of " + BulkResetMode.allowedValues() + ".");
    }
    BulkResetMode m = modeOrDefault();
    if (m == BulkResetMode.SET && isBlank(password)) {
      throw new InvalidBulkResetException("mode 'set' needs a non-empty password.");
    }
    if (m != BulkResetMode.SET && password != null) {
      throw new InvalidBulkResetException(
          "password is only allowed with mode 'set' (mode is '" + m.value() + "').");
    }
    if (m != BulkResetMode.EMAIL_LINK && linkLifespanSeconds != null) {
      throw new InvalidBulkResetException("linkLifespanSeconds is only allowed with 'email-link'.");
    }
    if (m == BulkResetMode.EMAIL_LINK && Boolean.TRUE.equals(notifyUser)) {
      throw new InvalidBulkResetException(
          "notifyUser does not apply to 'email-link': the link email already tells the user.");
    }
    if (linkLifespanSeconds != null
        && (linkLifespanSeconds < 60 || linkLifespanSeconds > MAX_LINK_LIFESPAN_SECONDS)) {
      throw new InvalidBulkResetException(
          "linkLifespanSeconds must be between 60 and " + MAX_LINK_LIFESPAN_SECONDS + ".");
    }
  }

  /** The ids of a {@code search} that starts with {@code id:}, without duplicates; else empty. */
  public List<String> searchIds() {
    if (search == null || !search.trim().startsWith(ID_SEARCH)) {
      return List.of();
    }
    String ids = search.trim().substring(ID_SEARCH.length()).trim();
    return ids.isEmpty() ? List.of() : List.of(ids.split("\\s+")).stream().distinct().toList();
  }

  /** The mode; {@code generate} when absent. */
  public BulkResetMode modeOrDefault() {
    return mode == null ? BulkResetMode.GENERATE : BulkResetMode.of(mode).orElseThrow();
  }

  /** Whether the user must choose a new password at next sign-in; ignored for email-link. */
  public boolean isTemporary() {
    return temporary == null || temporary;
  }

  /**
   * Whether to end the users' sessions; by default yes when the password changes now (generate,
   * set), no for email-link, where the password changes only when the user follows the link.
   */
  public boolean isLogoutSessions() {
    return logoutSessions != null ? logoutSessions : modeOrDefault() != BulkResetMode.EMAIL_LINK;
  }

  public boolean isNotifyUser() {
    return Boolean.TRUE.equals(notifyUser);
  }

  public boolean isDryRun() {
    return Boolean.TRUE.equals(dryRun);
  }

  public boolean isIncludeSubgroups() {
    return Boolean.TRUE.equals(includeSubgroups);
  }

  public int linkLifespan() {
    return linkLifespanSeconds == null ? DEFAULT_LINK_LIFESPAN_SECONDS : linkLifespanSeconds;
  }

  private static boolean isEmpty(List<String> list) {
    return list == null || list.isEmpty();
  }

  private static boolean hasBlank(List<String> list) {
    return list != null && list.stream().anyMatch(BulkResetRequest::isBlank);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    // Never print the password.
    return "BulkResetRequest[mode=" + mode + ", dryRun=" + dryRun + "]";
  }
}
