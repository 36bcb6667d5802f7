package org.ccgdiag.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccgdiag.questionnaire.Domain;

/**
 * summary.csv: a header row {@code organisation,respondents,overall,<domain ids>,top_need}, then
 * one row per organisation in name order (RFC 4180: CRLF line ends, quotes only where needed).
 * Numbers are written as numbers; an empty cell means no score, or no development need.
 */
public final class ClusterSummaryCsv {
  private ClusterSummaryCsv() {}

  public static String render(ClusterSummary summary) {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>(List.of("organisation", "respondents", "overall"));
      summary.questionnaire().domains().stream().map(Domain::id).forEach(header::add);
      header.add("top_need");
      csv.printRecord(header.stream().map(ClusterSummaryCsv::text).toList());
      for (ClusterSummary.OrganisationRow row : summary.organisations()) {
        List<Object> cells = new ArrayList<>();
        cells.add(text(row.organisation()));
        cells.add(row.respondents());
        cells.add(row.overall());
        cells.addAll(row.domains());
        cells.add(text(row.topNeed()));
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /**
   * A text cell a spreadsheet will not run as a formula: one that starts with {@code = + - @}, a
   * tab, CR or LF, or with one of {@code = + - @} after spaces of any kind (a spreadsheet may drop
   * a leading no-break space, U+00A0), gets a leading {@code '}. Null (no value) stays an empty cell.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    int start = 0;
    while (start < value.length() && isSpace(value.charAt(start))) {
      start++;
    }
    char first = value.charAt(0);
    boolean formula = start < value.length() && "=+-@".indexOf(value.charAt(start)) >= 0;
    return formula || first == '\t' || first == '\r' || first == '\n' ? "'" + value : value;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
