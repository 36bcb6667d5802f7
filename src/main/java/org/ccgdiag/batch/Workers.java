package org.ccgdiag.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task per index on a few threads. Each thread takes the next index when it is free, so at
 * most {@code jobs} items are in flight: no queue of pending work, and memory stays bounded however
 * many items there are.
 */
final class Workers {
  private Workers() {}

  @FunctionalInterface
  interface Task {
    void run(int index) throws IOException;
  }

  /** Runs {@code task} for 0..count-1; the first failure stops the rest and is rethrown here. */
  static void forEachIndex(int count, int jobs, Task task) throws IOException {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          int index;
          while (failure.get() == null && (index = next.getAndIncrement()) < count) {
            try {
              task.run(index);
            } catch (IOException | RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < Math.min(jobs, count); i++) {
      Thread thread = new Thread(worker, "ccg-diag-worker-" + (i + 1));
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      threads.forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
    }
    rethrow(failure.get());
  }

  /**
   * A task's result once it has finished; its failure is thrown here as it would have been on this
   * thread.
   */
  static <T> T result(Future<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      rethrow(e.getCause());
      throw new IllegalStateException(e); // never: a failed task has a cause
    }
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    InterruptedIOException interrupted = new InterruptedIOException("interrupted");
    interrupted.initCause(failure);
    throw interrupted;
  }
}
