package io.github.passwordcare.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the whole machine was between two moments, from the first line of /proc/stat (all
 * processes: the server, this benchmark and anything else). Linux only; elsewhere "n/a".
 */
public record MachineCpu(long busy, long total, long steal) {

  public static MachineCpu now() {
    try {
      return parse(Files.readAllLines(Path.of("/proc/stat")).get(0));
    } catch (Exception e) {
      return new MachineCpu(0, 0, 0);
    }
  }

  /**
   * {@code cpu user nice system idle iowait irq softirq steal ...}: idle and iowait are idle; steal
   * (time the hypervisor gave to other machines) counts as busy and is also kept apart.
   */
  static MachineCpu parse(String cpuLine) {
    String[] fields = cpuLine.trim().split("\\s+");
    long total = 0;
    long idle = 0;
    for (int i = 1; i < fields.length && i <= 8; i++) {
      long value = Long.parseLong(fields[i]);
      total += value;
      if (i == 4 || i == 5) {
        idle += value;
      }
    }
    long steal = fields.length > 8 ? Long.parseLong(fields[8]) : 0;
    return new MachineCpu(total - idle, total, steal);
  }

  public String busySince(MachineCpu earlier) {
    long total = this.total - earlier.total;
    if (total <= 0) {
      return "n/a";
    }
    long busyPercent = Math.round(100.0 * (this.busy - earlier.busy) / total);
    long stealPercent = Math.round(100.0 * (this.steal - earlier.steal) / total);
    return busyPercent
        + " %"
        + (stealPercent > 0 ? " (of it stolen by the hypervisor: " + stealPercent + " %)" : "");
  }
}
