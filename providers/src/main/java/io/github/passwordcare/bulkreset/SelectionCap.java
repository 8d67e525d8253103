package io.github.passwordcare.bulkreset;

import java.util.List;
import java.util.Locale;

/**
 * Refuses, before any lookup, a call whose lists alone select more users than one call may reset.
 * Each distinct id or username is a user or a "not found" row, so such a call can never pass the
 * cap; counting first keeps a body of 250,000 ids from costing 250,000 lookups before its 400.
 */
final class SelectionCap {

  private SelectionCap() {}

  static void check(BulkResetRequest request, int max) {
    check(distinct(request.userIds(), false), max, "userIds");
    check(distinct(request.usernames(), true), max, "usernames");
    check(request.searchIds().size(), max, "search \"id:\"");
  }

  /** Usernames are case-insensitive in Keycloak: "Alice" and "alice" are one user. */
  private static long distinct(List<String> values, boolean ignoreCase) {
    if (values == null) {
      return 0;
    }
    return values.stream().map(v -> ignoreCase ? v.toLowerCase(Locale.ROOT) : v).distinct().count();
  }

  private static void check(long size, int max, String field) {
    if (size > max) {
      throw InvalidBulkResetException.tooMany(max, field + " holds " + size + " values");
    }
  }
}
