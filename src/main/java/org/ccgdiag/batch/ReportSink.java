package org.ccgdiag.batch;

import java.io.IOException;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.scoring.Findings;

/** Takes each group's report as it is scored; called from several threads at once. */
@FunctionalInterface
public interface ReportSink {
  /** The report with its progress since a baseline ({@code progress} null when there is none). */
  void accept(Organisation organisation, Findings report, Comparison progress) throws IOException;
}
