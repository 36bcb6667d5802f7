package org.ccgdiag.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The view of a heat map of scores out of 100 (organisations by domain), ready for {@code
 * heatmap.mustache}. Each cell is coloured by its score band and has its number printed in it, so
 * it still reads in greyscale; the band colours get darker as scores rise, so lightness alone
 * orders them. An empty cell (no score) is white with a dashed border and a dash.
 */
public record HeatMap(
    String id,
    String title,
    String description,
    Box box,
    List<Column> columns,
    List<Row> rows,
    List<Swatch> legend) {

  static final double FONT = 15;
  static final double LINE = 18;
  static final int COLUMN_CHARS = 12;
  static final int ROW_CHARS = 28;
  static final double CELL_WIDTH = COLUMN_CHARS * FONT * Svg.CHAR_WIDTH + 12;
  static final double CELL_HEIGHT = 36;
  static final double PAD = 2;

  /**
   * Light to dark (ColorBrewer's YlGnBu, whose lightness falls monotonically); with fewer bands,
   * evenly spaced colours from it are used. The last {@link #DARK_FROM} need white text.
   */
  public static final List<String> PALETTE =
      List.of("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84");

  public static final int DARK_FROM = 4;

  public HeatMap {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    legend = List.copyOf(legend);
  }

  /** A score band: scores from {@code min} up to the next band's minimum. */
  public record Band(BigDecimal min, String label) {}

  /**
   * A row of input: a label and one score per column, null where there is none; {@code thin} has,
   * per column, the coverage as printed ("13%") where the score had too little evidence behind it,
   * else null. Such a cell shows its coverage on a hatched grey, never its score.
   */
  public record Line(String label, List<BigDecimal> scores, List<String> thin) {
    public Line {
      scores = java.util.Collections.unmodifiableList(new ArrayList<>(scores));
      thin = java.util.Collections.unmodifiableList(new ArrayList<>(thin));
    }
  }

  /** The legend's words for a hatched cell. */
  static final String THIN = "Not enough evidence (share of answers given)";

  public record Column(List<TextLine> label) {
    public Column {
      label = List.copyOf(label);
    }
  }

  public record Row(List<TextLine> label, List<Cell> cells) {
    public Row {
      label = List.copyOf(label);
      cells = List.copyOf(cells);
    }
  }

  /**
   * A cell: {@code fill} is a colour from {@link #PALETTE} (or the hatching of a cell with too
   * little evidence, {@code thin}), {@code dark} asks for white text.
   */
  public record Cell(
      String x, String y, String w, String h, boolean empty, boolean thin, String fill, boolean dark, TextLine value,
      String title) {}

  public record Swatch(String x, String y, String w, String h, String fill, TextLine label) {}


  /**
   * Builds the heat map.
   *
   * @param columns the column labels (text from input files)
   * @param lines one per row, each with a score per column
   * @param bands ascending by minimum, the first at 0 (e.g. the questionnaire's levels)
   */
  public static HeatMap of(String id, String title, List<String> columns, List<Line> lines, List<Band> bands) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a heat map needs at least one band");
    }
    for (Line line : lines) {
      if (line.scores().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row " + line.label() + " has " + line.scores().size() + " scores for " + columns.size() + " columns");
      }
    }
    List<String> rowLabels = lines.stream().map(Line::label).toList();
    double labelWidth = Math.max(60, Svg.widest(rowLabels, ROW_CHARS, FONT)) + 12;
    double headerHeight = Svg.mostLines(columns, COLUMN_CHARS) * LINE + 10;

    List<Column> heads = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      double centre = labelWidth + c * CELL_WIDTH + CELL_WIDTH / 2;
      List<String> text = Svg.wrap(columns.get(c), COLUMN_CHARS);
      List<TextLine> label = new ArrayList<>();
      // Bottom-aligned, so short labels sit just above their column.
      double first = headerHeight - 8 - (text.size() - 1) * LINE;
      for (int i = 0; i < text.size(); i++) {
        label.add(TextLine.at(centre, first + i * LINE, text.get(i)));
      }
      heads.add(new Column(label));
    }

    List<Row> rows = new ArrayList<>();
    StringJoiner description = new StringJoiner(". ", "Scores out of 100 by row and column. ", ".");
    double y = headerHeight;
    for (Line line : lines) {
      List<String> text = Svg.wrap(line.label(), ROW_CHARS);
      double height = Math.max(CELL_HEIGHT, text.size() * LINE + 10);
      double middle = y + height / 2;
      List<TextLine> label = new ArrayList<>();
      double first = middle - (text.size() - 1) * LINE / 2 + FONT / 3;
      for (int i = 0; i < text.size(); i++) {
        label.add(TextLine.at(0, first + i * LINE, text.get(i)));
      }
      List<Cell> cells = new ArrayList<>();
      StringJoiner said = new StringJoiner("; ", line.label() + ": ", "");
      for (int c = 0; c < columns.size(); c++) {
        BigDecimal score = line.scores().get(c);
        String thin = line.thin().get(c);
        double x = labelWidth + c * CELL_WIDTH;
        String shown =
            thin != null ? "not enough evidence (" + thin + " of answers)" : score == null ? Radar.NO_SCORE : Svg.score(score);
        String words = line.label() + ", " + columns.get(c) + ": " + shown;
        said.add(columns.get(c) + " " + shown);
        TextLine value =
            TextLine.at(x + CELL_WIDTH / 2, middle + FONT / 3, thin != null ? thin : score == null ? "–" : shown);
        if (thin != null) {
          cells.add(new Cell(
              Svg.num(x + PAD), Svg.num(y + PAD), Svg.num(CELL_WIDTH - 2 * PAD), Svg.num(height - 2 * PAD), false, true,
              "url(#" + id + "-thin)", false, value, words));
        } else if (score == null) {
          cells.add(cell(x, y, height, true, "#ffffff", false, value, words));
        } else {
          int band = band(score, bands);
          int colour = colour(band, bands.size());
          cells.add(cell(x, y, height, false, PALETTE.get(colour), colour >= DARK_FROM, value,
              words + " (" + bands.get(band).label() + ")"));
        }
      }
      rows.add(new Row(label, cells));
      description.add(said.toString());
      y += height;
    }

    List<Swatch> legend = new ArrayList<>();
    double x = 0;
    double legendY = y + 16;
    double width = labelWidth + columns.size() * CELL_WIDTH;
    for (int b = 0; b < bands.size(); b++) {
      String text = bands.get(b).label() + " (" + bands.get(b).min().toPlainString() + "+)";
      double itemWidth = 30 + Svg.width(text, FONT) + 20;
      if (x > 0 && x + itemWidth > width) {
        x = 0;
        legendY += LINE + 10;
      }
      legend.add(new Swatch(Svg.num(x), Svg.num(legendY), "22", "18", PALETTE.get(colour(b, bands.size())),
          TextLine.at(x + 30, legendY + 14, text)));
      x += itemWidth;
    }
    if (lines.stream().anyMatch(l -> l.thin().stream().anyMatch(java.util.Objects::nonNull))) {
      double thinWidth = 30 + Svg.width(THIN, FONT) + 20;
      if (x > 0 && x + thinWidth > width) {
        x = 0;
        legendY += LINE + 10;
      }
      legend.add(new Swatch(
          Svg.num(x), Svg.num(legendY), "22", "18", "url(#" + id + "-thin)", TextLine.at(x + 30, legendY + 14, THIN)));
    }
    double height = legendY + 18 + 6;
    return new HeatMap(id, title, description.toString(), Box.of(Math.max(width, 200), height), heads, rows, legend);
  }

  private static Cell cell(double x, double y, double height, boolean empty, String fill, boolean dark, TextLine value, String title) {
    return new Cell(
        Svg.num(x + PAD), Svg.num(y + PAD), Svg.num(CELL_WIDTH - 2 * PAD), Svg.num(height - 2 * PAD), empty, false, fill,
        dark, value, title);
  }

  /** The index of the highest band whose minimum the score reaches. */
  public static int band(BigDecimal score, List<Band> bands) {
    int band = 0;
    for (int b = 0; b < bands.size(); b++) {
      if (score.compareTo(bands.get(b).min()) >= 0) {
        band = b;
      }
    }
    return band;
  }

  /** The palette colour of band {@code b} of {@code n}: evenly spread from lightest to darkest. */
  public static int colour(int b, int n) {
    if (n == 1) {
      return PALETTE.size() / 2;
    }
    return (int) Math.round((double) b * (PALETTE.size() - 1) / (n - 1));
  }
}
