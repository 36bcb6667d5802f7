package org.ccgdiag.batch;

import java.io.IOException;
import org.ccgdiag.report.Comparison;
import org.ccgdiag.scoring.Report;

/** Takes each group's report as it is scored; called from several threads at once. */
@FunctionalInterface
public interface ReportSink {
  void accept(Organisation organisation, Report report) throws IOException;

  /** The report with its progress since a baseline ({@code progress} null when there is none). */
  default void accept(Organisation organisation, Report report, Comparison progress) throws IOException {
    accept(organisation, report);
  }
}
