package io.github.passwordcare.bulkreset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A fixed number of worker threads that serve all calls in turn ({@link RoundRobinQueue}), so one
 * realm's large call cannot hold up a small call from another realm. The thread count still bounds
 * how many users are reset at once across the server, as a fixed pool did.
 */
final class FairExecutor implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(FairExecutor.class);

  private final RoundRobinQueue<FutureTask<?>> queue = new RoundRobinQueue<>();
  private final Thread[] workers;

  FairExecutor(int threads, String namePrefix) {
    workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] = new Thread(this::work, namePrefix + (i + 1));
      workers[i].setDaemon(true);
      workers[i].start();
    }
  }

  /** Queues one call's tasks as one turn-taker; futures in the order of {@code tasks}. */
  <T> List<Future<T>> submitAll(List<Callable<T>> tasks) {
    List<FutureTask<T>> futures = tasks.stream().map(FutureTask::new).toList();
    queue.add(new ArrayList<FutureTask<?>>(futures));
    return List.copyOf(futures);
  }

  /**
   * As {@link #submitAll(List)}, and each future is handed to {@code whenDone} once it is settled:
   * run, failed or cancelled (also by {@link #close()}). A streamed call takes its users' results
   * in the order they finish this way, and never waits for a task that will not run.
   */
  <T> List<Future<T>> submitAll(List<Callable<T>> tasks, Consumer<Future<T>> whenDone) {
    List<FutureTask<T>> futures =
        tasks.stream().map(t -> (FutureTask<T>) new ReportingTask<>(t, whenDone)).toList();
    queue.add(new ArrayList<FutureTask<?>>(futures));
    return List.copyOf(futures);
  }

  private static final class ReportingTask<T> extends FutureTask<T> {
    private final Consumer<Future<T>> whenDone;

    ReportingTask(Callable<T> task, Consumer<Future<T>> whenDone) {
      super(task);
      this.whenDone = whenDone;
    }

    @Override
    protected void done() {
      whenDone.accept(this);
    }
  }

  private void work() {
    try {
      for (FutureTask<?> task = queue.take(); task != null; task = queue.take()) {
        task.run();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the workers; tasks not yet started are cancelled, so no caller waits forever. */
  @Override
  public void close() {
    List<FutureTask<?>> left = queue.close();
    left.forEach(t -> t.cancel(false));
    if (!left.isEmpty()) {
      LOG.warnf("Shutting down: %d queued bulk-reset users were not reset", left.size());
    }
    for (Thread worker : workers) {
      worker.interrupt();
    }
  }
}
