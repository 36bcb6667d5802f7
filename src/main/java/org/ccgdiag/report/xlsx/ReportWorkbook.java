package org.ccgdiag.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.report.html.HeatMap;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Status;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;

/**
 * An organisation's report as a workbook (brief section 7), from the view the other formats render:
 * <i>Plan</i> (each "start here" priority and each development need, with Owner, By when and Status
 * to fill in, Status a dropdown), <i>Scores</i> (overall, domains and areas with levels, targets,
 * gaps, status, coverage) and <i>Statements</i> (each statement with its answers by option, the
 * room's votes by option where it voted, and the notes). Numbers are the JSON report's, rounded the
 * same way, and written as numbers.
 */
public final class ReportWorkbook {
  /** What the Status dropdown offers: constant words, so a list written in the formula itself. */
  static final List<String> STATUSES = List.of("Not started", "Under way", "Done", "Dropped");

  /** The Scores sheet's columns. */
  private static final List<String> SCORES =
      List.of(
          "", "Id", "Title", "Score", "Level", "Target", "Gap", "Status", "Coverage", "Don't know");

  /** Rows below the plan's last that still offer the Status dropdown, for actions the team adds. */
  private static final int SPARE_ROWS = 20;

  private ReportWorkbook() {}

  public static byte[] render(ReportView view) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "ccg-diag", null);
      plan(
          new Sheet(
              workbook.newWorksheet("Plan"),
              List.of("", "#", "What", "Why", "Support", "Evidence", "Owner", "By when", "Status"),
              List.of(12, 5, 40, 60, 40, 40, 18, 12, 14)),
          view);
      scores(
          new Sheet(
              workbook.newWorksheet("Scores"),
              SCORES,
              List.of(24, 22, 50, 8, 22, 8, 8, 22, 10, 10)),
          view);
      statements(workbook, view);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  private static void plan(Sheet sheet, ReportView view) {
    String startHere = view.startHere().heading();
    for (ReportView.Priority p : view.priorities()) {
      String why = p.action() == null ? p.why() : p.why() + " " + p.action();
      sheet.add(
          cells(
              startHere,
              p.number(),
              p.where() == null ? p.title() : p.title() + " (" + p.where() + ")",
              why,
              String.join("; ", p.support()),
              String.join("; ", p.evidence())));
    }
    String needs = view.needsSection().heading();
    for (ReportView.Need n : view.needs()) {
      sheet.add(
          cells(
              needs,
              n.rank(),
              n.name(),
              "priority "
                  + n.priority()
                  + "; score "
                  + n.score()
                  + ", target "
                  + n.target()
                  + ", gap "
                  + n.gap(),
              n.support(),
              null));
    }
    int last = sheet.rows() - 1 + SPARE_ROWS;
    sheet
        .worksheet
        .range(1, 8, last, 8)
        .validateWithListByFormula("\"" + String.join(",", STATUSES) + "\"")
        .errorStyle(DataValidationErrorStyle.WARNING)
        .showErrorMessage(true)
        .errorTitle("Status")
        .error("Choose a status from the list");
  }

  private static void scores(Sheet sheet, ReportView view) {
    Findings report = view.report();
    Findings.Overall overall = report.overall();
    sheet.add(
        cells(
            "Overall",
            null,
            report.organisation(),
            Rounding.score(overall.score()),
            overall.level() == null ? null : overall.level().label(),
            null,
            null,
            null,
            Rounding.coverage(overall.coverage()),
            report.questions().stream().mapToInt(QuestionResult::dontKnow).sum()));
    List<HeatMap.Band> bands = Sheet.bands(report.questionnaire().levels());
    Map<String, ItemResult> domains = byId(report.domains());
    String heading = view.domainsSection().heading();
    for (ReportView.DomainRow row : view.domains()) {
      item(
          sheet, heading, domains.get(row.id()), row.fullTitle(), row.level(), row.status(), bands);
    }
    Map<String, ItemResult> areas = byId(report.areas());
    if (view.framework() != null) {
      for (ReportView.DimensionView dimension : view.framework().dimensions()) {
        for (ReportView.AreaRow row : dimension.areas()) {
          item(
              sheet,
              dimension.title(),
              areas.get(row.id()),
              row.title(),
              row.level(),
              row.status(),
              bands);
        }
      }
    }
  }

  /**
   * A domain's or area's row: greyed without enough evidence (its score, if any, still shown), else
   * its score in its level's colour.
   */
  private static void item(
      Sheet sheet,
      String group,
      ItemResult item,
      String title,
      String level,
      String status,
      List<HeatMap.Band> bands) {
    int row =
        sheet.add(
            cells(
                group,
                item.id(),
                title,
                Rounding.score(item.score()),
                none(level),
                Rounding.score(item.target()),
                Rounding.score(item.gap()),
                none(status),
                Rounding.coverage(item.coverage()),
                item.dontKnow()));
    if (item.status() == Status.INSUFFICIENT_EVIDENCE) {
      sheet.grey(row, SCORES.size());
    } else {
      sheet.levelColour(row, 3, Rounding.score(item.score()), bands);
    }
  }

  /**
   * One row per statement: its number (the session's), domain, text and score, how many chose each
   * option, how many in the room voted for each (where it voted), then the notes.
   */
  private static void statements(Workbook workbook, ReportView view) {
    Findings report = view.report();
    Map<String, Integer> optionColumns = new LinkedHashMap<>();
    List<String> header =
        new ArrayList<>(List.of("#", "Id", view.domainsSection().heading(), "Text", "Score"));
    List<Integer> widths = new ArrayList<>(List.of(5, 18, 24, 70, 8));
    for (QuestionResult result : report.questions()) {
      for (QuestionResult.Choice choice : result.choices()) {
        if (!optionColumns.containsKey(choice.option().label())) {
          optionColumns.put(choice.option().label(), header.size());
          header.add(choice.option().label());
          widths.add(11);
        }
      }
    }
    // The room's votes before the team agreed (brief section 6), by option, where any were taken.
    Map<String, Integer> voteColumns = new LinkedHashMap<>();
    if (report.questions().stream().anyMatch(QuestionResult::hasVotes)) {
      for (String label : optionColumns.keySet()) {
        voteColumns.put(label, header.size());
        header.add(label + " (votes)");
        widths.add(11);
      }
    }
    header.addAll(List.of("Answers", "Notes"));
    widths.addAll(List.of(40, 70));
    Sheet sheet = new Sheet(workbook.newWorksheet("Statements"), header, widths);
    List<ReportView.Statement> statements = ReportViews.statements(report);
    for (int i = 0; i < statements.size(); i++) {
      ReportView.Statement statement = statements.get(i);
      QuestionResult result = report.questions().get(i);
      List<Object> row =
          new ArrayList<>(
              cells(
                  i + 1,
                  statement.id(),
                  view.words().label(statement.domainNumber(), statement.domain()),
                  statement.text(),
                  Rounding.score(result.score())));
      while (row.size() < header.size()) {
        row.add(null);
      }
      for (QuestionResult.Choice choice : result.choices()) {
        row.set(optionColumns.get(choice.option().label()), choice.count());
        if (result.hasVotes()) {
          row.set(voteColumns.get(choice.option().label()), choice.votes());
        }
      }
      row.set(header.size() - 2, statement.answers());
      row.set(
          header.size() - 1,
          statement.notes().isEmpty() ? null : String.join(" | ", statement.notes()));
      sheet.add(row);
    }
  }

  private static Map<String, ItemResult> byId(List<ItemResult> items) {
    Map<String, ItemResult> byId = new HashMap<>();
    items.forEach(item -> byId.put(item.id(), item));
    return byId;
  }

  /** The view's dash for "no value" is an empty cell in a workbook. */
  private static String none(String text) {
    return text == null || text.equals(ReportView.NONE) ? null : text;
  }

  /** A row's cells, nulls allowed. */
  private static List<Object> cells(Object... values) {
    return java.util.Arrays.asList(values);
  }
}
