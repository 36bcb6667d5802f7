package org.ccgdiag.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The view of a radar chart of scores out of 100, one axis per item (the domains), ready for {@code
 * radar.mustache}: every coordinate is computed here, so the template only places numbers and
 * escaped text. Axis 0 points up and the others follow clockwise. A missing score (null) is left
 * out of its series, never drawn as 0; when the first series (the team's own view) has none, the
 * axis label says so.
 *
 * @param grid rings at the given levels, with their value written on the upward axis
 * @param series in the order given; the legend lists them the same way
 */
public record Radar(
    String id,
    String title,
    String description,
    Box box,
    String cx,
    String cy,
    List<Ring> grid,
    List<Spoke> spokes,
    List<Shape> series,
    List<LegendEntry> legend) {

  /** The radius of a score of 100, in SVG units. */
  static final double RADIUS = 150;

  static final double FONT = 15;
  static final double LINE = 18;

  /** Room between the 100 ring and an axis label. */
  static final double GAP = 12;

  static final int LABEL_CHARS = 16;

  static final String NO_SCORE = "no score";

  public Radar {
    grid = List.copyOf(grid);
    spokes = List.copyOf(spokes);
    series = List.copyOf(series);
    legend = List.copyOf(legend);
  }

  /** What a series shows; it sets the line style, which also tells series apart in greyscale. */
  public enum Kind {
    SELF,
    PERSPECTIVE,
    TARGET
  }

  /**
   * One series of scores, one per axis, null where there is none; {@code thin} has, per axis, the
   * coverage as printed ("13%") where the score had too little evidence behind it, else null. Such
   * a score is left out of the series' shape and drawn as a hollow grey dot, its axis saying why.
   */
  public record Series(String name, Kind kind, List<BigDecimal> scores, List<String> thin) {
    public Series {
      scores = java.util.Collections.unmodifiableList(new ArrayList<>(scores));
      thin = java.util.Collections.unmodifiableList(new ArrayList<>(thin));
    }

    /** A series whose every score had enough evidence (a target, a stakeholder group's view). */
    public Series(String name, Kind kind, List<BigDecimal> scores) {
      this(name, kind, scores, java.util.Collections.nCopies(scores.size(), null));
    }

    boolean isThin(int axis) {
      return thin.get(axis) != null;
    }
  }

  public record Ring(String points, String labelX, String labelY, String label) {}

  /** An axis: its line from the centre, and its label (with a "no score" note where needed). */
  public record Spoke(String x, String y, String anchor, List<TextLine> label) {
    public Spoke {
      label = List.copyOf(label);
    }
  }

  /**
   * A series drawn: a closed polygon when three or more points exist, an open line for two, and a
   * dot for each point; {@code styleClass} is a CSS class of the page's stylesheet.
   */
  public record Shape(
      String name,
      String styleClass,
      boolean polygon,
      boolean polyline,
      String points,
      boolean filled,
      List<Dot> dots) {
    public Shape {
      dots = List.copyOf(dots);
    }
  }

  /**
   * A point; {@code thin}: a score on too little evidence, drawn hollow and left out of the shape.
   */
  public record Dot(String x, String y, String title, boolean thin) {}

  public record LegendEntry(String name, String styleClass) {}

  /**
   * Builds the radar.
   *
   * @param id unique in the page: the chart's title and description are referenced by it
   * @param axes the axis labels (text from input files)
   * @param series each with one score per axis
   * @param gridLevels where to draw rings (e.g. the levels' minimums); 100 is always drawn
   */
  public static Radar of(
      String id,
      String title,
      List<String> axes,
      List<Series> series,
      List<BigDecimal> gridLevels) {
    int n = axes.size();
    if (n < 3) {
      throw new IllegalArgumentException("a radar needs at least 3 axes, got " + n);
    }
    for (Series s : series) {
      if (s.scores().size() != n) {
        throw new IllegalArgumentException(
            "series " + s.name() + " has " + s.scores().size() + " scores for " + n + " axes");
      }
    }
    Series self = series.stream().filter(s -> s.kind() == Kind.SELF).findFirst().orElse(null);
    List<List<String>> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> lines = new ArrayList<>(Svg.wrap(axes.get(i), LABEL_CHARS));
      if (self != null && self.scores().get(i) == null) {
        lines.add(NO_SCORE);
      } else if (self != null && self.isThin(i)) {
        lines.add(thinNote(self.thin().get(i)));
      }
      labels.add(lines);
    }
    double marginX =
        GAP
            + labels.stream()
                .flatMap(List::stream)
                .mapToDouble(l -> Svg.width(l, FONT))
                .max()
                .orElse(0)
            + 4;
    double marginY = GAP + labels.stream().mapToInt(List::size).max().orElse(1) * LINE + 4;
    Geometry g = new Geometry(n, RADIUS + marginX, RADIUS + marginY);

    List<Ring> grid = new ArrayList<>();
    List<BigDecimal> levels =
        new ArrayList<>(
            gridLevels.stream()
                .filter(l -> l.signum() > 0 && l.compareTo(BigDecimal.valueOf(100)) < 0)
                .toList());
    levels.add(BigDecimal.valueOf(100));
    for (BigDecimal level : levels) {
      double r = RADIUS * Svg.fraction(level);
      StringJoiner points = new StringJoiner(" ");
      for (int i = 0; i < n; i++) {
        points.add(g.point(i, r));
      }
      grid.add(
          new Ring(
              points.toString(), Svg.num(g.cx + 4), Svg.num(g.cy - r - 3), level.toPlainString()));
    }

    List<Spoke> spokes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      spokes.add(
          g.spoke(
              i, labels.get(i), self != null && (self.scores().get(i) == null || self.isThin(i))));
    }

    List<Shape> shapes = new ArrayList<>();
    List<LegendEntry> legend = new ArrayList<>();
    int perspective = 0;
    for (Series s : series) {
      String style =
          switch (s.kind()) {
            case SELF -> "series-self";
            case TARGET -> "series-target";
            case PERSPECTIVE -> "series-p" + (perspective++ % 4 + 1);
          };
      shapes.add(g.shape(s, axes, style));
      legend.add(new LegendEntry(s.name(), style));
    }
    // The target is drawn first so the scores lie on top of it.
    List<Shape> drawn =
        new ArrayList<>(
            shapes.stream().filter(s -> s.styleClass().equals("series-target")).toList());
    shapes.stream().filter(s -> !s.styleClass().equals("series-target")).forEach(drawn::add);
    return new Radar(
        id,
        title,
        describe(axes, series),
        Box.of(2 * g.cx, 2 * g.cy),
        Svg.num(g.cx),
        Svg.num(g.cy),
        grid,
        spokes,
        drawn,
        legend);
  }

  /** The chart's data in words, for screen readers and anyone who cannot see the chart. */
  private static String describe(List<String> axes, List<Series> series) {
    StringJoiner text = new StringJoiner(". ", "", ".");
    text.add("Scores out of 100 for each of " + axes.size() + " axes");
    for (Series s : series) {
      StringJoiner values = new StringJoiner("; ", s.name() + ": ", "");
      for (int i = 0; i < axes.size(); i++) {
        BigDecimal score = s.scores().get(i);
        values.add(
            axes.get(i)
                + " "
                + (score == null
                    ? NO_SCORE
                    : s.isThin(i)
                        ? Svg.score(score) + " so far, " + thinNote(s.thin().get(i))
                        : Svg.score(score)));
      }
      text.add(values.toString());
    }
    return text.toString();
  }

  /** An axis's note for a score on too little evidence: its coverage. */
  static String thinNote(String coverage) {
    return "too few answers (" + coverage + ")";
  }

  /** Positions on a radar of {@code n} axes centred at (cx, cy). */
  record Geometry(int n, double cx, double cy) {

    double angle(int axis) {
      return -Math.PI / 2 + 2 * Math.PI * axis / n;
    }

    double x(int axis, double r) {
      return cx + r * Math.cos(angle(axis));
    }

    double y(int axis, double r) {
      return cy + r * Math.sin(angle(axis));
    }

    String point(int axis, double r) {
      return Svg.num(x(axis, r)) + "," + Svg.num(y(axis, r));
    }

    Spoke spoke(int axis, List<String> lines, boolean lastIsNote) {
      double cos = Math.cos(angle(axis));
      double sin = Math.sin(angle(axis));
      double px = x(axis, RADIUS + GAP);
      double py = y(axis, RADIUS + GAP);
      String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
      double block = lines.size() * LINE;
      // The first baseline: the block sits above the point at the top, below it at the bottom,
      // centred at the sides.
      double first = (sin < -0.25 ? py - block : sin > 0.25 ? py : py - block / 2) + LINE * 0.8;
      List<TextLine> label = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        double y = first + i * LINE;
        boolean note = lastIsNote && i == lines.size() - 1;
        label.add(note ? TextLine.note(px, y, lines.get(i)) : TextLine.at(px, y, lines.get(i)));
      }
      return new Spoke(Svg.num(x(axis, RADIUS)), Svg.num(y(axis, RADIUS)), anchor, label);
    }

    Shape shape(Series s, List<String> axes, String style) {
      StringJoiner points = new StringJoiner(" ");
      List<Dot> dots = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        BigDecimal score = s.scores().get(i);
        if (score == null) {
          continue; // left out: a missing score is not a zero
        }
        double r = RADIUS * Svg.fraction(score);
        if (s.isThin(i)) {
          dots.add(
              new Dot(
                  Svg.num(x(i, r)),
                  Svg.num(y(i, r)),
                  s.name()
                      + ", "
                      + axes.get(i)
                      + ": "
                      + Svg.score(score)
                      + " so far, "
                      + thinNote(s.thin().get(i)),
                  true));
          continue; // not joined to the others: it is no result yet
        }
        points.add(point(i, r));
        dots.add(
            new Dot(
                Svg.num(x(i, r)),
                Svg.num(y(i, r)),
                s.name() + ", " + axes.get(i) + ": " + Svg.score(score),
                false));
      }
      int count = (int) dots.stream().filter(d -> !d.thin()).count();
      boolean target = s.kind() == Kind.TARGET;
      return new Shape(
          s.name(),
          style,
          count >= 3,
          count == 2,
          points.toString(),
          s.kind() == Kind.SELF,
          target ? List.of() : dots);
    }
  }
}
