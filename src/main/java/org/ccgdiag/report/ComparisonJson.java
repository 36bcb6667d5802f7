package org.ccgdiag.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * `compare --format json`: format {@value #FORMAT} (brief section 5), with the layout of every JSON
 * file ccg-diag writes. Scores and changes have one decimal place; {@code gap_closed} is a fraction
 * with three.
 */
public final class ComparisonJson {
  public static final String FORMAT = "ccg-diag/comparison@1";

  private ComparisonJson() {}

  public static String render(Comparison c) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JsonReport.generator(text)) {
      write(g, c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  /** Writes the comparison as one JSON object (a report's {@code progress} field is one too). */
  public static void write(JsonGenerator g, Comparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    side(g, "before", c.before());
    side(g, "after", c.after());
    g.writeFieldName("overall");
    change(g, c.overall());
    g.writeArrayFieldStart("domains");
    for (Comparison.ItemChange item : c.domains()) {
      item(g, item);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("areas");
    for (Comparison.ItemChange item : c.areas()) {
      item(g, item);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("needs");
    strings(g, "closed", c.closed());
    strings(g, "opened", c.opened());
    strings(g, "remaining", c.remaining());
    g.writeEndObject();
    g.writeNumberField("gap_closed", c.gapClosed());
    g.writeArrayFieldStart("statements");
    for (Comparison.StatementChange s : c.moved()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("text", s.text());
      scores(g, s.score());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "added", c.added());
    strings(g, "removed", c.removed());
    strings(g, "warnings", c.warnings());
    g.writeEndObject();
  }

  private static void side(JsonGenerator g, String field, ReportSnapshot report) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("organisation", report.organisation());
    g.writeStringField("round", report.round());
    g.writeObjectFieldStart("questionnaire");
    g.writeStringField("id", report.questionnaireId());
    g.writeStringField("version", report.version());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void item(JsonGenerator g, Comparison.ItemChange item) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", item.id());
    scores(g, item.score());
    g.writeStringField("level_before", item.levelBefore());
    g.writeStringField("level_after", item.levelAfter());
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, Comparison.Change change) throws IOException {
    g.writeStartObject();
    scores(g, change);
    g.writeEndObject();
  }

  private static void scores(JsonGenerator g, Comparison.Change change) throws IOException {
    g.writeNumberField("before", change.before());
    g.writeNumberField("after", change.after());
    g.writeNumberField("change", change.change());
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
