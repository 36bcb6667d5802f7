package org.ccgdiag.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Resource;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Note;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Report;
import org.ccgdiag.scoring.Rounding;

/**
 * Renders a report as JSON, format {@value #FORMAT}: every field of brief section 4 and the
 * 360-degree fields of section 5, in a fixed order, plus extras (the questionnaire's levels, counts
 * of questions, per-question results, the leadership's notes). The schema is the resource {@code
 * org/ccgdiag/report/report.schema.json}; {@code docs/reports.md} describes the fields.
 *
 * <p>Numbers are rounded only here, through {@link Rounding}: scores, targets, gaps, spreads and
 * differences to one decimal place (always written with it: {@code 70.0}), coverage to three
 * ({@code 0.667}). Where there is no value the field is {@code null}; lists are always present,
 * possibly empty. Stakeholder respondents are never named: only the leadership's notes are written.
 * The output is pretty-printed with two-space indents and {@code \n} line ends, ends with a newline,
 * and depends on nothing but the report, so the same report always gives the same bytes.
 */
public final class JsonReport {
  public static final String FORMAT = "ccg-diag/report@1";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  private JsonReport() {}

  public static String render(Report report) {
    // Jackson's own string writer (as ObjectMapper.writeValueAsString uses): recycled buffers and no
    // synchronised StringBuffer.
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      write(report, out);
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /** Writes the report to {@code out} (which is left open), ending with a newline. */
  public static void write(Report report, Writer out) {
    try {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        write(g, report);
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report as UTF-8 to {@code out} (which is left open), ending with a newline: the same
   * bytes as {@code render(report).getBytes(UTF_8)}, and the fastest way to write a report file.
   */
  public static void write(Report report, OutputStream out) {
    try {
      try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        write(g, report);
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonGenerator g, Report report) throws IOException {
    report(g.setPrettyPrinter(PRETTY.createInstance()), report);
  }

  /** A generator with the layout of every JSON file ccg-diag writes (the cluster summary too). */
  static JsonGenerator generator(Writer out) throws IOException {
    return FACTORY.createGenerator(out).setPrettyPrinter(PRETTY.createInstance());
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    // "\n" whatever the platform, and "key": value as people write JSON by hand.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  private static void report(JsonGenerator g, Report report) throws IOException {
    Questionnaire questionnaire = report.questionnaire();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    questionnaire(g, questionnaire);
    g.writeStringField("organisation", report.organisation());
    g.writeNumberField("respondents", report.respondents());

    g.writeObjectFieldStart("overall");
    score(g, "score", report.overall().score());
    level(g, report.overall().level());
    coverage(g, "coverage", report.overall().coverage());
    g.writeEndObject();

    array(g, "domains", report.domains(), JsonReport::item);
    array(g, "dimensions", report.dimensions(), JsonReport::dimension);
    array(g, "areas", report.areas(), JsonReport::item);
    array(g, "development_needs", report.developmentNeeds(), JsonReport::developmentNeed);
    array(g, "divergence", report.divergence(), JsonReport::divergence);
    array(g, "perspectives", report.perspectives(), JsonReport::perspective);
    array(g, "blind_spots", report.blindSpots(), JsonReport::difference);
    array(g, "hidden_strengths", report.hiddenStrengths(), JsonReport::difference);
    array(g, "questions", report.questions(), JsonReport::question);
    array(g, "notes", report.notes(), JsonReport::note);
    array(g, "warnings", report.warnings(), JsonGenerator::writeString);
    g.writeEndObject();
  }

  /** Writes one element of an array. */
  @FunctionalInterface
  private interface Element<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void array(JsonGenerator g, String field, List<T> values, Element<T> element) throws IOException {
    g.writeArrayFieldStart(field);
    for (T value : values) {
      element.write(g, value);
    }
    g.writeEndArray();
  }

  private static void questionnaire(JsonGenerator g, Questionnaire questionnaire) throws IOException {
    g.writeObjectFieldStart("questionnaire");
    g.writeStringField("id", questionnaire.id());
    g.writeStringField("version", questionnaire.version());
    g.writeStringField("title", questionnaire.title());
    coverage(g, "min_coverage", fraction(questionnaire.minCoverage()));
    array(g, "levels", questionnaire.levels(), JsonReport::levelDefinition);
    g.writeEndObject();
  }

  private static void levelDefinition(JsonGenerator g, Level level) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", level.id());
    g.writeStringField("label", level.label());
    score(g, "min", fraction(level.min()));
    g.writeEndObject();
  }

  /** A domain or an area: the brief's fields, then the number of questions and the resource ids. */
  private static void item(JsonGenerator g, ItemResult item) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", item.id());
    if (item.kind() == ItemResult.Kind.AREA) {
      g.writeStringField("dimension", item.dimension() == null ? null : item.dimension().id());
    }
    g.writeStringField("title", item.title());
    score(g, "score", item.score());
    level(g, item.level());
    g.writeStringField("status", item.status().id());
    coverage(g, "coverage", item.coverage());
    g.writeNumberField("dont_know", item.dontKnow());
    score(g, "target", item.target());
    score(g, "gap", item.gap());
    g.writeNumberField("question_count", item.questions().size());
    array(g, "resources", item.resources(), JsonGenerator::writeString);
    g.writeEndObject();
  }

  private static void dimension(JsonGenerator g, Report.DimensionResult dimension) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", dimension.dimension().id());
    score(g, "score", dimension.score());
    g.writeEndObject();
  }

  private static void developmentNeed(JsonGenerator g, Report.DevelopmentNeed need) throws IOException {
    ItemResult item = need.item();
    g.writeStartObject();
    g.writeNumberField("rank", need.rank());
    g.writeStringField("kind", item.kind().id());
    g.writeStringField("id", item.id());
    g.writeStringField("title", item.title());
    score(g, "score", item.score());
    score(g, "target", item.target());
    score(g, "gap", item.gap());
    g.writeStringField("priority", need.priority().id());
    array(g, "resources", need.resources(), JsonReport::resource);
    g.writeEndObject();
  }

  private static void resource(JsonGenerator g, Resource resource) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", resource.id());
    g.writeStringField("title", resource.title());
    g.writeStringField("description", resource.description());
    g.writeStringField("url", resource.url());
    g.writeEndObject();
  }

  private static void divergence(JsonGenerator g, Report.Divergence d) throws IOException {
    g.writeStartObject();
    g.writeStringField("question", d.question());
    score(g, "spread", d.spread());
    score(g, "min", d.min());
    score(g, "max", d.max());
    g.writeEndObject();
  }

  private static void perspective(JsonGenerator g, Report.PerspectiveResult perspective) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", perspective.id());
    g.writeNumberField("respondents", perspective.respondents());
    array(g, "domains", perspective.domains(), JsonReport::domainScore);
    g.writeEndObject();
  }

  private static void domainScore(JsonGenerator g, Report.DomainScore domain) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", domain.id());
    score(g, "score", domain.score());
    g.writeEndObject();
  }

  private static void difference(JsonGenerator g, Report.Difference d) throws IOException {
    g.writeStartObject();
    g.writeStringField("domain", d.domain());
    score(g, "self", d.self());
    score(g, "stakeholders", d.stakeholders());
    score(g, "difference", d.difference());
    g.writeEndObject();
  }

  private static void question(JsonGenerator g, QuestionResult q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.question().id());
    g.writeStringField("domain", q.question().domain());
    score(g, "score", q.score());
    score(g, "min", q.min());
    score(g, "max", q.max());
    score(g, "spread", q.spread());
    g.writeNumberField("scored", q.scored());
    g.writeNumberField("dont_know", q.dontKnow());
    g.writeNumberField("not_applicable", q.notApplicable());
    g.writeNumberField("unanswered", q.unanswered());
    g.writeEndObject();
  }

  private static void note(JsonGenerator g, Note note) throws IOException {
    g.writeStartObject();
    g.writeStringField("question", note.questionId());
    g.writeStringField("respondent", note.respondent());
    g.writeStringField("text", note.text());
    g.writeEndObject();
  }

  private static void level(JsonGenerator g, Level level) throws IOException {
    g.writeStringField("level", level == null ? null : level.id());
  }

  /** A score, target, gap, spread or difference: one decimal place, or null. */
  private static void score(JsonGenerator g, String field, BigFraction value) throws IOException {
    number(g, field, Rounding.score(value));
  }

  private static void coverage(JsonGenerator g, String field, BigFraction value) throws IOException {
    number(g, field, Rounding.coverage(value));
  }

  private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
    g.writeFieldName(field);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value);
    }
  }

  /** An exact decimal from the questionnaire (a level's min, min_coverage) as a fraction for Rounding. */
  static BigFraction fraction(BigDecimal value) {
    if (value == null) {
      return null;
    }
    return value.scale() <= 0
        ? BigFraction.of(value.toBigIntegerExact())
        : BigFraction.of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }
}
