package org.ccgdiag.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ccgdiag.questionnaire.Resource;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Priority;
import org.ccgdiag.scoring.QuestionResult;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Status;

/**
 * Chooses what a team should work on first: at most {@link #SCORED} needs below target (domains,
 * and areas that are not mostly inside a domain already chosen), then at most {@link #UNKNOWN}
 * domains without enough evidence to say. Each comes with its weakest areas and statements (only
 * those at least half the team could score), the first support to use (the statements' own first)
 * and the evidence that would show progress.
 */
final class Priorities {
  static final int SCORED = 3;
  static final int UNKNOWN = 2;

  /** Statements, areas, resources and evidence shown under one priority. */
  static final int STATEMENTS = 2;

  static final int AREAS = 2;
  static final int SUPPORT = 2;

  private final Findings report;
  private final Statements statements;
  private final Words words;

  Priorities(Findings report, Statements statements, Words words) {
    this.report = report;
    this.statements = statements;
    this.words = words;
  }

  /** The needs chosen as priorities, in the order they are shown. */
  List<Findings.DevelopmentNeed> chosen() {
    List<Findings.DevelopmentNeed> chosen = new ArrayList<>();
    Set<String> chosenDomains = new TreeSet<>();
    for (Findings.DevelopmentNeed need : report.developmentNeeds()) {
      ItemResult item = need.item();
      if (chosen.size() == SCORED || item.status() != Status.SCORED) {
        break;
      }
      if (item.kind() == ItemResult.Kind.DOMAIN) {
        chosen.add(need);
        chosenDomains.add(item.id());
      } else if (!mostlyIn(item, chosenDomains)) {
        chosen.add(need);
      }
    }
    int unknown = 0;
    for (Findings.DevelopmentNeed need : report.developmentNeeds()) {
      if (need.priority() == Priority.UNKNOWN
          && need.item().kind() == ItemResult.Kind.DOMAIN
          && unknown < UNKNOWN) {
        chosen.add(need);
        unknown++;
      }
    }
    return chosen;
  }

  /** Whether half or more of an area's statements sit in domains already chosen. */
  private boolean mostlyIn(ItemResult area, Set<String> domains) {
    long inside =
        area.questions().stream()
            .filter(id -> domains.contains(statements.result(id).question().domain()))
            .count();
    return inside * 2 >= area.questions().size();
  }

  List<ReportView.Priority> priorities(List<Findings.DevelopmentNeed> chosen) {
    List<ReportView.Priority> priorities = new ArrayList<>();
    // A statement is quoted under the first priority it belongs to, so the list never repeats
    // itself.
    Set<String> quoted = new java.util.HashSet<>();
    for (Findings.DevelopmentNeed need : chosen) {
      priorities.add(priority(priorities.size() + 1, need, quoted));
    }
    return priorities;
  }

  private ReportView.Priority priority(
      int number, Findings.DevelopmentNeed need, Set<String> quoted) {
    ItemResult item = need.item();
    if (need.priority() == Priority.UNKNOWN) {
      List<QuestionResult> unknown =
          item.questions().stream()
              .map(statements::result)
              .filter(q -> q.dontKnow() + q.unanswered() > 0 && !quoted.contains(q.question().id()))
              .sorted(
                  (a, b) ->
                      Integer.compare(b.dontKnow() + b.unanswered(), a.dontKnow() + a.unanswered()))
              .limit(STATEMENTS)
              .toList();
      unknown.forEach(q -> quoted.add(q.question().id()));
      List<String> support = support(need, unknown);
      int answers = item.questions().size() * report.respondents();
      int blank =
          item.questions().stream().mapToInt(id -> statements.result(id).unanswered()).sum();
      // Mostly blank: the statements were not reached yet. Mostly "don't know": nobody in the room
      // knew.
      boolean unanswered = blank > item.dontKnow();
      return new ReportView.Priority(
          number,
          (unanswered
                  ? "Finish the " + words.statements() + " on "
                  : "Find out where you stand on ")
              + title(item),
          where(item),
          "not enough evidence: "
              + (unanswered ? blank + " blank" : item.dontKnow() + " \"don't know\"")
              + " of "
              + answers,
          (unanswered
                  ? blank + " of the " + answers + " possible answers are still blank"
                  : item.dontKnow()
                      + " of the "
                      + answers
                      + " possible answers were \"don't know\"")
              + ", so only "
              + Numbers.percent(item.coverage())
              + " were scored: not enough to say.",
          unanswered
              ? "Answer them (\"don't know\" is an answer too), then reassess."
              : "Who in the "
                  + words.organisation().one()
                  + " or the "
                  + words.group().one()
                  + " knows? Gather the evidence, then"
                  + " reassess.",
          List.of(),
          unknown.stream().map(statements::statement).toList(),
          support,
          evidence(unknown));
    }
    List<QuestionResult> weakest =
        statements.ranked(q -> item.questions().contains(q.question().id()), false).stream()
            .filter(
                q ->
                    Scorer.compare(q.score(), item.target()) < 0
                        && Statements.wellEvidenced(q)
                        && !quoted.contains(q.question().id()))
            .limit(STATEMENTS)
            .toList();
    weakest.forEach(q -> quoted.add(q.question().id()));
    List<String> support = support(need, weakest);
    return new ReportView.Priority(
        number,
        title(item),
        where(item),
        ReportViews.againstTarget(item) + " (" + priorityWord(need.priority()) + ")",
        ReportViews.againstTarget(item)
            + ". "
            + Words.capital(priorityWord(need.priority()))
            + " priority.",
        null,
        item.kind() == ItemResult.Kind.DOMAIN ? weakestAreas(item) : List.of(),
        weakest.stream().map(statements::statement).toList(),
        support,
        evidence(weakest));
  }

  /**
   * The first support to use: the quoted statements' own resources (named where their areas' would
   * miss), then the need's, without repeats.
   */
  private List<String> support(Findings.DevelopmentNeed need, List<QuestionResult> quoted) {
    Map<String, Resource> catalogue = report.questionnaire().resourcesById();
    Set<Resource> support = new LinkedHashSet<>();
    quoted.forEach(q -> q.question().resources().forEach(id -> support.add(catalogue.get(id))));
    support.addAll(need.resources());
    return support.stream().limit(SUPPORT).map(Resource::title).toList();
  }

  /** The draft plan: one row per priority, with its own first actions and evidence. */
  List<ReportView.PlanRow> plan(List<ReportView.Priority> priorities) {
    List<ReportView.PlanRow> rows = new ArrayList<>();
    for (ReportView.Priority p : priorities) {
      List<String> actions = new ArrayList<>();
      if (p.action() != null) {
        actions.add(p.action());
      }
      p.statements().stream()
          .limit(2)
          .forEach(s -> actions.add("Discuss \"" + s.text() + "\" (" + s.answers() + ")"));
      if (!p.support().isEmpty()) {
        actions.add("Use " + Numbers.joinAnd(p.support()));
      }
      rows.add(
          new ReportView.PlanRow(
              p.title() + " (" + p.where() + ")",
              String.join("; ", actions) + ".",
              p.evidence().isEmpty() ? ReportView.NONE : String.join("; ", p.evidence())));
    }
    return rows;
  }

  private List<String> weakestAreas(ItemResult domain) {
    Set<String> areaIds = new LinkedHashSet<>();
    domain.questions().forEach(id -> areaIds.addAll(statements.result(id).question().areas()));
    return report.areas().stream()
        .filter(
            a -> areaIds.contains(a.id()) && a.status() == Status.SCORED && a.gap().signum() > 0)
        .sorted((a, b) -> Scorer.compare(b.gap(), a.gap()))
        .limit(AREAS)
        .map(a -> a.title() + " (" + a.dimension().id() + ") " + Numbers.number(a.score()))
        .toList();
  }

  private static List<String> evidence(List<QuestionResult> questions) {
    Set<String> evidence = new LinkedHashSet<>();
    // Evidence texts are sentences; listed together they lose their full stops.
    questions.stream()
        .map(q -> q.question().evidence())
        .filter(e -> e != null)
        .map(
            e ->
                e.strip().endsWith(".")
                    ? e.strip().substring(0, e.strip().length() - 1)
                    : e.strip())
        .forEach(evidence::add);
    return List.copyOf(evidence);
  }

  private String title(ItemResult item) {
    return item.kind() == ItemResult.Kind.DOMAIN ? statements.domainTitle(item.id()) : item.title();
  }

  /**
   * "domain 4", or for an area "knowledge; across domains 3 and 4"; where domains are not numbered,
   * "business function", or "people; in Governance and Risk".
   */
  String where(ItemResult item) {
    if (item.kind() == ItemResult.Kind.DOMAIN) {
      return words.numbered()
          ? words.domain().one() + " " + statements.domainNumber(item.id())
          : words.domain().one();
    }
    Set<Integer> domains = new TreeSet<>();
    item.questions()
        .forEach(
            id -> domains.add(statements.domainNumber(statements.result(id).question().domain())));
    if (!words.numbered()) {
      List<String> titles =
          domains.stream()
              .map(n -> report.questionnaire().domains().get(n - 1).shortTitle())
              .toList();
      return item.dimension().id() + "; in " + Numbers.joinAnd(titles);
    }
    List<String> numbers = domains.stream().map(String::valueOf).toList();
    return item.dimension().id()
        + "; "
        + (numbers.size() == 1
            ? "in " + words.domain().one() + " "
            : "across " + words.domain().many() + " ")
        + Numbers.joinAnd(numbers);
  }

  static String priorityWord(Priority priority) {
    return switch (priority) {
      case HIGH -> "high";
      case MEDIUM -> "medium";
      case LOW -> "low";
      case UNKNOWN -> "unknown";
    };
  }
}
