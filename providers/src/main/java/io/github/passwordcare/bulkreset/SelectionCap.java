package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, before any lookup, a call whose lists alone select more users than one call may reset,
 * and hands out each list without repeats, so that every distinct value is looked up once. Each
 * distinct id or username is a user or a "not found" row, so such a call can never pass the cap;
 * counting first keeps a body of 250,000 ids from costing 250,000 lookups before its 400. The raw
 * lists are capped too ({@link #RAW_FACTOR} times the maximum): repeating a few values must not
 * make the server read and fold hundreds of thousands of entries.
 */
final class SelectionCap {

  /** How many entries a list may hold, repeats included, per user one call may reset. */
  static final int RAW_FACTOR = 10;

  private SelectionCap() {}

  static void check(BulkResetRequest request, int max) {
    checkRaw(request.userIds(), max, "userIds");
    checkRaw(request.usernames(), max, "usernames");
    check(distinctIds(request.userIds()).size(), max, "userIds");
    check(distinctUsernames(request.usernames()).size(), max, "usernames");
    check(request.searchIds().size(), max, "search \"id:\"");
  }

  /** The ids in request order, each once. */
  static List<String> distinctIds(List<String> ids) {
    return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
  }

  /**
   * The usernames in request order, each once as first written: usernames are case-insensitive in
   * Keycloak, so "Alice" and "alice" are one user and one lookup.
   */
  static List<String> distinctUsernames(List<String> names) {
    if (names == null) {
      return List.of();
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : names) {
      byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    return new ArrayList<>(byKey.values());
  }

  private static void checkRaw(List<String> values, int max, String field) {
    long limit = (long) max * RAW_FACTOR;
    if (values != null && values.size() > limit) {
      throw InvalidBulkResetException.tooMany(
          max,
          field + " holds " + values.size() + " entries, more than " + limit + " with repeats");
    }
  }

  private static void check(long size, int max, String field) {
    if (size > max) {
      throw InvalidBulkResetException.tooMany(max, field + " holds " + size + " values");
    }
  }
}
