package org.ccgdiag.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One {@code score -o} run, named by the moment it started, so that a reader can tell which reports
 * in an output folder were written with its summary: a run killed half-way leaves new reports
 * beside the summary of the run before, and only their runs say so.
 */
public record Run(Instant started) {
  public Run {
    // Milliseconds: two runs into one folder do not start in the same one, and the name stays
    // short.
    started = started.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * How every file of the run names it: its start as an ISO-8601 UTC instant
   * ("2026-11-25T10:00:00.123Z").
   */
  public String id() {
    return started.toString();
  }
}
