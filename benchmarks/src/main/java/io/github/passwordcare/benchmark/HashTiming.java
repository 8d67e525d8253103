package io.github.passwordcare.benchmark;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Times a password hash: the median of single-thread samples after a warm-up, then the throughput
 * of many hashes on a pool of threads. The benchmark JVM uses it for BouncyCastle's argon2 ({@link
 * HashCost}); the server probe ({@code probe} package) uses it for the server's own hash provider.
 */
public final class HashTiming {

  /** Median single-thread seconds of one hash, and wall seconds per hash on {@code threads}. */
  public record Measurement(double medianSeconds, double parallelSecondsPerHash, int threads) {}

  private HashTiming() {}

  public static Measurement measure(
      Runnable hash, int warmup, int samples, int parallelHashes, int threads) throws Exception {
    for (int i = 0; i < warmup; i++) {
      hash.run();
    }
    double[] seconds = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      hash.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    return new Measurement(
        median(seconds), parallelSecondsPerHash(hash, parallelHashes, threads), threads);
  }

  /** Wall time of {@code count} hashes on {@code threads} threads, divided by {@code count}. */
  private static double parallelSecondsPerHash(Runnable hash, int count, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      Future<?>[] futures = new Future<?>[count];
      for (int i = 0; i < count; i++) {
        futures[i] = pool.submit(hash);
      }
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
      return (System.nanoTime() - start) / 1e9 / count;
    } catch (TimeoutException e) {
      throw new IllegalStateException("one hash took more than 60 s", e);
    } finally {
      pool.shutdownNow();
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
