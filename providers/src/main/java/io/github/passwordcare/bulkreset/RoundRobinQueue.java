package io.github.passwordcare.bulkreset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The tasks of all running calls, one queue per call, handed out in turn: call A's next task, then
 * call B's, then A's again. A call that arrives behind a 1,000-user call waits for the tasks
 * already running, not for the 1,000 users. Pure logic (no threads of its own), so it is tested
 * alone.
 */
final class RoundRobinQueue<T> {

  private final Deque<Deque<T>> calls = new ArrayDeque<>();
  private boolean closed;

  /** Queues one call's tasks, in order, behind the calls already waiting for their next turn. */
  synchronized void add(List<T> tasks) {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    if (!tasks.isEmpty()) {
      calls.addLast(new ArrayDeque<>(tasks));
      notifyAll();
    }
  }

  /** The next task without waiting, or null when no call has one. */
  synchronized T poll() {
    Deque<T> call = calls.pollFirst();
    if (call == null) {
      return null;
    }
    T task = call.pollFirst();
    if (!call.isEmpty()) {
      calls.addLast(call);
    }
    return task;
  }

  /** The next task, waiting for one; null once closed. */
  synchronized T take() throws InterruptedException {
    while (calls.isEmpty() && !closed) {
      wait();
    }
    return closed ? null : poll();
  }

  /** Stops handing out tasks; returns the ones never handed out. */
  synchronized List<T> close() {
    closed = true;
    List<T> left = calls.stream().flatMap(Deque::stream).toList();
    calls.clear();
    notifyAll();
    return left;
  }
}
