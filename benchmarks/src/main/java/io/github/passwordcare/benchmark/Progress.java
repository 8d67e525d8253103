package io.github.passwordcare.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The progress lines every benchmark prints: a timestamped message, and a timed phase with how busy
 * the machine was meanwhile (other work on the host shows here, so figures can be judged).
 */
public final class Progress {

  private Progress() {}

  /** Runs one timed phase and says how it went and how busy the machine was meanwhile. */
  public static PhaseResult phase(String what, Callable<PhaseResult> body) throws Exception {
    say("Phase: " + what);
    MachineCpu start = MachineCpu.now();
    long ownCpuStart = ownCpuNanos();
    PhaseResult result = body.call();
    say(
        Report.phaseLine(result)
            + "; machine CPU busy "
            + MachineCpu.now().busySince(start)
            + String.format(
                Locale.ROOT,
                ", of it this benchmark JVM %.1f s",
                (ownCpuNanos() - ownCpuStart) / 1e9)
            + ", load "
            + loadAverage());
    return result;
  }

  /** The 1, 5 and 15 minute load averages, or "n/a". */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (Exception e) {
      return "n/a";
    }
  }

  public static void say(String message) {
    System.out.println(
        "[bench "
            + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
            + "] "
            + message);
  }

  /** CPU time this JVM used so far, to show how much of a phase's CPU the client itself took. */
  private static long ownCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
