package org.ccgdiag.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
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
    return render(ReportViews.of(report));
  }

  public static String render(ReportView report) {
    // Jackson's own string writer (as ObjectMapper.writeValueAsString uses): recycled buffers and no
    // synchronised StringBuffer.
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        write(g, report);
      }
      out.write('\n');
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  private static void write(JsonGenerator g, ReportView report) throws IOException {
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

  private static void report(JsonGenerator g, ReportView view) throws IOException {
    Report report = view.report();
    Questionnaire questionnaire = report.questionnaire();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    questionnaire(g, questionnaire);
    g.writeStringField("organisation", report.organisation());
    g.writeStringField("round", report.round());
    g.writeObjectFieldStart("period");
    g.writeStringField("from", report.period().from() == null ? null : report.period().from().toString());
    g.writeStringField("to", report.period().to() == null ? null : report.period().to().toString());
    g.writeEndObject();
    g.writeNumberField("respondents", report.respondents());
    g.writeObjectFieldStart("team");
    g.writeNumberField("answer_sets", report.team().answerSets());
    g.writeNumberField("members", report.team().members());
    g.writeNumberField("agreed_sets", report.team().consensusSets());
    g.writeEndObject();

    g.writeObjectFieldStart("overall");
    score(g, "score", report.overall().score());
    level(g, report.overall().level());
    coverage(g, "coverage", report.overall().coverage());
    g.writeEndObject();

    array(g, "domains", report.domains(), JsonReport::item);
    array(g, "dimensions", report.dimensions(), JsonReport::dimension);
    array(g, "areas", report.areas(), JsonReport::item);
    array(g, "development_needs", report.developmentNeeds(), JsonReport::developmentNeed);
    array(g, "start_here", view.priorities(), JsonReport::priority);
    g.writeFieldName("progress");
    if (view.progress() == null) {
      g.writeNull();
    } else {
      ComparisonJson.write(g, view.progress().comparison());
    }
    array(g, "divergence", report.divergence(), JsonReport::divergence);
    array(g, "contradictions", report.contradictions(), JsonReport::contradiction);
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
    g.writeObjectFieldStart("terms");
    g.writeStringField("organisation", questionnaire.terms().organisation());
    g.writeStringField("team", questionnaire.terms().team());
    g.writeStringField("group", questionnaire.terms().group());
    g.writeStringField("statement", questionnaire.terms().statement());
    g.writeEndObject();
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

  /** A "start here" priority as the reports show it: its texts, statements, support and evidence. */
  private static void priority(JsonGenerator g, ReportView.Priority p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("number", p.number());
    g.writeStringField("title", p.title());
    g.writeStringField("where", p.where());
    g.writeStringField("why", p.why());
    g.writeStringField("action", p.action());
    array(g, "areas", p.areas(), JsonGenerator::writeString);
    array(g, "statements", p.statements(), (gen, s) -> gen.writeString(s.id()));
    array(g, "support", p.support(), JsonGenerator::writeString);
    array(g, "evidence", p.evidence(), JsonGenerator::writeString);
    g.writeEndObject();
  }

  private static void contradiction(JsonGenerator g, Report.Contradiction c) throws IOException {
    g.writeStartObject();
    g.writeStringField("question", c.question());
    g.writeStringField("mirror", c.mirror());
    g.writeNumberField("respondents", c.respondents());
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

  /** Who chose an option, by role ("" for none given): counts only, never names. */
  private static void roles(JsonGenerator g, java.util.Map<String, Integer> roles) throws IOException {
    g.writeStartObject();
    for (var role : new java.util.TreeMap<>(roles).entrySet()) {
      g.writeNumberField(role.getKey(), role.getValue());
    }
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
    g.writeStringField("text", q.question().text());
    score(g, "score", q.score());
    score(g, "min", q.min());
    score(g, "max", q.max());
    score(g, "spread", q.spread());
    g.writeNumberField("scored", q.scored());
    g.writeNumberField("dont_know", q.dontKnow());
    g.writeNumberField("not_applicable", q.notApplicable());
    g.writeNumberField("unanswered", q.unanswered());
    array(g, "answers", q.choices(), JsonReport::choice);
    g.writeEndObject();
  }

  private static void choice(JsonGenerator g, QuestionResult.Choice c) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", c.option().key());
    g.writeStringField("label", c.option().label());
    g.writeNumberField("count", c.count());
    g.writeFieldName("roles");
    roles(g, c.roles());
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
