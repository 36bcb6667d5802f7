package org.ccgdiag.report.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.ccgdiag.files.CsvCells;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.report.html.HeatMap;
import org.ccgdiag.scoring.Rounding;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet being written row by row: text cells neutralised as the CSV files' are (on one
 * line, never run as a formula: {@link CsvCells#text}), numbers written as numbers, a header row in
 * bold and frozen. A null value leaves its cell empty.
 */
final class Sheet {
  private static final String HEADER_FILL = "DDEBF7";
  private static final String GREY_FILL = "EEEEEE";
  private static final String GREY_TEXT = "666666";

  final Worksheet worksheet;
  private int row;

  Sheet(Worksheet worksheet, List<String> header, List<Integer> widths) {
    this.worksheet = worksheet;
    for (int c = 0; c < header.size(); c++) {
      worksheet.value(0, c, CsvCells.text(header.get(c)));
      worksheet.width(c, widths.get(c));
    }
    worksheet
        .range(0, 0, 0, header.size() - 1)
        .style()
        .bold()
        .wrapText(true)
        .verticalAlignment("top")
        .fillColor(HEADER_FILL)
        .set();
    worksheet.freezePane(0, 1);
    row = 1;
  }

  /** Writes the next row: each value a String, a Number, or null. */
  int add(List<?> cells) {
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      if (value instanceof String text) {
        worksheet.value(row, c, CsvCells.text(text));
      } else if (value instanceof BigDecimal number) {
        worksheet.value(row, c, number);
      } else if (value instanceof Integer number) {
        worksheet.value(row, c, number);
      } else if (value != null) {
        throw new IllegalArgumentException("not a cell value: " + value.getClass());
      }
    }
    return row++;
  }

  /**
   * Fills a score's cell in its level's heat-map colour (the palette of summary.html), white text
   * on the dark ones; no score, no fill.
   */
  void levelColour(int row, int column, BigDecimal score, List<HeatMap.Band> bands) {
    if (score == null) {
      return;
    }
    int colour = HeatMap.colour(HeatMap.band(score, bands), bands.size());
    var style =
        worksheet
            .style(row, column)
            .fillColor(HeatMap.PALETTE.get(colour).substring(1))
            .format("0.0");
    (colour >= HeatMap.DARK_FROM ? style.fontColor("FFFFFF") : style).set();
  }

  /**
   * Greys a row's cells: an item without enough evidence to score, shown as such rather than as a
   * plain score.
   */
  /** One cell greyed: a score with too little evidence behind it. */
  void greyCell(int row, int column) {
    worksheet.style(row, column).fontColor(GREY_TEXT).fillColor(GREY_FILL).format("0.0").set();
  }

  void grey(int row, int columns) {
    worksheet
        .range(row, 0, row, columns - 1)
        .style()
        .fontColor(GREY_TEXT)
        .fillColor(GREY_FILL)
        .set();
  }

  /** The levels of a questionnaire as the heat map's bands. */
  static List<HeatMap.Band> bands(List<Level> levels) {
    return levels.stream()
        .map((Level l) -> new HeatMap.Band(Rounding.score(l.min()), l.label()))
        .toList();
  }

  /** The next row's number (0-based): how many rows, header included, are written. */
  int rows() {
    return row;
  }
}
