package org.ccgdiag.batch;

import java.io.IOException;
import org.ccgdiag.scoring.Report;

/** Takes each organisation's report as it is scored; called from several threads at once. */
@FunctionalInterface
public interface ReportSink {
  void accept(Organisation organisation, Report report) throws IOException;
}
