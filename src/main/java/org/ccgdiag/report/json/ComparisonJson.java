package org.ccgdiag.report.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccgdiag.report.compare.Comparison;
import org.ccgdiag.report.compare.ReportSnapshot;

/**
 * `compare --format json`: format {@value #FORMAT} (brief section 5), with the layout of every JSON
 * file ccg-diag writes. Scores and changes have one decimal place; {@code gap_closed} is a fraction
 * with three.
 */
public final class ComparisonJson {
  public static final String FORMAT = "ccg-diag/comparison@1";

  private ComparisonJson() {}

  public static String render(Comparison c) {
    JsonWriter g = new JsonWriter();
    write(g, c);
    return new String(g.toFile(), StandardCharsets.UTF_8);
  }

  /** Writes the comparison as one JSON object (a report's {@code progress} field is one too). */
  static void write(JsonWriter g, Comparison c) {
    g.startObject();
    g.field("format", FORMAT);
    side(g, "before", c.before());
    side(g, "after", c.after());
    g.name("overall");
    change(g, c.overall());
    g.arrayField("domains");
    for (Comparison.ItemChange item : c.domains()) {
      item(g, item);
    }
    g.endArray();
    g.arrayField("areas");
    for (Comparison.ItemChange item : c.areas()) {
      item(g, item);
    }
    g.endArray();
    g.objectField("needs");
    strings(g, "closed", c.closed());
    strings(g, "opened", c.opened());
    strings(g, "remaining", c.remaining());
    g.endObject();
    g.field("gap_closed", c.gapClosed());
    g.arrayField("statements");
    for (Comparison.StatementChange s : c.moved()) {
      g.startObject();
      g.field("id", s.id());
      g.field("text", s.text());
      scores(g, s.score());
      g.endObject();
    }
    g.endArray();
    strings(g, "added", c.added());
    strings(g, "removed", c.removed());
    strings(g, "warnings", c.warnings());
    g.endObject();
  }

  private static void side(JsonWriter g, String field, ReportSnapshot report) {
    g.objectField(field);
    g.field("organisation", report.organisation());
    g.field("round", report.round());
    g.objectField("questionnaire");
    g.field("id", report.questionnaireId());
    g.field("version", report.version());
    g.endObject();
    g.endObject();
  }

  private static void item(JsonWriter g, Comparison.ItemChange item) {
    g.startObject();
    g.field("id", item.id());
    scores(g, item.score());
    g.field("level_before", item.levelBefore());
    g.field("level_after", item.levelAfter());
    g.endObject();
  }

  private static void change(JsonWriter g, Comparison.Change change) {
    g.startObject();
    scores(g, change);
    g.endObject();
  }

  private static void scores(JsonWriter g, Comparison.Change change) {
    g.field("before", change.before());
    g.field("after", change.after());
    g.field("change", change.change());
    g.field("comparable", change.comparable());
  }

  private static void strings(JsonWriter g, String field, List<String> values) {
    g.arrayField(field);
    for (String value : values) {
      g.value(value);
    }
    g.endArray();
  }
}
