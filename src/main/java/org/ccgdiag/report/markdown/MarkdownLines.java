package org.ccgdiag.report.markdown;

import static org.ccgdiag.report.markdown.MarkdownText.escape;

import org.ccgdiag.report.ReportView;
import org.ccgdiag.text.Utf8Text;

/**
 * A Markdown report as it is written, line by line, straight into the UTF-8 bytes of its file: what
 * the report and its statement sections (which write into the same text) both need.
 */
final class MarkdownLines {
  private final Utf8Text out = new Utf8Text(32 * 1024);

  /** A section's heading, then its intro if it has one, each followed by a blank line. */
  void heading(ReportView.Section section) {
    line("## " + escape(section.heading()));
    line();
    if (!section.intro().isEmpty()) {
      line(escape(section.intro()));
      line();
    }
  }

  /** A table, then a blank line. */
  void table(MarkdownTable table) {
    out.append(table).append('\n');
  }

  /** Text already made of whole lines (another renderer's sections). */
  void append(CharSequence lines) {
    out.append(lines);
  }

  void line(String text) {
    out.append(text).append('\n');
  }

  void line() {
    out.append('\n');
  }

  byte[] toBytes() {
    return out.toBytes();
  }
}
