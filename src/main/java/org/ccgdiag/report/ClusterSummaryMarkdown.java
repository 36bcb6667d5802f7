package org.ccgdiag.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * summary.md: the cluster summary for PCT cluster staff. Where the cluster is weakest (domains
 * and areas by mean score, and how many organisations are below target), how many organisations
 * have each development need at each priority, the questions most often answered "don't know",
 * then one row per organisation. Every text that comes from an input file is escaped.
 */
public final class ClusterSummaryMarkdown {
  /** How many "don't know" questions to list: enough to plan support around, few enough to read. */
  static final int DONT_KNOW_QUESTIONS = 10;

  private ClusterSummaryMarkdown() {}

  /** @param linkReports whether the organisations' Markdown reports were written beside it, to link to */
  public static String render(ClusterSummary summary, boolean linkReports) {
    StringBuilder md = new StringBuilder();
    Questionnaire questionnaire = summary.questionnaire();
    md.append("# Cluster summary: ").append(MarkdownText.escape(questionnaire.title())).append("\n\n");
    md.append(plural(summary.organisations().size(), "organisation")).append(", ")
        .append(plural(summary.respondents(), "leadership respondent")).append(" (")
        .append(plural(summary.files() - summary.failedFiles(), "answer file")).append(" scored");
    if (summary.failedFiles() > 0) {
      md.append("; ").append(plural(summary.failedFiles(), "file")).append(" could not be read and ")
          .append(summary.failedFiles() == 1 ? "was" : "were").append(" left out");
    }
    md.append("). Questionnaire ").append(MarkdownText.escape(questionnaire.id())).append(' ')
        .append(MarkdownText.escape(questionnaire.version())).append(".\n\n");
    md.append("Scores are out of 100. A cluster score is the mean of the scores of the organisations that have one; ")
        .append("\"below target\" counts organisations whose own score is below the target.\n\n");

    md.append("## Where the cluster is weakest\n\n### Domains\n\n");
    items(md, "Domain", summary.domains());
    if (!summary.areas().isEmpty()) {
      md.append("### Knowledge, skills and mindsets\n\n");
      items(md, "Area", summary.areas());
    }

    md.append("## Development needs across the cluster\n\n");
    needs(md, summary);

    md.append("## Questions most often answered \"don't know\"\n\n");
    dontKnow(md, summary);

    md.append("## Organisations\n\n");
    organisations(md, summary, linkReports);
    return md.toString();
  }

  private static void items(StringBuilder md, String heading, List<ClusterSummary.ItemSummary> items) {
    boolean areas = items.stream().anyMatch(item -> item.dimension() != null);
    md.append("| ").append(heading).append(areas ? " | Dimension" : "")
        .append(" | Mean score | Target | Below target | Not enough evidence |\n");
    md.append(areas ? "| --- | --- |" : "| --- |").append(" ---: | ---: | ---: | ---: |\n");
    items.stream().sorted(ClusterSummary.WEAKEST_FIRST).forEach(item -> {
      md.append("| ").append(MarkdownText.escape(item.title())).append(" | ");
      if (areas) {
        md.append(item.dimension().title()).append(" | ");
      }
      md.append(score(item.meanScore())).append(" | ")
          .append(score(item.target())).append(" | ")
          .append(item.belowTarget()).append(" | ")
          .append(item.unknown()).append(" |\n");
    });
    md.append('\n');
  }

  private static void needs(StringBuilder md, ClusterSummary summary) {
    List<ClusterSummary.ItemSummary> needs =
        concat(summary.domains(), summary.areas()).stream()
            .filter(item -> item.belowTarget() + item.unknown() > 0)
            .sorted(
                Comparator.comparingInt(ClusterSummary.ItemSummary::high).reversed()
                    .thenComparing(Comparator.comparingInt(ClusterSummary.ItemSummary::medium).reversed())
                    .thenComparing(Comparator.comparingInt(ClusterSummary.ItemSummary::low).reversed())
                    .thenComparing(ClusterSummary.ItemSummary::id)
                    .thenComparing(ClusterSummary.ItemSummary::kind))
            .toList();
    if (needs.isEmpty()) {
      md.append("No organisation has a development need.\n\n");
      return;
    }
    md.append("How many organisations have each need, by priority (high: 20 or more points below target;")
        .append(" medium: 10 or more; low: less).\n\n");
    md.append("| Need | Kind | High | Medium | Low | Not enough evidence |\n");
    md.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
    for (ClusterSummary.ItemSummary need : needs) {
      md.append("| ").append(MarkdownText.escape(need.title())).append(" | ").append(need.kind().id()).append(" | ")
          .append(need.high()).append(" | ").append(need.medium()).append(" | ")
          .append(need.low()).append(" | ").append(need.unknown()).append(" |\n");
    }
    md.append('\n');
  }

  private static void dontKnow(StringBuilder md, ClusterSummary summary) {
    List<ClusterSummary.QuestionSummary> questions = summary.mostOftenDontKnow(DONT_KNOW_QUESTIONS);
    if (questions.isEmpty()) {
      md.append("No question was answered \"don't know\".\n\n");
      return;
    }
    md.append("Where teams lack the knowledge to answer: a development need in itself.\n\n");
    md.append("| Question | Statement | \"Don't know\" answers | Organisations |\n");
    md.append("| --- | --- | ---: | ---: |\n");
    for (ClusterSummary.QuestionSummary q : questions) {
      Question question = q.question();
      md.append("| ").append(MarkdownText.escape(question.id())).append(" | ")
          .append(MarkdownText.escape(question.text())).append(" | ")
          .append(q.dontKnow()).append(" | ").append(q.organisations()).append(" |\n");
    }
    md.append('\n');
  }

  private static void organisations(StringBuilder md, ClusterSummary summary, boolean linkReports) {
    List<Domain> domains = summary.questionnaire().domains();
    if (summary.organisations().isEmpty()) {
      md.append("No organisation was scored.\n");
      return;
    }
    md.append("| Organisation | Respondents | Overall |");
    domains.forEach(d -> md.append(' ').append(MarkdownText.escape(d.id())).append(" |"));
    md.append(" Top need |\n| --- | ---: | ---: |");
    domains.forEach(d -> md.append(" ---: |"));
    md.append(" --- |\n");
    for (ClusterSummary.OrganisationRow row : summary.organisations()) {
      String name = MarkdownText.escape(row.organisation());
      // The slug is [a-z0-9-] only, so it is safe as a link target as it is.
      md.append("| ").append(linkReports ? "[" + name + "](" + row.report() + ".md)" : name)
          .append(" | ").append(row.respondents()).append(" | ").append(score(row.overall())).append(" |");
      row.domains().forEach(s -> md.append(' ').append(score(s)).append(" |"));
      md.append(' ').append(MarkdownText.escape(row.topNeed())).append(" |\n");
    }
  }

  private static String score(BigDecimal score) {
    return score == null ? "–" : score.toPlainString();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
