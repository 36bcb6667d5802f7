package org.ccgdiag.report.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Noun;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Resource;
import org.ccgdiag.questionnaire.Terms;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.ReportViews;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.NotScored;
import org.ccgdiag.scoring.Note;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Scorer;

/**
 * Renders a report as JSON, format {@value #FORMAT}: every field of brief section 4 and the
 * 360-degree fields of section 5, in a fixed order, plus extras (the questionnaire's levels, counts
 * of questions, per-question results, the leadership's notes). The schema is the resource {@code
 * org/ccgdiag/report/json/report.schema.json}; {@code docs/reports.md} describes the fields.
 *
 * <p>Numbers are rounded only here, through {@link Rounding}: scores, targets, gaps, spreads and
 * differences to one decimal place (always written with it: {@code 70.0}), coverage to three
 * ({@code 0.667}). Where there is no value the field is {@code null}; lists are always present,
 * possibly empty. Stakeholder respondents are never named: only the leadership's notes are written.
 * The output is pretty-printed with two-space indents and {@code \n} line ends, ends with a
 * newline, and depends on nothing but the report and the run that writes it ({@code run}, null
 * outside {@code score -o}), so the same report of the same run always gives the same bytes.
 */
public final class JsonReport {
  public static final String FORMAT = "ccg-diag/report@1";

  private JsonReport() {}

  public static String render(Findings report) {
    return render(ReportViews.of(report));
  }

  public static String render(ReportView report) {
    return new String(renderUtf8(report), StandardCharsets.UTF_8);
  }

  /** The report as the UTF-8 bytes of its file, as a batch writes them. */
  public static byte[] renderUtf8(ReportView report) {
    // About 2 KB per question (its answers and who gave them) is room for most reports.
    JsonWriter g = new JsonWriter(2048 * (report.report().questions().size() + 4));
    report(g, report);
    return g.toFile();
  }

  private static void report(JsonWriter g, ReportView view) {
    Findings report = view.report();
    Questionnaire questionnaire = report.questionnaire();
    g.startObject();
    g.field("format", FORMAT);
    g.field("run", view.run() == null ? null : view.run().id());
    questionnaire(g, questionnaire);
    g.field("organisation", report.organisation());
    g.field("round", report.round());
    g.objectField("period");
    g.field("from", report.period().from() == null ? null : report.period().from().toString());
    g.field("to", report.period().to() == null ? null : report.period().to().toString());
    g.endObject();
    g.field("respondents", report.respondents());
    g.objectField("team");
    g.field("answer_sets", report.team().answerSets());
    g.field("members", report.team().members());
    g.field("agreed_sets", report.team().consensusSets());
    g.endObject();

    g.objectField("overall");
    score(g, "score", report.overall().score());
    level(g, report.overall().level());
    g.field("status", report.overall().status().id());
    coverage(g, "coverage", report.overall().coverage());
    g.endObject();

    array(g, "domains", report.domains(), JsonReport::item);
    array(g, "dimensions", report.dimensions(), JsonReport::dimension);
    array(g, "areas", report.areas(), JsonReport::item);
    array(g, "development_needs", report.developmentNeeds(), JsonReport::developmentNeed);
    array(g, "start_here", view.priorities(), JsonReport::priority);
    g.name("progress");
    if (view.progress() == null) {
      g.nullValue();
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
    array(g, "not_scored", report.notScored(), JsonReport::notScored);
    array(g, "warnings", report.warnings(), JsonWriter::value);
    g.endObject();
  }

  private static void notScored(JsonWriter g, NotScored n) {
    g.startObject();
    g.field("reason", n.reason().id());
    g.field("answer_sets", n.answerSets());
    array(g, "groups", n.groups(), JsonWriter::value);
    g.endObject();
  }

  /** Writes one element of an array. */
  @FunctionalInterface
  private interface Element<T> {
    void write(JsonWriter g, T value);
  }

  private static <T> void array(JsonWriter g, String field, List<T> values, Element<T> element) {
    g.arrayField(field);
    for (T value : values) {
      element.write(g, value);
    }
    g.endArray();
  }

  private static void questionnaire(JsonWriter g, Questionnaire questionnaire) {
    g.objectField("questionnaire");
    g.field("id", questionnaire.id());
    g.field("version", questionnaire.version());
    g.field("title", questionnaire.title());
    coverage(g, "min_coverage", Scorer.fraction(questionnaire.minCoverage()));
    array(g, "levels", questionnaire.levels(), JsonReport::levelDefinition);
    g.objectField("terms");
    word(g, "organisation", questionnaire.terms().organisation());
    word(g, "team", questionnaire.terms().team());
    word(g, "group", questionnaire.terms().group());
    word(g, "statement", questionnaire.terms().statement());
    // Written only where the questionnaire names them, so that reports of earlier questionnaires
    // keep their shape.
    noun(g, "domain", questionnaire.terms().domain(), Terms.DEFAULT.domain());
    noun(g, "area", questionnaire.terms().area(), Terms.DEFAULT.area());
    noun(g, "dimension", questionnaire.terms().dimension(), Terms.DEFAULT.dimension());
    if (!questionnaire.terms().numberedDomains()) {
      g.field("numbered_domains", false);
    }
    g.endObject();
    g.endObject();
  }

  private static void noun(JsonWriter g, String name, Noun noun, Noun otherwise) {
    if (!noun.equals(otherwise)) {
      g.objectField(name);
      g.field("one", noun.one());
      g.field("many", noun.many());
      g.endObject();
    }
  }

  /**
   * A term always written: the word alone where its plural is the common one, as reports have
   * always had it.
   */
  private static void word(JsonWriter g, String name, Noun noun) {
    if (noun.regular()) {
      g.field(name, noun.one());
    } else {
      noun(g, name, noun, null);
    }
  }

  private static void levelDefinition(JsonWriter g, Level level) {
    g.startObject();
    g.field("id", level.id());
    g.field("label", level.label());
    score(g, "min", level.min());
    g.endObject();
  }

  /** A domain or an area: the brief's fields, then the number of questions and the resource ids. */
  private static void item(JsonWriter g, ItemResult item) {
    g.startObject();
    g.field("id", item.id());
    if (item.kind() == ItemResult.Kind.AREA) {
      g.field("dimension", item.dimension() == null ? null : item.dimension().id());
    }
    g.field("title", item.title());
    score(g, "score", item.score());
    level(g, item.level());
    g.field("status", item.status().id());
    coverage(g, "coverage", item.coverage());
    g.field("dont_know", item.dontKnow());
    score(g, "target", item.target());
    score(g, "gap", item.gap());
    g.field("question_count", item.questions().size());
    array(g, "resources", item.resources(), JsonWriter::value);
    g.endObject();
  }

  private static void dimension(JsonWriter g, Findings.DimensionResult dimension) {
    g.startObject();
    g.field("id", dimension.dimension().id());
    score(g, "score", dimension.score());
    g.endObject();
  }

  private static void developmentNeed(JsonWriter g, Findings.DevelopmentNeed need) {
    ItemResult item = need.item();
    g.startObject();
    g.field("rank", need.rank());
    g.field("kind", item.kind().id());
    g.field("id", item.id());
    g.field("title", item.title());
    score(g, "score", item.score());
    score(g, "target", item.target());
    score(g, "gap", item.gap());
    g.field("priority", need.priority().id());
    array(g, "resources", need.resources(), JsonReport::resource);
    g.endObject();
  }

  /**
   * A "start here" priority as the reports show it: its texts, statements, support and evidence.
   */
  private static void priority(JsonWriter g, ReportView.Priority p) {
    g.startObject();
    g.field("number", p.number());
    g.field("title", p.title());
    g.field("where", p.where());
    g.field("why", p.why());
    g.field("action", p.action());
    array(g, "areas", p.areas(), JsonWriter::value);
    array(g, "statements", p.statements(), (gen, s) -> gen.value(s.id()));
    array(g, "support", p.support(), JsonWriter::value);
    array(g, "evidence", p.evidence(), JsonWriter::value);
    g.endObject();
  }

  private static void contradiction(JsonWriter g, Findings.Contradiction c) {
    g.startObject();
    g.field("question", c.question());
    g.field("mirror", c.mirror());
    g.field("respondents", c.respondents());
    g.endObject();
  }

  private static void resource(JsonWriter g, Resource resource) {
    g.startObject();
    g.field("id", resource.id());
    g.field("title", resource.title());
    g.field("description", resource.description());
    g.field("url", resource.url());
    g.endObject();
  }

  private static void divergence(JsonWriter g, Findings.Divergence d) {
    g.startObject();
    g.field("question", d.question());
    score(g, "spread", d.spread());
    score(g, "min", d.min());
    score(g, "max", d.max());
    g.endObject();
  }

  /** Who chose an option, by role ("" for none given): counts only, never names. */
  private static void roles(JsonWriter g, java.util.Map<String, Integer> roles) {
    g.startObject();
    // Most options were chosen by no one or one role: only more need sorting.
    var entries = roles.size() < 2 ? roles.entrySet() : new java.util.TreeMap<>(roles).entrySet();
    for (var role : entries) {
      g.field(role.getKey(), role.getValue());
    }
    g.endObject();
  }

  private static void perspective(JsonWriter g, Findings.PerspectiveResult perspective) {
    g.startObject();
    g.field("id", perspective.id());
    g.field("respondents", perspective.respondents());
    array(g, "domains", perspective.domains(), JsonReport::domainScore);
    g.endObject();
  }

  private static void domainScore(JsonWriter g, Findings.DomainScore domain) {
    g.startObject();
    g.field("id", domain.id());
    score(g, "score", domain.score());
    g.endObject();
  }

  private static void difference(JsonWriter g, Findings.Difference d) {
    g.startObject();
    g.field("domain", d.domain());
    score(g, "self", d.self());
    score(g, "stakeholders", d.stakeholders());
    score(g, "difference", d.difference());
    g.endObject();
  }

  private static void question(JsonWriter g, QuestionResult q) {
    g.startObject();
    g.field("id", q.question().id());
    g.field("domain", q.question().domain());
    g.field("text", q.question().text());
    score(g, "score", q.score());
    score(g, "min", q.min());
    score(g, "max", q.max());
    score(g, "spread", q.spread());
    g.field("scored", q.scored());
    g.field("dont_know", q.dontKnow());
    g.field("not_applicable", q.notApplicable());
    g.field("unanswered", q.unanswered());
    g.name("votes");
    if (q.hasVotes()) {
      g.startObject();
      q.choices().stream()
          .filter(c -> c.votes() > 0)
          .forEach(c -> g.field(c.option().key(), c.votes()));
      g.endObject();
    } else {
      g.nullValue();
    }
    array(g, "answers", q.choices(), JsonReport::choice);
    g.endObject();
  }

  private static void choice(JsonWriter g, QuestionResult.Choice c) {
    g.startObject();
    g.field("key", c.option().key());
    g.field("label", c.option().label());
    g.field("count", c.count());
    g.name("roles");
    roles(g, c.roles());
    g.endObject();
  }

  private static void note(JsonWriter g, Note note) {
    g.startObject();
    g.field("question", note.questionId());
    g.field("respondent", note.respondent());
    g.field("text", note.text());
    g.endObject();
  }

  private static void level(JsonWriter g, Level level) {
    g.field("level", level == null ? null : level.id());
  }

  /** A score, target, gap, spread or difference: one decimal place, or null. */
  private static void score(JsonWriter g, String field, BigFraction value) {
    number(g, field, value, Rounding.SCORE_PLACES);
  }

  private static void coverage(JsonWriter g, String field, BigFraction value) {
    number(g, field, value, Rounding.COVERAGE_PLACES);
  }

  private static void number(JsonWriter g, String field, BigFraction value, int places) {
    g.name(field);
    if (value == null) {
      g.nullValue();
      return;
    }
    long unscaled = Rounding.unscaled(value, places);
    if (unscaled != Rounding.NOT_A_LONG) {
      g.decimal(unscaled, places);
    } else {
      g.value(Rounding.round(value, places));
    }
  }
}
