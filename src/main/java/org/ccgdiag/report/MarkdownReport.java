package org.ccgdiag.report;

import static org.ccgdiag.report.MarkdownText.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.questionnaire.Dimension;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Level;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Resource;
import org.ccgdiag.questionnaire.Scale;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Note;
import org.ccgdiag.scoring.Priority;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Report;
import org.ccgdiag.scoring.Rounding;
import org.ccgdiag.scoring.Status;

/**
 * Renders a report as Markdown for a CCG chair and leadership team: plain UK English, numbers
 * rounded to one decimal place, scores with text bars, and every piece of text taken from an input
 * file (organisation, titles, question texts, names, notes, warnings) passed through {@link
 * MarkdownText#escape}. Sections, in order: headline, at a glance, domains, knowledge / skills /
 * mindsets, development needs and the support suggested for them, a draft development plan,
 * disagreement, "don't know" hot spots, the team's notes, the 360-degree views (only when there
 * are any), warnings (only when there are any), and how the scores are worked out. The output
 * depends only on the report, so it is the same every time.
 */
public final class MarkdownReport {
  /** How many disagreement prompts and "don't know" hot spots are listed at most. */
  static final int TOP = 10;

  /** How many suggested resources a need shows in the needs table; all are listed below it. */
  static final int SUPPORT_SHOWN = 3;

  private static final String NONE = "–";
  private static final BigFraction HUNDRED = BigFraction.of(100);

  /** The texts of the last questionnaire rendered: a batch renders many reports of one questionnaire. */
  private static volatile Texts lastTexts;

  private final Report report;
  private final Questionnaire questionnaire;
  private final Texts texts;
  private final StringBuilder out = new StringBuilder(32 * 1024);

  private MarkdownReport(Report report) {
    this.report = report;
    this.questionnaire = report.questionnaire();
    Texts cached = lastTexts;
    if (cached == null || cached.questionnaire != questionnaire) {
      cached = new Texts(questionnaire);
      lastTexts = cached;
    }
    this.texts = cached;
  }

  /**
   * Everything the report shows from the questionnaire, escaped once: titles, statements, labels,
   * the suggested support and the parts of the method section that depend on the questionnaire.
   * Immutable, so it can be shared between threads.
   */
  private static final class Texts {
    final Questionnaire questionnaire;
    final String title;
    final String version;
    final Map<String, Integer> domainNumbers = new HashMap<>();
    final Map<String, String> domainTitles = new HashMap<>();
    final Map<String, String> domainNames = new HashMap<>();
    final Map<String, String> domainLabels = new HashMap<>();
    final Map<String, String> areaTitles = new HashMap<>();
    final Map<String, String> levelLabels = new HashMap<>();
    final Map<String, Question> questions = new HashMap<>();
    final Map<String, String> statements = new HashMap<>();
    final Map<String, String> resourceTitles = new HashMap<>();
    final Map<String, String> resourceAbout = new HashMap<>();
    final Map<String, List<Map.Entry<BigFraction, String>>> scaleLabels = new HashMap<>();
    final String scaleExample;
    final String levels;
    final long reversed;
    final long weighted;

    Texts(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
      title = escape(questionnaire.title());
      version = escape(questionnaire.version());
      List<Domain> domains = questionnaire.domains();
      for (int i = 0; i < domains.size(); i++) {
        Domain domain = domains.get(i);
        int number = i + 1;
        String shortTitle = escape(domain.shortTitle());
        domainNumbers.put(domain.id(), number);
        domainTitles.put(domain.id(), number + ". " + escape(domain.title()));
        domainNames.put(domain.id(), "domain " + number + ", *" + shortTitle + "*");
        domainLabels.put(domain.id(), "Domain " + number + ": " + shortTitle);
      }
      questionnaire.areas().forEach(a -> areaTitles.put(a.id(), escape(a.title())));
      questionnaire.levels().forEach(l -> levelLabels.put(l.id(), escape(l.label())));
      for (Question q : questionnaire.questions()) {
        questions.put(q.id(), q);
        statements.put(q.id(), escape(q.text()) + " (" + escape(q.id()) + ")");
      }
      for (Resource r : questionnaire.resources()) {
        resourceTitles.put(r.id(), escape(r.title()));
        resourceAbout.put(
            r.id(),
            (r.description() == null ? "" : ": " + escape(r.description()))
                + (r.url() == null ? "" : " " + MarkdownText.url(r.url())));
      }
      for (Scale scale : questionnaire.scales()) {
        BigFraction lo = JsonReport.fraction(scale.lowest());
        BigFraction range = JsonReport.fraction(scale.highest()).subtract(lo);
        List<Map.Entry<BigFraction, String>> labels = new ArrayList<>();
        for (Option option : scale.options()) {
          if (option.kind() == Option.Kind.SCORED) {
            BigFraction s = HUNDRED.multiply(JsonReport.fraction(option.score()).subtract(lo)).divide(range);
            labels.add(Map.entry(s, escape(option.label())));
          }
        }
        scaleLabels.put(scale.id(), List.copyOf(labels));
      }
      scaleExample =
          questionnaire.scales().size() != 1
              ? ""
              : ": " + scaleLabels.get(questionnaire.scales().get(0).id()).stream()
                  .map(e -> e.getValue() + " " + plain(Rounding.score(e.getKey())))
                  .collect(Collectors.joining(", "));
      levels = levels(questionnaire.levels());
      reversed = questionnaire.questions().stream().filter(Question::reverse).count();
      weighted = questionnaire.questions().stream().filter(q -> q.weight().compareTo(BigDecimal.ONE) != 0).count();
    }

    private static String levels(List<Level> levels) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < levels.size(); i++) {
        Level level = levels.get(i);
        String range =
            i + 1 < levels.size()
                ? "from " + plain(level.min()) + " to below " + plain(levels.get(i + 1).min())
                : plain(level.min()) + " and above";
        parts.add(escape(level.label()) + " " + range);
      }
      return String.join("; ", parts);
    }
  }

  public static String render(Report report) {
    MarkdownReport md = new MarkdownReport(report);
    md.headline();
    md.atAGlance();
    md.domains();
    md.framework();
    md.developmentNeeds();
    md.plan();
    md.disagreement();
    md.dontKnow();
    md.notes();
    md.threeSixty();
    md.warnings();
    md.method();
    return md.out.toString();
  }

  // ---- headline and summary ----

  private void headline() {
    String organisation = report.organisation() == null ? "Unnamed organisation" : report.organisation();
    line("# " + escape(organisation) + ": self-assessment report");
    line();
    int n = report.respondents();
    line(
        "*" + texts.title + "*, version " + texts.version + ". "
            + (n == 0
                ? "No member of the leadership team has answered yet."
                : "Based on the answers of " + (n == 1 ? "1 member" : n + " members") + " of the leadership team."));
    line();
    Report.Overall overall = report.overall();
    if (overall.score() == null) {
      line("**Overall: no score yet.** No statement has a scored answer from the leadership team.");
    } else {
      BigDecimal score = Rounding.score(overall.score());
      line(
          "**Overall score: " + score.toPlainString() + " out of 100"
              + (overall.level() == null ? "" : ", " + label(overall.level())) + ".** " + Bars.bar(score));
      line();
      line(
          "**Coverage:** " + percent(overall.coverage()) + " of the answers that could have been given were scored;"
              + " the rest were \"don't know\" or left blank (\"not applicable\" answers are not counted).");
      if (overall.coverage().compareTo(JsonReport.fraction(questionnaire.minCoverage())) < 0) {
        line(
            "Treat the overall score with caution: coverage is below the " + percent(questionnaire.minCoverage())
                + " this questionnaire asks for before it gives a level to a domain or area.");
      }
    }
    line();
  }

  private void atAGlance() {
    line("## At a glance");
    line();
    if (report.respondents() == 0) {
      line(
          "No member of the leadership team answered (answers files with perspective *self*), so there are no scores"
              + " yet.");
      line();
      return;
    }
    List<ItemResult> scored = report.domains().stream().filter(d -> d.status() == Status.SCORED).toList();
    if (scored.size() >= 2) {
      ItemResult strongest = scored.stream().max(Comparator.comparing(ItemResult::score)).orElseThrow();
      ItemResult weakest = scored.stream().min(Comparator.comparing(ItemResult::score)).orElseThrow();
      if (strongest.score().compareTo(weakest.score()) == 0) {
        line("- **Domains:** every domain with enough evidence scores " + scoreAndLevel(strongest) + ".");
      } else {
        line("- **Strongest domain:** " + domainName(strongest) + ", " + scoreAndLevel(strongest) + ".");
        line("- **Weakest domain:** " + domainName(weakest) + ", " + scoreAndLevel(weakest) + ".");
      }
    } else if (scored.size() == 1) {
      line("- **Only one domain has enough evidence for a level:** " + domainName(scored.get(0)) + ", "
          + scoreAndLevel(scored.get(0)) + ".");
    }
    long met = scored.stream().filter(d -> d.gap().signum() == 0).count();
    line("- **Targets met:** " + met + " of the " + report.domains().size() + " domains.");
    List<ItemResult> unknown =
        report.domains().stream().filter(d -> d.status() == Status.INSUFFICIENT_EVIDENCE).toList();
    if (!unknown.isEmpty()) {
      line("- **Not enough evidence for a level:** " + joinAnd(unknown.stream().map(this::domainName).toList()) + ".");
    }
    List<Report.DevelopmentNeed> needs = report.developmentNeeds();
    if (needs.isEmpty()) {
      line("- **Development needs:** none; every domain and area meets its target.");
    } else {
      long high = needs.stream().filter(n -> n.priority() == Priority.HIGH).count();
      long medium = needs.stream().filter(n -> n.priority() == Priority.MEDIUM).count();
      Report.DevelopmentNeed first = needs.get(0);
      line(
          "- **Development needs:** " + needs.size() + ", of which " + high + " high priority and " + medium
              + " medium."
              + (first.priority() == Priority.UNKNOWN
                  ? ""
                  : " The largest gap, " + number(first.item().gap()) + " points below target, is in "
                      + (first.item().kind() == ItemResult.Kind.DOMAIN
                          ? domainName(first.item())
                          : "*" + texts.areaTitles.get(first.item().id()) + "* (" + first.item().dimension().id() + ")")
                      + "."));
    }
    int dontKnow = report.questions().stream().mapToInt(QuestionResult::dontKnow).sum();
    if (dontKnow > 0) {
      int answers = report.questions().stream().mapToInt(q -> q.scored() + q.dontKnow() + q.notApplicable()).sum();
      ItemResult most = report.domains().stream().max(Comparator.comparingInt(ItemResult::dontKnow)).orElseThrow();
      line(
          "- **\"Don't know\":** " + count(dontKnow, "answer", "answers") + " (" + share(dontKnow, answers)
              + " of all answers), the most in " + domainName(most) + " (" + most.dontKnow() + ").");
    }
    line();
  }

  private String scoreAndLevel(ItemResult item) {
    return number(item.score()) + (item.level() == null ? "" : " (" + label(item.level()) + ")");
  }

  // ---- domains and the framework ----

  private void domains() {
    line("## Domains");
    line();
    line("| Domain | Score | | Level | Target | Status |");
    line("| --- | ---: | --- | --- | ---: | --- |");
    for (ItemResult domain : report.domains()) {
      line(itemRow(texts.domainTitles.get(domain.id()), domain));
    }
    line();
    line("Scores are out of 100; each block of the bar is 10 points.");
    line();
  }

  private void framework() {
    if (report.areas().isEmpty()) {
      return;
    }
    line("## Knowledge, skills and mindsets");
    line();
    line(
        "The development framework of *Towards authorisation* asks whether the team has the knowledge, skills and"
            + " mindsets it needs. A statement counts towards every area it gives evidence on.");
    line();
    line("| Dimension | Score | |");
    line("| --- | ---: | --- |");
    for (Report.DimensionResult dimension : report.dimensions()) {
      BigDecimal score = Rounding.score(dimension.score());
      line(
          "| " + dimension.dimension().title() + " | " + (score == null ? NONE : score.toPlainString()) + " | "
              + Bars.bar(score) + " |");
    }
    line();
    for (Dimension dimension : Dimension.values()) {
      List<ItemResult> areas = report.areas().stream().filter(a -> a.dimension() == dimension).toList();
      if (areas.isEmpty()) {
        continue;
      }
      line("### " + dimension.title());
      line();
      line("*" + dimensionMeaning(dimension) + "*");
      line();
      line("| Area | Score | | Level | Target | Status |");
      line("| --- | ---: | --- | --- | ---: | --- |");
      for (ItemResult area : areas) {
        line(itemRow(texts.areaTitles.get(area.id()), area));
      }
      line();
    }
  }

  private static String dimensionMeaning(Dimension dimension) {
    return switch (dimension) {
      case KNOWLEDGE -> "Having the knowledge the CCG needs, or knowing where to find it.";
      case SKILLS -> "Having the full set of healthcare and business skills, or knowing how to get them.";
      case MINDSETS -> "Everyone having the mindsets that drive change for the highest quality and productivity.";
    };
  }

  private String itemRow(String name, ItemResult item) {
    BigDecimal score = Rounding.score(item.score());
    return "| " + name + " | " + (score == null ? NONE : score.toPlainString()) + " | " + Bars.bar(score) + " | "
        + (item.level() == null ? NONE : label(item.level())) + " | " + number(item.target()) + " | "
        + status(item) + " |";
  }

  private String status(ItemResult item) {
    if (item.status() == Status.INSUFFICIENT_EVIDENCE) {
      return "Not enough evidence (coverage " + percent(item.coverage()) + ")";
    }
    if (item.gap().signum() == 0) {
      return "Target met";
    }
    BigDecimal gap = Rounding.score(item.gap());
    return gap.signum() == 0 ? "Just below target" : gap.toPlainString() + " below target";
  }

  // ---- development needs and the plan ----

  private void developmentNeeds() {
    line("## Development needs");
    line();
    List<Report.DevelopmentNeed> needs = report.developmentNeeds();
    if (needs.isEmpty()) {
      line("Every domain and area meets its target, so there are no development needs to list.");
      line();
      return;
    }
    line(
        "Every domain and area below its target, largest gap first, then those without enough evidence to say."
            + " Priority is high for a gap of 20 points or more, medium for 10 or more, otherwise low.");
    line();
    line("| # | Need | Score | Target | Gap | Priority | Suggested support |");
    line("| ---: | --- | ---: | ---: | ---: | --- | --- |");
    Map<String, Resource> suggested = new LinkedHashMap<>();
    Map<String, List<String>> suggestedFor = new HashMap<>();
    for (Report.DevelopmentNeed need : needs) {
      ItemResult item = need.item();
      for (Resource r : need.resources()) {
        suggested.putIfAbsent(r.id(), r);
        suggestedFor.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(String.valueOf(need.rank()));
      }
      List<Resource> resources = need.resources();
      String support =
          resources.isEmpty()
              ? NONE
              : resources.stream().limit(SUPPORT_SHOWN).map(this::resourceTitle).collect(Collectors.joining("; "))
                  + (resources.size() > SUPPORT_SHOWN ? "; and " + (resources.size() - SUPPORT_SHOWN) + " more" : "");
      line(
          "| " + need.rank() + " | " + needName(item) + " | " + numberOrNone(item.score()) + " | "
              + number(item.target()) + " | " + numberOrNone(item.gap()) + " | " + priority(need.priority()) + " | "
              + support + " |");
    }
    line();
    if (!suggested.isEmpty()) {
      line("### The suggested support");
      line();
      line("What each suggested offer is, and the needs (numbered as in the table above) it is suggested for.");
      line();
      for (Resource resource : suggested.values()) {
        List<String> ranks = suggestedFor.get(resource.id());
        String about = texts.resourceAbout.get(resource.id());
        line(
            "- **" + resourceTitle(resource) + "** (" + (ranks.size() == 1 ? "need " : "needs ") + joinAnd(ranks) + ")"
                + (about != null ? about : resourceAbout(resource)));
      }
      line();
    }
  }

  private void plan() {
    List<Report.DevelopmentNeed> needs = report.developmentNeeds();
    if (needs.isEmpty()) {
      return;
    }
    List<Report.DevelopmentNeed> rows =
        needs.stream().filter(n -> n.priority() != Priority.LOW).toList();
    line("## Draft development plan");
    line();
    if (rows.isEmpty()) {
      rows = needs;
      line("A starting point for the team to edit: every need is low priority, so all are listed.");
    } else {
      line(
          "A starting point for the team to edit, covering the high- and medium-priority needs and those without"
              + " enough evidence. Agree an owner and a date for each.");
    }
    line();
    line("| Need | Priority | First action | Owner | By when |");
    line("| --- | --- | --- | --- | --- |");
    for (Report.DevelopmentNeed need : rows) {
      line("| " + needName(need.item()) + " | " + priority(need.priority()) + " | " + firstAction(need) + " |  |  |");
    }
    line();
  }

  private String firstAction(Report.DevelopmentNeed need) {
    ItemResult item = need.item();
    String what = item.kind() == ItemResult.Kind.DOMAIN ? "this domain" : "this area";
    if (need.priority() == Priority.UNKNOWN) {
      return item.dontKnow() > 0
          ? "Find out where the CCG stands: " + count(item.dontKnow(), "answer was", "answers were")
              + " \"don't know\". Gather the evidence, then reassess."
          : "Answer the remaining statements for " + what + ", then reassess.";
    }
    return need.resources().isEmpty()
        ? "Agree a development plan for " + what + " and decide what support the team needs."
        : "Agree a development plan for " + what + ", starting with *" + resourceTitle(need.resources().get(0)) + "*.";
  }

  // ---- disagreement and "don't know" ----

  private void disagreement() {
    line("## Where the team disagrees");
    line();
    if (report.respondents() < 2) {
      line("With fewer than two respondents there is nothing to compare.");
      line();
      return;
    }
    List<Report.Divergence> divergence = report.divergence();
    if (divergence.isEmpty()) {
      line("On every statement the team's answers were less than 50 points apart: no strong disagreement.");
      line();
      return;
    }
    line(
        "Statements on which the team's answers were 50 points or more apart on the 0-100 scale, widest first, with"
            + " the answers given at each end. They make good prompts for discussion: ask the people at each end to"
            + " explain their answer.");
    line();
    line("| Statement | Domain | Lowest | Highest | Spread |");
    line("| --- | ---: | --- | --- | ---: |");
    for (Report.Divergence d : divergence.subList(0, Math.min(TOP, divergence.size()))) {
      Question q = texts.questions.get(d.question());
      line(
          "| " + statement(q) + " | " + texts.domainNumbers.get(q.domain()) + " | " + scoreWithLabel(q, d.min()) + " | "
              + scoreWithLabel(q, d.max()) + " | " + number(d.spread()) + " |");
    }
    line();
    if (divergence.size() > TOP) {
      line(
          count(divergence.size() - TOP, "more statement has", "more statements have")
              + " answers 50 or more points apart; the JSON version of this report lists them all.");
      line();
    }
  }

  private void dontKnow() {
    line("## \"Don't know\" hot spots");
    line();
    List<QuestionResult> hotSpots =
        report.questions().stream()
            .filter(q -> q.dontKnow() > 0)
            .sorted(Comparator.comparingInt(QuestionResult::dontKnow).reversed())
            .toList();
    if (hotSpots.isEmpty()) {
      line("Nobody answered \"don't know\".");
      line();
      return;
    }
    line(
        "The statements most often answered \"don't know\" (those with at least one such answer, most first, in"
            + " questionnaire order when tied; at most " + TOP + "). Not knowing is a development need in itself:"
            + " find out who in the CCG or the cluster does know, or where the knowledge can be found.");
    line();
    line("| Statement | Domain | \"Don't know\" answers |");
    line("| --- | ---: | ---: |");
    for (QuestionResult q : hotSpots.subList(0, Math.min(TOP, hotSpots.size()))) {
      line(
          "| " + statement(q.question()) + " | " + texts.domainNumbers.get(q.question().domain()) + " | " + q.dontKnow()
              + " of " + report.respondents() + " |");
    }
    line();
    if (hotSpots.size() > TOP) {
      line(
          count(hotSpots.size() - TOP, "other statement has", "other statements have")
              + " at least one \"don't know\" answer; the JSON version of this report has the counts for every"
              + " statement.");
      line();
    }
  }

  // ---- notes ----

  private void notes() {
    line("## Evidence and comments from the team");
    line();
    if (report.notes().isEmpty()) {
      line("No notes were recorded with the answers.");
      line();
      return;
    }
    line("The notes the leadership team left with their answers, by domain and statement.");
    line();
    Map<String, List<Note>> byQuestion = new LinkedHashMap<>();
    for (Note note : report.notes()) {
      byQuestion.computeIfAbsent(note.questionId(), k -> new ArrayList<>()).add(note);
    }
    for (Domain domain : questionnaire.domains()) {
      List<Question> noted =
          questionnaire.questionsIn(domain).stream().filter(q -> byQuestion.containsKey(q.id())).toList();
      if (noted.isEmpty()) {
        continue;
      }
      line("### " + texts.domainTitles.get(domain.id()));
      line();
      for (Question q : noted) {
        line("- " + statement(q));
        for (Note note : byQuestion.get(q.id())) {
          String who = note.respondent() == null ? "A respondent" : escape(note.respondent());
          line("  - *" + who + ":* " + escape(note.text()));
        }
      }
      line();
    }
  }

  // ---- 360-degree views ----

  private void threeSixty() {
    List<Report.PerspectiveResult> perspectives = report.perspectives();
    if (perspectives.isEmpty()) {
      return;
    }
    line("## How stakeholders see the CCG");
    line();
    line(
        "360-degree feedback from stakeholder groups, scored in the same way. Groups with fewer than 3 respondents"
            + " are pooled as \"other stakeholders\", and no stakeholder is named.");
    line();
    StringBuilder header = new StringBuilder("| Domain | Leadership team (" + report.respondents() + ")");
    StringBuilder rule = new StringBuilder("| --- | ---:");
    for (Report.PerspectiveResult p : perspectives) {
      header.append(" | ").append(escape(perspectiveName(p.id()))).append(" (").append(p.respondents()).append(')');
      rule.append(" | ---:");
    }
    line(header + " |");
    line(rule + " |");
    for (int i = 0; i < report.domains().size(); i++) {
      ItemResult domain = report.domains().get(i);
      StringBuilder row =
          new StringBuilder("| " + domainLabel(domain.id()) + " | " + numberOrNone(domain.score()));
      for (Report.PerspectiveResult p : perspectives) {
        row.append(" | ").append(numberOrNone(p.domains().get(i).score()));
      }
      line(row + " |");
    }
    line();
    line("### Blind spots");
    line();
    differences(
        report.blindSpots(),
        "Domains where the leadership team rates the CCG 15 points or more above its stakeholders (all shown"
            + " groups together).",
        "None: no domain where the leadership team rates the CCG 15 points or more above its stakeholders.");
    line("### Hidden strengths");
    line();
    differences(
        report.hiddenStrengths(),
        "Domains where stakeholders rate the CCG 15 points or more above the leadership team's own view.",
        "None: no domain where stakeholders rate the CCG 15 points or more above the leadership team.");
  }

  private void differences(List<Report.Difference> differences, String intro, String none) {
    if (differences.isEmpty()) {
      line(none);
      line();
      return;
    }
    line(intro);
    line();
    line("| Domain | Leadership team | Stakeholders | Difference |");
    line("| --- | ---: | ---: | ---: |");
    for (Report.Difference d : differences) {
      BigDecimal difference = Rounding.score(d.difference());
      line(
          "| " + domainLabel(d.domain()) + " | " + number(d.self()) + " | " + number(d.stakeholders()) + " | "
              + (difference.signum() > 0 ? "+" : "") + difference.toPlainString() + " |");
    }
    line();
  }

  /** "member-practice" reads as "Member practice". */
  static String perspectiveName(String id) {
    String words = id.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  // ---- warnings and method ----

  private void warnings() {
    if (report.warnings().isEmpty()) {
      return;
    }
    line("## Warnings");
    line();
    for (String warning : report.warnings()) {
      line("- " + escape(warning));
    }
    line();
  }

  private void method() {
    line("## How these scores are worked out");
    line();
    line(
        "- **Each answer becomes a score from 0 to 100.** The lowest option of a scale scores 0, the highest 100,"
            + " and the others are evenly spaced in between" + texts.scaleExample + ".");
    long reversed = texts.reversed;
    if (reversed > 0) {
      line(
          "- **Negatively worded statements are reversed**, so that agreeing lowers the score ("
              + count(reversed, "statement", "statements") + " in this questionnaire).");
    }
    long weighted = texts.weighted;
    line(
        "- **A statement's score is the average of the team's scores for it.** A domain's or area's score is the"
            + " average of its statements' scores, with central statements weighted more (a weight of 2 counts"
            + " double" + (weighted > 0 ? "; " + count(weighted, "statement has", "statements have")
                + " a weight other than 1" : "") + "). The overall score is the plain average of the domain scores.");
    line(
        "- **\"Don't know\", \"not applicable\" and unanswered statements carry no score**, so they neither raise"
            + " nor lower it. They do reduce the evidence behind it.");
    line(
        "- **Coverage** is the share of possible answers (respondents times statements, less the \"not applicable\""
            + " ones) that were given a score. Below " + percent(questionnaire.minCoverage())
            + ", this questionnaire's minimum, a domain or area is marked *not enough evidence*: its score is shown"
            + " if it has one, but it gets no level and no gap, and it is listed as a development need of unknown"
            + " priority.");
    line("- **Levels**: " + texts.levels + ".");
    line(
        "- **Targets and gaps**: each domain and area has a target (" + plain(questionnaire.target())
            + " unless the questionnaire sets another); the gap is how far the score falls short of it, zero when"
            + " the target is met. Needs are ranked by gap, largest first. Priority is high for a gap of 20 or more,"
            + " medium for 10 or more and low below that; *not enough evidence* has unknown priority.");
    line(
        "- **Disagreement** on a statement is the highest score given minus the lowest; 50 or more is listed as a"
            + " prompt for discussion.");
    if (!report.perspectives().isEmpty()) {
      line(
          "- **Stakeholder views** are scored the same way. A domain is a blind spot when the leadership's score"
              + " exceeds the stakeholders' by 15 or more, and a hidden strength when it is the other way round.");
    }
    line(
        "- **Whose answers count:** the scores come from the leadership team's answers only (perspective *self*)"
            + (report.perspectives().isEmpty() ? "." : "; stakeholders' answers are used only in the stakeholder section.")
            + " Numbers are rounded to one decimal place for display only; every calculation uses exact values, so a"
            + " score and its gap can add up to 0.1 more or less than the target.");
  }

  // ---- names and numbers ----

  private String domainName(ItemResult domain) {
    return texts.domainNames.get(domain.id());
  }

  /** A domain in a table cell: "Domain 4: short title". */
  private String domainLabel(String domainId) {
    return texts.domainLabels.get(domainId);
  }

  private String label(Level level) {
    String label = texts.levelLabels.get(level.id());
    return label != null ? label : escape(level.label());
  }

  private String resourceTitle(Resource resource) {
    String title = texts.resourceTitles.get(resource.id());
    return title != null ? title : escape(resource.title());
  }

  private static String resourceAbout(Resource r) {
    return (r.description() == null ? "" : ": " + escape(r.description()))
        + (r.url() == null ? "" : " " + MarkdownText.url(r.url()));
  }

  /** A need as the chair reads it: "Domain 4: short title" or "Governance (knowledge)". */
  private String needName(ItemResult item) {
    if (item.kind() == ItemResult.Kind.DOMAIN) {
      return domainLabel(item.id());
    }
    String title = texts.areaTitles.get(item.id());
    return (title != null ? title : escape(item.title())) + " ("
        + (item.dimension() == null ? "area" : item.dimension().id()) + ")";
  }


  /**
   * A statement score with the answer that gives it, e.g. "25.0 (Disagree)"; for a reversed
   * statement 25.0 is "Agree".
   */
  private String scoreWithLabel(Question q, BigFraction score) {
    for (Map.Entry<BigFraction, String> option : texts.scaleLabels.get(q.scale())) {
      BigFraction s = q.reverse() ? HUNDRED.subtract(option.getKey()) : option.getKey();
      if (s.compareTo(score) == 0) {
        return number(score) + " (" + option.getValue() + ")";
      }
    }
    return number(score);
  }

  /** A statement's text with its id, for tables and lists. */
  private String statement(Question q) {
    return texts.statements.get(q.id());
  }

  private static String priority(Priority priority) {
    return switch (priority) {
      case HIGH -> "**High**";
      case MEDIUM -> "Medium";
      case LOW -> "Low";
      case UNKNOWN -> "Unknown: not enough evidence";
    };
  }

  private static String number(BigFraction value) {
    return Rounding.score(value).toPlainString();
  }

  private static String numberOrNone(BigFraction value) {
    return value == null ? NONE : number(value);
  }

  /** A coverage fraction as a percentage with one decimal place: 0.6667 is "66.7%". */
  private static String percent(BigFraction coverage) {
    return Rounding.coverage(coverage).movePointRight(2).toPlainString() + "%";
  }

  /** A questionnaire fraction such as min_coverage 0.5 as "50%". */
  private static String percent(BigDecimal fraction) {
    return plain(fraction.movePointRight(2)) + "%";
  }

  private static String share(int part, int whole) {
    return percent(BigFraction.of(part, whole));
  }

  /** A number from the questionnaire as written, without needless zeros: 70, 0.5, 62.5. */
  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  private static String joinAnd(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
