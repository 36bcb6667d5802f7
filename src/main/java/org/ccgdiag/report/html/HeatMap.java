package org.ccgdiag.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The view of a heat map of scores out of 100 (organisations by domain), ready for {@code
 * heatmap.mustache}. Each cell is coloured by its score band and has its number and its band's code
 * (an initial, keyed in the legend) printed in it, so it reads without colour (WCAG 1.4.1); the
 * band colours get darker as scores rise, so lightness alone orders them, and every cell is
 * outlined in a grey of at least 3:1 against the page (1.4.11). An empty cell (no score) is white
 * with a dashed border and a dash.
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

  /** A legend swatch's width: room for a band's code of up to three letters. */
  static final double SWATCH = 36;

  /**
   * Light to dark: viridis (van der Walt and Smith, matplotlib), made for readers with the common
   * colour blindnesses, its lightness falling steadily, with its yellow end paler to widen the
   * range; with fewer bands, evenly spaced colours from it are used. Neighbouring bands differ in
   * luminance by at least 1.5:1 with up to five bands and 1.3:1 with six or seven, also as readers
   * with protanopia, deuteranopia or tritanopia see them ({@code HeatMapPaletteTest}); the former
   * YlGnBu had 1.24:1. Colours from {@link #DARK_FROM} on take white text; each its text at 4.5:1
   * or more.
   */
  public static final List<String> PALETTE =
      List.of("#fff7b0", "#bddf26", "#42be71", "#21918c", "#2a788e", "#414487", "#440154");

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
      String x,
      String y,
      String w,
      String h,
      boolean empty,
      boolean thin,
      String fill,
      boolean dark,
      TextLine value,
      String title) {}

  /**
   * A legend entry: a swatch with its band's code in it ({@code dark}: in white), and its words.
   */
  public record Swatch(
      String x,
      String y,
      String w,
      String h,
      String fill,
      boolean dark,
      TextLine code,
      TextLine label) {}

  /**
   * Builds the heat map.
   *
   * @param columns the column labels (text from input files)
   * @param lines one per row, each with a score per column
   * @param bands ascending by minimum, the first at 0 (e.g. the questionnaire's levels)
   */
  public static HeatMap of(
      String id, String title, List<String> columns, List<Line> lines, List<Band> bands) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("a heat map needs at least one band");
    }
    for (Line line : lines) {
      if (line.scores().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row "
                + line.label()
                + " has "
                + line.scores().size()
                + " scores for "
                + columns.size()
                + " columns");
      }
    }
    List<String> codes = codes(bands);
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
            thin != null
                ? "not enough evidence (" + thin + " of answers)"
                : score == null ? Radar.NO_SCORE : Svg.score(score);
        int band = score == null ? 0 : band(score, bands);
        String level = thin == null && score != null ? " (" + bands.get(band).label() + ")" : "";
        String words = line.label() + ", " + columns.get(c) + ": " + shown + level;
        said.add(columns.get(c) + " " + shown + level);
        TextLine value =
            TextLine.at(
                x + CELL_WIDTH / 2,
                middle + FONT / 3,
                thin != null ? thin : score == null ? "–" : shown + " " + codes.get(band));
        if (thin != null) {
          cells.add(
              new Cell(
                  Svg.num(x + PAD),
                  Svg.num(y + PAD),
                  Svg.num(CELL_WIDTH - 2 * PAD),
                  Svg.num(height - 2 * PAD),
                  false,
                  true,
                  "url(#" + id + "-thin)",
                  false,
                  value,
                  words));
        } else if (score == null) {
          cells.add(cell(x, y, height, true, "#ffffff", false, value, words));
        } else {
          int colour = colour(band, bands.size());
          cells.add(
              cell(x, y, height, false, PALETTE.get(colour), colour >= DARK_FROM, value, words));
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
      double itemWidth = SWATCH + 8 + Svg.width(text, FONT) + 20;
      if (x > 0 && x + itemWidth > width) {
        x = 0;
        legendY += LINE + 10;
      }
      int colour = colour(b, bands.size());
      legend.add(
          new Swatch(
              Svg.num(x),
              Svg.num(legendY),
              Svg.num(SWATCH),
              "20",
              PALETTE.get(colour),
              colour >= DARK_FROM,
              TextLine.at(x + SWATCH / 2, legendY + 15, codes.get(b)),
              TextLine.at(x + SWATCH + 8, legendY + 15, text)));
      x += itemWidth;
    }
    if (lines.stream().anyMatch(l -> l.thin().stream().anyMatch(java.util.Objects::nonNull))) {
      double thinWidth = SWATCH + 8 + Svg.width(THIN, FONT) + 20;
      if (x > 0 && x + thinWidth > width) {
        x = 0;
        legendY += LINE + 10;
      }
      legend.add(
          new Swatch(
              Svg.num(x),
              Svg.num(legendY),
              Svg.num(SWATCH),
              "20",
              "url(#" + id + "-thin)",
              false,
              null,
              TextLine.at(x + SWATCH + 8, legendY + 15, THIN)));
    }
    double height = legendY + 20 + 6;
    return new HeatMap(
        id,
        title,
        description.toString(),
        Box.of(Math.max(width, 200), height),
        heads,
        rows,
        legend);
  }

  private static Cell cell(
      double x,
      double y,
      double height,
      boolean empty,
      String fill,
      boolean dark,
      TextLine value,
      String title) {
    return new Cell(
        Svg.num(x + PAD),
        Svg.num(y + PAD),
        Svg.num(CELL_WIDTH - 2 * PAD),
        Svg.num(height - 2 * PAD),
        empty,
        false,
        fill,
        dark,
        value,
        title);
  }

  /**
   * Each band's code, printed in its cells and keyed in the legend: the first letter of its label,
   * else the first two or three letters where those are not unique, else its number.
   */
  static List<String> codes(List<Band> bands) {
    for (int letters = 1; letters <= 3; letters++) {
      List<String> codes = new ArrayList<>();
      for (Band band : bands) {
        String word = band.label().strip().replaceAll("[^\\p{L}\\p{N}]", "");
        String code = word.substring(0, Math.min(letters, word.length()));
        codes.add(
            code.isEmpty()
                ? ""
                : code.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + code.substring(1));
      }
      if (!codes.contains("") && new java.util.HashSet<>(codes).size() == codes.size()) {
        return codes;
      }
    }
    return java.util.stream.IntStream.rangeClosed(1, bands.size())
        .mapToObj(String::valueOf)
        .toList();
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
