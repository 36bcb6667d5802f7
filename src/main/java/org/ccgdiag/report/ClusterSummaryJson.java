package org.ccgdiag.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccgdiag.questionnaire.Area;
import org.ccgdiag.questionnaire.Domain;

/**
 * summary.json: an array with one object per organisation, in name order: {@code organisation,
 * respondents, overall}, one key per domain id (its score or null), {@code top_need} (the id of
 * the rank-1 development need, or null), {@code report} (the base name of its report files), then
 * {@code round, coverage, dont_know, top_need_title}, one key per area id (its score or null), and
 * {@code areas} with every area's score again: an area may share its id with a domain (the bundled
 * questionnaire's governance), and a key cannot appear twice, so such an area is only there.
 */
public final class ClusterSummaryJson {
  /** The keys every row has; an area whose id is one of these or a domain's is only in {@code areas}. */
  private static final List<String> FIXED =
      List.of("organisation", "respondents", "overall", "top_need", "report", "round", "coverage", "dont_know", "top_need_title",
          "areas", "change");

  private ClusterSummaryJson() {}

  public static String render(ClusterSummary summary) {
    StringWriter text = new StringWriter();
    List<Domain> domains = summary.questionnaire().domains();
    List<Area> areas = summary.questionnaire().areas();
    try (JsonGenerator json = JsonReport.generator(text)) {
      json.writeStartArray();
      for (ClusterSummary.OrganisationRow row : summary.organisations()) {
        json.writeStartObject();
        json.writeStringField("organisation", row.organisation());
        json.writeNumberField("respondents", row.respondents());
        json.writeNumberField("overall", row.overall());
        for (int i = 0; i < domains.size(); i++) {
          json.writeNumberField(domains.get(i).id(), row.domains().get(i));
        }
        json.writeStringField("top_need", row.topNeed());
        json.writeStringField("report", row.report());
        json.writeStringField("round", row.round());
        json.writeNumberField("coverage", row.coverage());
        json.writeNumberField("dont_know", row.dontKnow());
        json.writeStringField("top_need_title", row.topNeedTitle());
        Set<String> taken = new HashSet<>(FIXED);
        domains.forEach(d -> taken.add(d.id()));
        for (int i = 0; i < areas.size(); i++) {
          if (taken.add(areas.get(i).id())) {
            json.writeNumberField(areas.get(i).id(), row.areas().get(i));
          }
        }
        json.writeObjectFieldStart("areas");
        for (int i = 0; i < areas.size(); i++) {
          json.writeNumberField(areas.get(i).id(), row.areas().get(i));
        }
        json.writeEndObject();
        change(json, row.change(), domains);
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  /** {@code "change": null}, or {@code {since, overall, domains {id: change}}}. */
  private static void change(JsonGenerator json, ClusterSummary.Change change, List<Domain> domains) throws IOException {
    json.writeFieldName("change");
    if (change == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("since", change.since());
    json.writeNumberField("overall", change.overall());
    json.writeObjectFieldStart("domains");
    for (int i = 0; i < domains.size(); i++) {
      json.writeNumberField(domains.get(i).id(), change.domains().get(i));
    }
    json.writeEndObject();
    json.writeEndObject();
  }
}
