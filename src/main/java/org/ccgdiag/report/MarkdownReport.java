package org.ccgdiag.report;

import org.ccgdiag.scoring.Report;

/** Renders a report as Markdown for a CCG chair. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(Report report) {
    throw new UnsupportedOperationException("being written");
  }
}
