package org.ccgdiag.batch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.html.HtmlReport;
import org.ccgdiag.report.json.JsonReport;
import org.ccgdiag.report.markdown.MarkdownReport;
import org.ccgdiag.report.pdf.PdfReport;
import org.ccgdiag.report.xlsx.ReportWorkbook;

/** The formats an organisation's report can be written in, named by their file extension. */
public enum ReportFormat {
  // Lambdas, not method references: a reference loads the renderer's class (and with it PDFBox or
  // fastexcel) when the enum is first used, which --help and the default of --format do.
  MARKDOWN("md", view -> MarkdownReport.renderUtf8(view)),
  JSON("json", view -> JsonReport.renderUtf8(view)),
  HTML("html", view -> utf8(HtmlReport.render(view))),
  /** A workbook: binary, so written to a file only. */
  XLSX("xlsx", view -> ReportWorkbook.render(view)),
  /** A4 pages for a board pack: binary, so written to a file only. */
  PDF("pdf", view -> PdfReport.render(view));

  private final String extension;
  private final Function<ReportView, byte[]> renderer;

  ReportFormat(String extension, Function<ReportView, byte[]> renderer) {
    this.extension = extension;
    this.renderer = renderer;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public String extension() {
    return extension;
  }

  /** The report as text: for the text formats only (a workbook's or a PDF's bytes are not text). */
  public String render(ReportView report) {
    return new String(renderUtf8(report), StandardCharsets.UTF_8);
  }

  /**
   * Whether the file is binary (a workbook, a PDF), which is never written to a terminal or stdout.
   */
  public boolean binary() {
    return this == XLSX || this == PDF;
  }

  /** The report as the bytes of its file (UTF-8 for the text formats). */
  public byte[] renderUtf8(ReportView report) {
    return renderer.apply(report);
  }

  /** The extensions as a sentence lists them: "md, json or html". */
  public static String choices() {
    ReportFormat[] all = values();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      text.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].extension);
    }
    return text.toString();
  }

  /** The format a file name asks for by its extension ("report.html"), if it is one of these. */
  public static Optional<ReportFormat> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : of(fileName.substring(dot + 1));
  }

  /** The format with this extension, as a user types it (any case, surrounding spaces ignored). */
  public static Optional<ReportFormat> of(String extension) {
    String wanted = extension.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
