package org.ccgdiag.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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
  private static final JsonFactory JSON = new JsonFactory();

  private ClusterSummaryJson() {}

  /** The layout of the JSON reports: "\n" whatever the platform, two-space indents, "key": value. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  public static String render(ClusterSummary summary) {
    StringWriter text = new StringWriter();
    List<Domain> domains = summary.questionnaire().domains();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.setPrettyPrinter(prettyPrinter());
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
