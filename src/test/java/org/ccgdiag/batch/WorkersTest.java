package org.ccgdiag.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {

  @Test
  void runsEveryIndexExactlyOnce() throws IOException {
    AtomicIntegerArray runs = new AtomicIntegerArray(1000);
    Workers.forEachIndex(1000, 4, runs::incrementAndGet);
    for (int i = 0; i < runs.length(); i++) {
      assertThat(runs.get(i)).as("index %d", i).isEqualTo(1);
    }
  }

  @Test
  void neverHasMoreTasksInFlightThanJobs() throws IOException {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Workers.forEachIndex(
        200,
        3,
        index -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          Thread.onSpinWait();
          running.decrementAndGet();
        });
    assertThat(most.get()).isBetween(1, 3);
  }

  @Test
  void theFirstFailureStopsTheRestAndIsRethrown() {
    AtomicInteger started = new AtomicInteger();
    // One job, so "the rest" is exactly the indices after the failure.
    assertThatThrownBy(() -> Workers.forEachIndex(10_000, 1, index -> failAt(5, index, started)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug at 5");
    assertThat(started).hasValue(6);
  }

  @Test
  void aFailureOnAnyThreadIsRethrownToTheCaller() {
    assertThatThrownBy(
            () -> Workers.forEachIndex(1_000, 4, index -> failAt(500, index, new AtomicInteger())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug at 500");
  }

  private static void failAt(int failing, int index, AtomicInteger started) {
    started.incrementAndGet();
    if (index == failing) {
      throw new IllegalStateException("bug at " + failing);
    }
  }

  @Test
  void nothingToDoIsFine() throws IOException {
    Workers.forEachIndex(
        0,
        4,
        index -> {
          throw new AssertionError("no index to run");
        });
  }
}
