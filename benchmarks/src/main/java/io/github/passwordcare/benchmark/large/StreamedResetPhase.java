package io.github.passwordcare.benchmark.large;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.passwordcare.benchmark.AdminApi;
import io.github.passwordcare.benchmark.PhaseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One streamed bulk generate ({@code Accept: application/x-ndjson}) for all users of a phase, timed
 * until its totals line; the note says when the first line came, the caller's first sign of
 * progress. Reads counts only: the lines hold the generated passwords.
 */
final class StreamedResetPhase {

  private final AdminApi api;
  private final String realm;
  private final ObjectMapper json = new ObjectMapper();

  StreamedResetPhase(AdminApi api, String realm) {
    this.api = api;
    this.realm = realm;
  }

  PhaseResult run(String name, List<String> userIds, Duration limit) throws InterruptedException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("userIds", userIds);
    request.put("mode", "generate");
    request.put("temporary", true);
    request.put("logoutSessions", true);
    request.put("notifyUser", false);
    long start = System.nanoTime();
    try {
      HttpResponse<Stream<String>> response = api.bulkResetLines(realm, request, limit);
      if (response.statusCode() != 200) {
        response.body().close();
        return PhaseResult.notRun(name, userIds.size(), "HTTP " + response.statusCode());
      }
      return read(name, userIds.size(), start, response.body());
    } catch (IOException | UncheckedIOException e) {
      return PhaseResult.notRun(name, userIds.size(), "streamed call failed: " + e);
    }
  }

  private PhaseResult read(String name, int users, long start, Stream<String> lines)
      throws IOException {
    double firstLine = -1;
    int rows = 0;
    try (lines) {
      for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (line.isBlank()) {
          continue;
        }
        if (firstLine < 0) {
          firstLine = seconds(start);
        }
        JsonNode node = json.readTree(line);
        if ("summary".equals(node.path("type").asText())) {
          int failed = node.path("failed").asInt() + node.path("skipped").asInt();
          String note =
              String.format(Locale.ROOT, "first line after %.2f s, %d user lines", firstLine, rows);
          return new PhaseResult(
              name, users, seconds(start), node.path("succeeded").asInt(), failed, true, note);
        }
        rows++;
      }
    }
    return PhaseResult.notRun(name, users, "the stream ended without its totals line");
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
