package org.ccgdiag.report.json;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.report.group.ClusterSummary;

/**
 * summary.json: an array with one object per organisation, in name order: {@code organisation,
 * respondents, overall}, one key per domain id (its score or null), {@code top_need} (the id of the
 * rank-1 development need, or null), {@code report} (the base name of its report files), then
 * {@code round, coverage, dont_know, top_need_title}, one key per area id (its score or null), and
 * {@code areas} with every area's score again: an area may share its id with a domain (the bundled
 * questionnaire's governance), and a key cannot appear twice, so such an area is only there; then
 * {@code status} (the overall's: {@code scored} or {@code insufficient-evidence}), {@code
 * domain_status} (each domain's), {@code change} and {@code run} (the {@code score -o} run that
 * wrote the summary and its reports, the same in every row; null when none did).
 */
public final class ClusterSummaryJson {
  /**
   * The keys every row has; an area whose id is one of these or a domain's is only in {@code
   * areas}.
   */
  private static final List<String> FIXED =
      List.of(
          "organisation",
          "respondents",
          "overall",
          "top_need",
          "report",
          "round",
          "coverage",
          "dont_know",
          "top_need_title",
          "areas",
          "change",
          "status",
          "domain_status",
          "run");

  private ClusterSummaryJson() {}

  public static String render(ClusterSummary summary) {
    List<Domain> domains = summary.questionnaire().domains();
    List<Area> areas = summary.questionnaire().areas();
    JsonWriter json = new JsonWriter();
    json.startArray();
    for (ClusterSummary.OrganisationRow row : summary.organisations()) {
      json.startObject();
      json.field("organisation", row.organisation());
      json.field("respondents", row.respondents());
      json.field("overall", row.overall());
      for (int i = 0; i < domains.size(); i++) {
        json.field(domains.get(i).id(), row.domains().get(i));
      }
      json.field("top_need", row.topNeed());
      json.field("report", row.report());
      json.field("round", row.round());
      json.field("coverage", row.coverage());
      json.field("dont_know", row.dontKnow());
      json.field("top_need_title", row.topNeedTitle());
      Set<String> taken = new HashSet<>(FIXED);
      domains.forEach(d -> taken.add(d.id()));
      for (int i = 0; i < areas.size(); i++) {
        if (taken.add(areas.get(i).id())) {
          json.field(areas.get(i).id(), row.areas().get(i));
        }
      }
      json.objectField("areas");
      for (int i = 0; i < areas.size(); i++) {
        json.field(areas.get(i).id(), row.areas().get(i));
      }
      json.endObject();
      json.field("status", row.status().id());
      json.objectField("domain_status");
      for (int i = 0; i < domains.size(); i++) {
        json.field(domains.get(i).id(), row.domainStatus().get(i).id());
      }
      json.endObject();
      change(json, row.change(), domains);
      json.field("run", summary.run() == null ? null : summary.run().id());
      json.endObject();
    }
    json.endArray();
    return new String(json.toFile(), StandardCharsets.UTF_8);
  }

  /** {@code "change": null}, or {@code {since, overall, domains {id: change}}}. */
  private static void change(JsonWriter json, ClusterSummary.Change change, List<Domain> domains) {
    json.name("change");
    if (change == null) {
      json.nullValue();
      return;
    }
    json.startObject();
    json.field("since", change.since());
    json.field("overall", change.overall());
    json.objectField("domains");
    for (int i = 0; i < domains.size(); i++) {
      json.field(domains.get(i).id(), change.domains().get(i));
    }
    json.endObject();
    json.endObject();
  }
}
