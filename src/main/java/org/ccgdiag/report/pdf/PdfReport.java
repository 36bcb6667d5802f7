package org.ccgdiag.report.pdf;

import org.ccgdiag.report.ClusterSummary;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.html.ClusterSummaryHtml;
import org.ccgdiag.report.html.HtmlReport;

/**
 * The reports as PDFs for a board pack: the HTML page of the same view, printed. Page 1 is the
 * page's one-page summary (its print stylesheet shows it and starts the report on page 2).
 */
public final class PdfReport {
  private PdfReport() {}

  /** An organisation's report. */
  public static byte[] render(ReportView view) {
    return Pdf.of(HtmlReport.render(view));
  }

  /** summary.pdf: the group's dashboard on page 1, then the summary in full. */
  public static byte[] render(ClusterSummary summary) {
    return Pdf.of(ClusterSummaryHtml.render(summary));
  }
}
