package io.github.passwordcare.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code POST /password-care/bulk-reset} call for all users of a phase. A server without the
 * endpoint (404) gives a phase that did not run, so the baselines are still measured.
 */
public final class BulkResetPhase {

  private final AdminApi api;
  private final String realm;
  private final boolean logoutSessions;
  private final ObjectMapper json = new ObjectMapper();

  public BulkResetPhase(AdminApi api, String realm, boolean logoutSessions) {
    this.api = api;
    this.realm = realm;
    this.logoutSessions = logoutSessions;
  }

  /** {@code password} is null for mode {@code generate}. */
  public PhaseResult run(
      String name, List<String> userIds, String mode, String password, Duration limit)
      throws InterruptedException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("userIds", userIds);
    request.put("mode", mode);
    if (password != null) {
      request.put("password", password);
    }
    request.put("temporary", true);
    request.put("logoutSessions", logoutSessions);
    request.put("notifyUser", false);
    request.put("dryRun", false);
    long start = System.nanoTime();
    AdminApi.Reply reply;
    try {
      reply = api.bulkReset(realm, request, limit);
    } catch (IOException e) {
      return PhaseResult.notRun(name, userIds.size(), "bulk-reset call failed: " + e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (reply.status() == 404) {
      return PhaseResult.notRun(
          name, userIds.size(), "bulk-reset endpoint not on this server (HTTP 404)");
    }
    if (!reply.ok()) {
      return PhaseResult.notRun(
          name,
          userIds.size(),
          "bulk-reset HTTP " + reply.status() + ": " + AdminApi.abbreviate(reply.body()));
    }
    return parse(name, userIds.size(), seconds, reply.body());
  }

  private PhaseResult parse(String name, int users, double seconds, String body) {
    try {
      // The body holds generated temporary passwords: read the counts only, print none of it.
      JsonNode summary = json.readTree(body);
      int succeeded = summary.path("succeeded").asInt();
      int failed = summary.path("failed").asInt() + summary.path("skipped").asInt();
      String note = failed == 0 ? "" : firstReason(summary);
      return new PhaseResult(name, users, seconds, succeeded, failed, true, note);
    } catch (IOException e) {
      return PhaseResult.notRun(name, users, "bulk-reset answer is not JSON");
    }
  }

  private static String firstReason(JsonNode summary) {
    for (JsonNode result : summary.path("results")) {
      String reason = result.path("reason").asText("");
      if (!reason.isEmpty()) {
        return "e.g. " + result.path("status").asText() + ": " + AdminApi.abbreviate(reason);
      }
    }
    return "";
  }
}
