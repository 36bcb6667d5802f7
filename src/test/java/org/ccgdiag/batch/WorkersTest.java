package org.ccgdiag.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicInteger;
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
    assertThatThrownBy(
            () ->
                Workers.forEachIndex(
                    10_000,
                    2,
                    index -> {
                      started.incrementAndGet();
                      if (index == 5) {
                        throw new IllegalStateException("bug at 5");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug at 5");
    assertThat(started.get()).isLessThan(10_000);
  }

  @Test
  void nothingToDoIsFine() throws IOException {
    Workers.forEachIndex(0, 4, index -> {
      throw new AssertionError("no index to run");
    });
  }
}
