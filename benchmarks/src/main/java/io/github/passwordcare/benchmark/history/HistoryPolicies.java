package io.github.passwordcare.benchmark.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The two password policies the history benchmark compares: the source realm's policy with {@code
 * passwordHistory(3)} and the same policy without any {@code passwordHistory}, so history is the
 * only difference. Keycloak writes a policy as {@code name(arg) and name(arg) ...}.
 */
final class HistoryPolicies {

  static final int HISTORY = 3;

  private HistoryPolicies() {}

  static String withHistory(String policy) {
    List<String> parts = partsWithoutHistory(policy);
    parts.add("passwordHistory(" + HISTORY + ")");
    return String.join(" and ", parts);
  }

  static String withoutHistory(String policy) {
    return String.join(" and ", partsWithoutHistory(policy));
  }

  private static List<String> partsWithoutHistory(String policy) {
    List<String> parts = new ArrayList<>();
    for (String part : (policy == null ? "" : policy).split("\\s+and\\s+")) {
      String trimmed = part.trim();
      if (!trimmed.isEmpty() && !trimmed.startsWith("passwordHistory")) {
        parts.add(trimmed);
      }
    }
    return parts;
  }
}
