package io.github.passwordcare.production;

import java.util.ArrayList;
import java.util.List;

/** How long each step of the production-mode test took, printed at the end whatever happened. */
public final class Timings {

  public interface Step<T> {
    T run() throws Exception;
  }

  public interface Action {
    void run() throws Exception;
  }

  private record Timing(String step, long millis, boolean ok) {}

  private final List<Timing> timings = new ArrayList<>();
  private final long start = System.nanoTime();

  public <T> T time(String step, Step<T> work) throws Exception {
    long begin = System.nanoTime();
    boolean ok = false;
    try {
      T result = work.run();
      ok = true;
      return result;
    } finally {
      timings.add(new Timing(step, (System.nanoTime() - begin) / 1_000_000, ok));
    }
  }

  public void run(String step, Action work) throws Exception {
    time(
        step,
        () -> {
          work.run();
          return null;
        });
  }

  public void print() {
    StringBuilder out = new StringBuilder("\n[production-test] timings\n");
    for (Timing t : timings) {
      out.append(
          String.format(
              "  %7.1f s  %s%s%n", t.millis() / 1000.0, t.step(), t.ok() ? "" : "  (FAILED)"));
    }
    out.append(String.format("  %7.1f s  total%n", (System.nanoTime() - start) / 1e9));
    System.out.print(out);
  }
}
