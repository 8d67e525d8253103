package io.github.passwordcare.production.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node's heap, read from its management port's Prometheus metrics (the install script builds with
 * {@code --metrics-enabled=true}): bytes in use (all heap pools), the live data the last collection
 * left (G1's old generation after GC, the figure that grows when something leaks), and the maximum.
 */
record NodeHeap(long usedBytes, long liveBytes, long maxBytes) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static NodeHeap of(TwoNodeCluster.Node node) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.managementPort() + "/metrics"))
            .timeout(Duration.ofSeconds(10))
            .build();
    String metrics = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return new NodeHeap(
        sum(metrics, "jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\}"),
        sum(metrics, "jvm_gc_live_data_size_bytes(\\{[^}]*\\})?"),
        sum(metrics, "jvm_gc_max_data_size_bytes(\\{[^}]*\\})?"));
  }

  private static long sum(String metrics, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + " ([0-9.E+-]+)$").matcher(metrics);
    double total = 0;
    while (m.find()) {
      double value = Double.parseDouble(m.group(m.groupCount()));
      total += Math.max(0, value);
    }
    return (long) total;
  }

  /** What the heap holds that a collection did not free: live data, or in use before any GC. */
  long retainedBytes() {
    return liveBytes > 0 ? liveBytes : usedBytes;
  }

  @Override
  public String toString() {
    return String.format(
        "used %d MB, live after GC %d MB, max %d MB",
        usedBytes >> 20, liveBytes >> 20, maxBytes >> 20);
  }
}
