package io.github.passwordcare.benchmark.expiry;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The Keycloak JVM's heap while a call runs, two ways. {@link #peakDuring} reads the used heap with
 * the JDK's {@code jstat} every 50 ms: that peak counts garbage not yet collected, so it grows with
 * whatever the call allocates until the next young collection, kept or not. {@link #peakLiveDuring}
 * is the honest figure for "does the memory grow with the realm": through JMX (attach API, the
 * server's local management agent) it forces a full collection again and again while the call runs
 * and keeps the largest heap left after one, i.e. the most the call held alive at any moment.
 */
final class ServerHeap implements AutoCloseable {

  /** The largest live heap seen during the calls, how many full collections saw it, and calls. */
  record Live(long peakBytes, int collections, int calls) {}

  /** The pause between two forced collections: a page of the job takes about 10-30 ms. */
  static final long LIVE_PAUSE_MS = 20;

  private final long pid;
  private final JMXConnector jmx;
  private final MemoryMXBean memory;
  private final List<GarbageCollectorMXBean> collectors;
  private final Set<String> heapPools;

  ServerHeap(long pid) throws IOException {
    this.pid = pid;
    String address;
    try {
      VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
    } catch (com.sun.tools.attach.AttachNotSupportedException e) {
      throw new IOException("cannot attach to the server JVM " + pid, e);
    }
    this.jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
    MBeanServerConnection server = jmx.getMBeanServerConnection();
    this.memory =
        ManagementFactory.newPlatformMXBeanProxy(
            server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    this.collectors = ManagementFactory.getPlatformMXBeans(server, GarbageCollectorMXBean.class);
    this.heapPools =
        ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
  }

  /**
   * Heap used (bytes) right after a full collection: read from the collection's own record (the
   * pools' usage when it ended), not with a second call, in which the server may already have
   * allocated again (under load that race added tens of MiB of new garbage to a sample).
   */
  long afterFullGc() {
    memory.gc();
    GcInfo last = null;
    for (GarbageCollectorMXBean gc : collectors) {
      GcInfo info = gc.getLastGcInfo();
      if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
        last = info;
      }
    }
    if (last == null) {
      return memory.getHeapMemoryUsage().getUsed();
    }
    return last.getMemoryUsageAfterGc().entrySet().stream()
        .filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  /**
   * The live heap during {@code call}, run again and again until at least {@code minCollections}
   * full collections have seen it (at most {@code maxCalls} times): a full collection every {@link
   * #LIVE_PAUSE_MS} ms on a thread of ours while it runs (each one stops the server's threads, so
   * the call takes longer; do not time it). Each collection lands at another point of the call's
   * page cycle.
   */
  Live peakLiveDuring(Runnable call, int minCollections, int maxCalls) throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong peak = new AtomicLong();
    AtomicInteger collections = new AtomicInteger();
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(afterFullGc(), Math::max);
                collections.incrementAndGet();
                try {
                  Thread.sleep(LIVE_PAUSE_MS); // let the call go on between two collections
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    int calls = 0;
    try {
      do {
        call.run();
        calls++;
      } while (collections.get() < minCollections && calls < maxCalls);
    } finally {
      running.set(false);
      sampler.join();
    }
    return new Live(peak.get(), collections.get(), calls);
  }

  /** The peak heap used (garbage included) while {@code call} runs, sampled by jstat. */
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

  @Override
  public void close() throws IOException {
    jmx.close();
  }
}
