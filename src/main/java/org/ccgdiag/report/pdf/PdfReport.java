package org.ccgdiag.report.pdf;

import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.html.ClusterSummaryHtml;
import org.ccgdiag.report.html.HtmlReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

  /**
   * Heat-map rows that still read on a page. A larger group's full map is left out of the PDF: one
   * chart cannot break across pages, so it would shrink to a smudge, and at a thousand
   * organisations its layout alone took most of the heap. Page 1 keeps the map of those needing
   * attention most; summary.html has the full one.
   */
  static final int HEAT_MAP_ROWS_ON_PAPER = 40;

  /** summary.pdf: the group's dashboard on page 1, then the summary in full. */
  public static byte[] render(ClusterSummary summary) {
    Document page = Jsoup.parse(ClusterSummaryHtml.render(summary));
    if (summary.organisations().size() > HEAT_MAP_ROWS_ON_PAPER) {
      for (Element map : page.select("main section figure.chart:has(svg.heatmap)")) {
        map.after(
            new Element("p")
                .addClass("note")
                .text(
                    "The heat map of all "
                        + summary.organisations().size()
                        + " is in summary.html: on paper it would be too small to read. Page 1 has those needing attention most."));
        map.remove();
      }
    }
    return Pdf.of(page);
  }
}
