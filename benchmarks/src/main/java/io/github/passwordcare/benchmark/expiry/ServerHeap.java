package io.github.passwordcare.benchmark.expiry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Keycloak JVM's used heap, read with the JDK's {@code jstat} (every 50 ms) while a call runs,
 * and with {@code jcmd GC.run} first, so "added" is the peak during the call above the heap left
 * after a full collection. A peak counts garbage not yet collected too; what matters is whether it
 * grows with the realm.
 */
final class ServerHeap {

  private final long pid;

  ServerHeap(long pid) {
    this.pid = pid;
  }

  /** Heap used (bytes) after a full collection. */
  long afterFullGc() throws IOException, InterruptedException {
    run("jcmd", String.valueOf(pid), "GC.run");
    Thread.sleep(500);
    return usedNow();
  }

  /** The peak heap used while {@code call} runs. */
  long peakDuring(Runnable call) throws IOException, InterruptedException {
    Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "50").start();
    AtomicLong peak = new AtomicLong();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  long used = used(line);
                  if (used > 0) {
                    peak.accumulateAndGet(used, Math::max);
                  }
                }
              } catch (IOException e) {
                // jstat ended
              }
            });
    reader.start();
    Thread.sleep(200);
    try {
      call.run();
      Thread.sleep(200);
    } finally {
      jstat.destroy();
      reader.join(2000);
    }
    return peak.get();
  }

  private long usedNow() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    String[] lines = out.trim().split("\n");
    return used(lines[lines.length - 1]);
  }

  /** S0U + S1U + EU + OU of a {@code jstat -gc} line, in bytes; 0 for the header. */
  static long used(String line) {
    String[] f = line.trim().split("\\s+");
    if (f.length < 8 || !Character.isDigit(f[0].charAt(0))) {
      return 0;
    }
    double kb =
        Double.parseDouble(f[2])
            + Double.parseDouble(f[3])
            + Double.parseDouble(f[5])
            + Double.parseDouble(f[7]);
    return (long) (kb * 1024);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor();
  }
}
