package org.ccgdiag.report.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccgdiag.files.CsvCells;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.report.group.ClusterSummary;

/**
 * summary.csv: a header row {@code organisation,respondents,overall,<domain ids>,top_need}, then,
 * added after those so that existing sheets keep working, {@code round,coverage,dont_know,
 * top_need_title,<area ids>}, then {@code status} (the overall's), the change since the round
 * before ({@code since,overall_change,<domain id>_change}) and each domain's status ({@code <domain
 * id>_status}), then {@code run} (the {@code score -o} run that wrote the summary and its reports,
 * the same in every row); one row per organisation in name order (RFC 4180: CRLF line ends, quotes
 * only where needed). Numbers are written as numbers; an empty cell means no value. Every text cell
 * goes through {@link CsvCells#text} (no control characters, no formulas), and the file starts with
 * a UTF-8 byte-order mark so that Excel on Windows reads names as UTF-8.
 */
public final class ClusterSummaryCsv {
  private ClusterSummaryCsv() {}

  public static String render(ClusterSummary summary) {
    StringWriter text = new StringWriter().append(CsvCells.BYTE_ORDER_MARK);
    try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>(List.of("organisation", "respondents", "overall"));
      summary.questionnaire().domains().stream().map(Domain::id).forEach(header::add);
      header.addAll(List.of("top_need", "round", "coverage", "dont_know", "top_need_title"));
      summary.questionnaire().areas().stream().map(Area::id).forEach(header::add);
      header.addAll(List.of("status", "since", "overall_change"));
      summary.questionnaire().domains().stream().map(d -> d.id() + "_change").forEach(header::add);
      summary.questionnaire().domains().stream().map(d -> d.id() + "_status").forEach(header::add);
      header.add("run");
      csv.printRecord(header.stream().map(CsvCells::text).toList());
      for (ClusterSummary.OrganisationRow row : summary.organisations()) {
        List<Object> cells = new ArrayList<>();
        cells.add(CsvCells.text(row.organisation()));
        cells.add(row.respondents());
        cells.add(row.overall());
        cells.addAll(row.domains());
        cells.add(CsvCells.text(row.topNeed()));
        cells.add(CsvCells.text(row.round()));
        cells.add(row.coverage());
        cells.add(row.dontKnow());
        cells.add(CsvCells.text(row.topNeedTitle()));
        cells.addAll(row.areas());
        cells.add(row.status().id());
        ClusterSummary.Change change = row.change();
        cells.add(change == null ? null : CsvCells.text(change.since()));
        cells.add(change == null ? null : change.overall());
        for (int i = 0; i < row.domains().size(); i++) {
          cells.add(change == null ? null : change.domains().get(i));
        }
        row.domainStatus().forEach(status -> cells.add(status.id()));
        cells.add(summary.run() == null ? null : CsvCells.text(summary.run().id()));
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
