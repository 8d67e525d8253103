package io.github.passwordcare.production.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the load test's clients saw: requests per node and status, errors, and every latency. */
final class LoadFigures {

  private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong serverErrors = new AtomicLong();

  void request(TwoNodeCluster.Node node, int status, long tookNanos) {
    statuses.computeIfAbsent(node.name() + " " + status, k -> new LongAdder()).increment();
    if (status >= 500) {
      serverErrors.incrementAndGet();
    }
    nanos.add(tookNanos);
  }

  void error(TwoNodeCluster.Node node, Exception e) {
    errors
        .computeIfAbsent(node.name() + " " + e.getClass().getSimpleName(), k -> new LongAdder())
        .increment();
  }

  long serverErrors() {
    return serverErrors.get();
  }

  Map<String, Long> errors() {
    Map<String, Long> out = new TreeMap<>();
    errors.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  Map<String, Long> statuses() {
    Map<String, Long> out = new TreeMap<>();
    statuses.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  int requests() {
    return nanos.size();
  }

  /** The {@code p}-th percentile latency in milliseconds (nearest rank). */
  double percentileMillis(double p) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
