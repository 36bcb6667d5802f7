package org.ccgdiag.report.html;

import java.util.List;

/**
 * A self-contained HTML page as {@code page.mustache} renders it: a title block, then sections of
 * blocks. Everything here is text or numbers; markup exists only in the templates, so no text can
 * become markup.
 *
 * @param lang the page's language, e.g. {@code en-GB}
 * @param subtitle lines under the title (e.g. who answered, when), possibly empty
 * @param firstPage what a printed page 1 holds under the title block (null for none)
 */
public record Page(
    String lang, String title, List<Text> subtitle, List<Section> sections, FirstPage firstPage) {
  public Page {
    subtitle = List.copyOf(subtitle);
    sections = List.copyOf(sections);
  }

  public Page(String lang, String title, List<Text> subtitle, List<Section> sections) {
    this(lang, title, subtitle, sections, null);
  }

  /**
   * The one-page summary that opens a printed page (a PDF, or the page printed from a browser) and
   * stands alone in a board pack; the report follows on page 2. The screen does not show it: there
   * the title block and the first sections already say the same, unless {@code onScreen}: then it
   * is also the first screen (a projector's), drawn smaller beside its chart.
   */
  public record FirstPage(String label, boolean onScreen, List<Block> blocks) {
    public FirstPage {
      blocks = named(label, blocks);
    }
  }

  /**
   * A section: a heading and its blocks. {@code breakBefore} starts it on a new printed page.
   *
   * @param id the fragment id of its heading (made by the code, e.g. {@code domains})
   */
  public record Section(String id, String heading, boolean breakBefore, List<Block> blocks) {
    public Section {
      blocks = named(heading, blocks);
    }
  }

  /**
   * The blocks with every table named for the box it scrolls in (a screen reader announces the
   * region by it): its caption, else the subheading above it, else the section's heading.
   */
  static List<Block> named(String heading, List<Block> blocks) {
    List<Block> named = new java.util.ArrayList<>(blocks.size());
    String above = heading;
    for (Block block : blocks) {
      if (block.subheading() != null) {
        above = block.subheading();
      }
      Table t = block.table();
      named.add(
          t == null || t.name() != null
              ? block
              : Block.table(
                  new Table(
                      t.caption(),
                      t.columns(),
                      t.rows(),
                      t.caption() != null ? t.caption() : above)));
    }
    return List.copyOf(named);
  }

  /** One block of a section: exactly one of its parts is set. */
  public record Block(
      Text paragraph,
      String subheading,
      Table table,
      Chart chart,
      Callout callout,
      Details details,
      Text note,
      Bullets bullets) {

    public static Block paragraph(Text text) {
      return new Block(text, null, null, null, null, null, null, null);
    }

    public static Block paragraph(String text) {
      return paragraph(Text.of(text));
    }

    public static Block subheading(String text) {
      return new Block(null, text, null, null, null, null, null, null);
    }

    public static Block table(Table table) {
      return new Block(null, null, table, null, null, null, null, null);
    }

    public static Block chart(Chart chart) {
      return new Block(null, null, null, chart, null, null, null, null);
    }

    public static Block callout(Callout callout) {
      return new Block(null, null, null, null, callout, null, null, null);
    }

    public static Block details(Details details) {
      return new Block(null, null, null, null, null, details, null, null);
    }

    /** A bulleted (or numbered) list. */
    public static Block bullets(List<Text> items, boolean numbered) {
      return new Block(null, null, null, null, null, null, null, new Bullets(items, numbered));
    }

    /** A caution or aside, set apart from the paragraphs around it. */
    public static Block note(Text text) {
      return new Block(null, null, null, null, null, null, text, null);
    }
  }

  /** A list of short texts. */
  public record Bullets(List<Text> items, boolean numbered) {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * A table. Numeric columns are right-aligned; a row header cell names its row for screen readers.
   * It scrolls sideways in a box of its own when it is wider than the window, so the page does not;
   * {@code name} names that box (set by the section it is in, see {@link Page#named}).
   */
  public record Table(String caption, List<Column> columns, List<Row> rows, String name) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    public Table(String caption, List<Column> columns, List<Row> rows) {
      this(caption, columns, rows, null);
    }

    /**
     * A column; {@code hidden}, when not null, follows the header for screen readers only (a
     * domain's title after its number, where the page has no room to show it).
     */
    public record Column(String header, boolean numeric, String hidden) {
      public Column(String header, boolean numeric) {
        this(header, numeric, null);
      }
    }

    public record Row(List<Cell> cells) {
      public Row {
        cells = List.copyOf(cells);
      }
    }

    /** A cell; {@code muted} greys out a value that is not there ("no score", "–"). */
    public record Cell(Text text, boolean numeric, boolean rowHeader, boolean muted) {
      public static Cell of(String text) {
        return of(Text.of(text));
      }

      public static Cell of(Text text) {
        return new Cell(text, false, false, false);
      }

      public static Cell number(String text) {
        return new Cell(Text.of(text), true, false, false);
      }

      public static Cell header(String text) {
        return new Cell(Text.of(text), false, true, false);
      }

      public static Cell missing(String text) {
        return new Cell(Text.of(text), false, false, true);
      }
    }
  }

  /**
   * A figure: one chart (exactly one of the three is set) and its caption. On screen it scrolls
   * sideways in a box of its own rather than shrink its text below the page's.
   */
  public record Chart(String caption, Radar radar, AreaBars bars, HeatMap heatMap) {
    public static Chart of(String caption, Radar radar) {
      return new Chart(caption, radar, null, null);
    }

    public static Chart of(String caption, AreaBars bars) {
      return new Chart(caption, null, bars, null);
    }

    public static Chart of(String caption, HeatMap heatMap) {
      return new Chart(caption, null, null, heatMap);
    }

    /** The chart's title: its image's accessible name, and the name of the box it scrolls in. */
    public String name() {
      return radar != null ? radar.title() : bars != null ? bars.title() : heatMap.title();
    }

    /**
     * The width it is drawn at, in rem: its text keeps to the size of the page's text, whatever the
     * zoom.
     */
    public String remWidth() {
      return (radar != null ? radar.box() : bars != null ? bars.box() : heatMap.box()).remWidth();
    }
  }

  /**
   * A box that stands out, e.g. "start here": numbered items, each a title and lines under it;
   * {@code heading} may be null when the section's heading says it.
   */
  public record Callout(String heading, List<Item> items) {
    public Callout {
      items = List.copyOf(items);
    }

    public record Item(String title, List<Text> lines) {
      public Item {
        lines = List.copyOf(lines);
      }
    }
  }

  /** A list of terms and what they mean, e.g. the support catalogue. */
  public record Details(List<Entry> entries) {
    public Details {
      entries = List.copyOf(entries);
    }

    public record Entry(Text term, List<Text> description) {
      public Entry {
        description = List.copyOf(description);
      }
    }
  }
}
