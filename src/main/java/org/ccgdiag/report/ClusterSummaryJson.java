package org.ccgdiag.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.ccgdiag.questionnaire.Domain;

/**
 * summary.json: an array with one object per organisation, in name order: {@code organisation,
 * respondents, overall}, one key per domain id (its score or null), {@code top_need} (the id of
 * the rank-1 development need, or null) and {@code report} (the base name of its report files).
 */
public final class ClusterSummaryJson {
  private ClusterSummaryJson() {}

  public static String render(ClusterSummary summary) {
    StringWriter text = new StringWriter();
    List<Domain> domains = summary.questionnaire().domains();
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
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }
}
