package org.ccgdiag.report;

import org.ccgdiag.scoring.Report;

/** Renders a report as JSON (format ccg-diag/report@1). */
public final class JsonReport {
  private JsonReport() {}

  public static String render(Report report) {
    throw new UnsupportedOperationException("being written");
  }
}
