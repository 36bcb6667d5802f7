package org.ccgdiag.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The view of a horizontal bar chart of scores out of 100 in groups (the knowledge, skills and
 * mindsets areas by dimension), ready for {@code bars.mustache}. Each bar has its score written
 * beside it and its target as a tick; a missing score says "no score" instead of a zero bar.
 */
public record AreaBars(
    String id,
    String title,
    String description,
    Box box,
    String barX,
    List<Tick> scale,
    List<Group> groups) {

  static final double FONT = 15;
  static final double LINE = 18;
  static final int LABEL_CHARS = 30;

  /** Where the bars start (after the labels) and the length of a score of 100. */
  static final double LABEL_WIDTH = LABEL_CHARS * FONT * Svg.CHAR_WIDTH;

  static final double BAR_X = LABEL_WIDTH + 16;
  static final double BAR_LENGTH = 400;
  static final double BAR_HEIGHT = 18;
  static final double ROW = 32;
  static final double HEADER = 34;
  static final double AXIS = 26;

  /** Room right of a full bar for its score. */
  static final double VALUE_ROOM = 64;

  public AreaBars {
    scale = List.copyOf(scale);
    groups = List.copyOf(groups);
  }

  /** A group of bars under a heading, e.g. a dimension. */
  public record BarGroup(String label, List<Item> items) {
    public BarGroup {
      items = List.copyOf(items);
    }
  }

  /**
   * One bar: a label, a score and a target out of 100, either null when there is none; {@code thin}
   * the coverage as printed where the score rests on too little evidence (no bar is drawn then,
   * only the coverage), else null.
   */
  public record Item(String label, BigDecimal score, BigDecimal target, String thin) {}

  /** A gridline of the 0-100 scale with its number above the bars. */
  public record Tick(String x, String labelY, String y1, String y2, String label) {}

  public record Group(TextLine heading, List<Row> rows) {
    public Group {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A bar's row. {@code trackWidth} is the whole 0-100 scale behind the bar; the bar, value and
   * target exist only when {@code scored} and {@code targeted} say so.
   */
  public record Row(
      List<TextLine> label,
      String barY,
      String barHeight,
      String trackWidth,
      boolean scored,
      String barWidth,
      TextLine value,
      boolean targeted,
      String targetX,
      String targetY1,
      String targetY2,
      String title) {
    public Row {
      label = List.copyOf(label);
    }
  }

  public static AreaBars of(String id, String title, List<BarGroup> groups) {
    double y = AXIS;
    List<Group> drawn = new ArrayList<>();
    StringJoiner description = new StringJoiner(". ", "Scores out of 100, with targets. ", ".");
    for (BarGroup group : groups) {
      TextLine heading = TextLine.at(0, y + HEADER * 0.7, group.label());
      y += HEADER;
      List<Row> rows = new ArrayList<>();
      StringJoiner said = new StringJoiner("; ", group.label() + ": ", "");
      for (Item item : group.items()) {
        List<String> lines = Svg.wrap(item.label(), LABEL_CHARS);
        double height = Math.max(ROW, lines.size() * LINE + 10);
        rows.add(row(item, lines, y, height));
        said.add(words(item));
        y += height;
      }
      drawn.add(new Group(heading, rows));
      description.add(said.toString());
    }
    double bottom = y + 4;
    List<Tick> scale = new ArrayList<>();
    for (int value = 0; value <= 100; value += 25) {
      double x = BAR_X + BAR_LENGTH * value / 100;
      scale.add(
          new Tick(
              Svg.num(x),
              Svg.num(AXIS - 8),
              Svg.num(AXIS),
              Svg.num(bottom),
              Integer.toString(value)));
    }
    return new AreaBars(
        id,
        title,
        description.toString(),
        Box.of(BAR_X + BAR_LENGTH + VALUE_ROOM, bottom + 4),
        Svg.num(BAR_X),
        scale,
        drawn);
  }

  private static Row row(Item item, List<String> lines, double top, double height) {
    double middle = top + height / 2;
    // Label lines centred on the bar, baselines a third of a line below their centres.
    double first = middle - (lines.size() - 1) * LINE / 2 + FONT / 3;
    List<TextLine> label = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      label.add(TextLine.at(0, first + i * LINE, lines.get(i)));
    }
    double barY = middle - BAR_HEIGHT / 2;
    boolean scored = item.score() != null && item.thin() == null;
    double barWidth = scored ? BAR_LENGTH * Svg.fraction(item.score()) : 0;
    boolean targeted = item.target() != null;
    double targetX = targeted ? BAR_X + BAR_LENGTH * Svg.fraction(item.target()) : 0;
    TextLine value =
        scored
            ? TextLine.at(
                valueX(BAR_X + barWidth, targeted ? targetX : -1, Svg.score(item.score())),
                middle + FONT / 3,
                Svg.score(item.score()))
            : TextLine.note(
                BAR_X + 8,
                middle + FONT / 3,
                item.thin() != null ? Radar.thinNote(item.thin()) : Radar.NO_SCORE);
    return new Row(
        label,
        Svg.num(barY),
        Svg.num(BAR_HEIGHT),
        Svg.num(BAR_LENGTH),
        scored,
        Svg.num(barWidth),
        value,
        targeted,
        Svg.num(targetX),
        Svg.num(barY - 5),
        Svg.num(barY + BAR_HEIGHT + 5),
        words(item));
  }

  /**
   * Where a bar's number starts: just after the bar, or after the target tick when the tick would
   * cross it.
   */
  static double valueX(double barEnd, double targetX, String text) {
    double x = barEnd + 8;
    if (targetX >= x - 6 && targetX <= x + Svg.width(text, FONT) + 4) {
      x = targetX + 8;
    }
    return x;
  }

  private static String words(Item item) {
    return item.label()
        + " "
        + (item.score() == null
            ? Radar.NO_SCORE
            : item.thin() != null
                ? Svg.score(item.score()) + " so far, " + Radar.thinNote(item.thin())
                : Svg.score(item.score()))
        + (item.target() == null ? "" : " (target " + Svg.score(item.target()) + ")");
  }
}
