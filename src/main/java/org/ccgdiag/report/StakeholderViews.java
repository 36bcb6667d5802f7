package org.ccgdiag.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Scorer;

/**
 * The 360-degree section of a report: domains by stakeholder group, blind spots and hidden
 * strengths.
 */
public final class StakeholderViews {
  private final Findings report;
  private final Words words;

  StakeholderViews(Findings report, Words words) {
    this.report = report;
    this.words = words;
  }

  /** The section, or null when no stakeholder group is large enough to be shown. */
  ReportView.Stakeholders view() {
    List<Findings.PerspectiveResult> perspectives = report.perspectives();
    if (perspectives.isEmpty()) {
      return null;
    }
    List<String> columns = new ArrayList<>();
    columns.add(words.domain().capital());
    columns.add(Words.capital(words.team().one()) + " (" + report.respondents() + ")");
    perspectives.forEach(p -> columns.add(perspectiveName(p.id()) + " (" + p.respondents() + ")"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < report.domains().size(); i++) {
      ItemResult domain = report.domains().get(i);
      List<String> row = new ArrayList<>();
      row.add(domainLabel(domain.id()));
      row.add(Numbers.number(domain.score()));
      for (Findings.PerspectiveResult p : perspectives) {
        row.add(Numbers.number(p.domains().get(i).score()));
      }
      rows.add(row);
    }
    String gap = ReportViews.threshold(Scorer.PERCEPTION_GAP);
    String organisation = "the " + words.organisation().one();
    return new ReportView.Stakeholders(
        new ReportView.Section(
            "How stakeholders see " + organisation,
            "360-degree feedback from stakeholder groups, scored in the same way. Groups with fewer than "
                + Scorer.ANONYMITY
                + " respondents are pooled as \"other stakeholders\", and no stakeholder is named."),
        columns,
        rows,
        new ReportView.Section(
            "Blind spots",
            report.blindSpots().isEmpty()
                ? "None: no "
                    + words.domain().one()
                    + " where the "
                    + words.team().one()
                    + " rates "
                    + organisation
                    + " "
                    + gap
                    + " points or more above its stakeholders."
                : words.domain().capitalMany()
                    + " where the "
                    + words.team().one()
                    + " rates "
                    + organisation
                    + " "
                    + gap
                    + " points or more above its stakeholders (all shown groups together)."),
        differences(report.blindSpots()),
        new ReportView.Section(
            "Hidden strengths",
            report.hiddenStrengths().isEmpty()
                ? "None: no "
                    + words.domain().one()
                    + " where stakeholders rate "
                    + organisation
                    + " "
                    + gap
                    + " points or more above the "
                    + words.team().one()
                    + "."
                : words.domain().capitalMany()
                    + " where stakeholders rate "
                    + organisation
                    + " "
                    + gap
                    + " points or more above the "
                    + "own view of the "
                    + words.team().one()
                    + "."),
        differences(report.hiddenStrengths()),
        List.of(
            words.domain().capital(),
            Words.capital(words.team().one()),
            "Stakeholders",
            "Difference"));
  }

  private List<List<String>> differences(List<Findings.Difference> differences) {
    List<List<String>> rows = new ArrayList<>();
    for (Findings.Difference d : differences) {
      BigDecimal difference = Numbers.rounded(d.difference());
      rows.add(
          List.of(
              domainLabel(d.domain()),
              Numbers.number(d.self()),
              Numbers.number(d.stakeholders()),
              (difference.signum() > 0 ? "+" : "") + difference.toPlainString()));
    }
    return rows;
  }

  private String domainLabel(String domainId) {
    return ReportViews.domainLabel(report.questionnaire(), domainId);
  }

  /** "member-practice" reads as "Member practice". */
  public static String perspectiveName(String id) {
    return Words.capital(id.replace('-', ' '));
  }
}
