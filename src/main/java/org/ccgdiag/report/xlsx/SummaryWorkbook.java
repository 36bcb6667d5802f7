package org.ccgdiag.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.files.CsvCells;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.group.ClusterSummary;
import org.ccgdiag.report.group.ClusterSummaryView;
import org.ccgdiag.report.html.HeatMap;
import org.dhatim.fastexcel.Workbook;

/**
 * summary.xlsx: the summary's rows (one per organisation and round, as summary.csv) with each score
 * cell filled in the heat map's colour for its level, and the levels' colours as a key below.
 * Headings are the summary's own (names and short titles); numbers are numbers.
 */
public final class SummaryWorkbook {
  private SummaryWorkbook() {}

  public static byte[] render(ClusterSummary summary) {
    ClusterSummaryView view = ClusterSummaryView.of(summary);
    Questionnaire questionnaire = summary.questionnaire();
    List<HeatMap.Band> bands = Sheet.bands(questionnaire.levels());
    List<String> header =
        new ArrayList<>(
            List.of(
                view.organisationColumn(),
                "Round",
                "Respondents",
                "Overall",
                "Coverage",
                "Don't know"));
    int firstDomain = header.size();
    header.addAll(view.domainColumns());
    header.add("Top need");
    int firstArea = header.size();
    questionnaire.areas().stream().map(Area::title).forEach(header::add);
    header.add("Change");
    header.add("Run");
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      widths.add(c == 0 ? 30 : c < firstDomain ? 11 : 14);
    }
    widths.set(widths.size() - 1, 24); // the run: an instant to the millisecond
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "ccg-diag", null);
      Sheet sheet = new Sheet(workbook.newWorksheet("Summary"), header, widths);
      for (int i = 0; i < summary.organisations().size(); i++) {
        ClusterSummary.OrganisationRow row = summary.organisations().get(i);
        List<Object> cells = new ArrayList<>();
        cells.add(row.organisation());
        cells.add(row.round());
        cells.add(row.respondents());
        cells.add(row.overall());
        cells.add(row.coverage());
        cells.add(row.dontKnow());
        cells.addAll(row.domains());
        cells.add(row.topNeedTitle());
        cells.addAll(row.areas());
        String change = ClusterSummaryView.change(row);
        cells.add(change.equals(ReportView.NONE) ? null : change);
        cells.add(summary.run() == null ? null : summary.run().id());
        int r = sheet.add(cells);
        // Too little evidence is greyed, never coloured as a level: one rule in every format.
        if (row.isScored()) {
          sheet.levelColour(r, 3, row.overall(), bands);
        } else {
          sheet.greyCell(r, 3);
        }
        for (int d = 0; d < row.domains().size(); d++) {
          if (row.domainStatus().get(d) == org.ccgdiag.scoring.Status.SCORED) {
            sheet.levelColour(r, firstDomain + d, row.domains().get(d), bands);
          } else {
            sheet.greyCell(r, firstDomain + d);
          }
        }
        for (int a = 0; a < row.areas().size(); a++) {
          if (row.areaStatus().get(a) == org.ccgdiag.scoring.Status.SCORED) {
            sheet.levelColour(r, firstArea + a, row.areas().get(a), bands);
          } else {
            sheet.greyCell(r, firstArea + a);
          }
        }
      }
      int key = sheet.rows() + 1;
      sheet.worksheet.value(key, 0, "Levels (score from)");
      sheet.worksheet.style(key, 0).bold().set();
      for (int b = 0; b < bands.size(); b++) {
        sheet.worksheet.value(key + 1 + b, 0, CsvCells.text(bands.get(b).label()));
        sheet.worksheet.value(key + 1 + b, 1, bands.get(b).min());
        sheet.levelColour(key + 1 + b, 1, bands.get(b).min(), bands);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }
}
