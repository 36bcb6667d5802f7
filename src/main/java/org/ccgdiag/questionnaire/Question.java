package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement the team rates. {@code guidance}, {@code source}, {@code evidence} (what would show
 * it), {@code stakeholderText} (the statement worded for stakeholders) and {@code mirrors} (the id
 * of the statement this reverse-worded one mirrors) may be null. {@code resources}: resource ids,
 * its own first support where its areas' would miss (empty when it has none).
 */
public record Question(
    String id,
    String domain,
    List<String> areas,
    String text,
    String guidance,
    String scale,
    BigDecimal weight,
    boolean reverse,
    String source,
    String evidence,
    String stakeholderText,
    String mirrors,
    List<String> resources) {

  public Question {
    areas = List.copyOf(areas);
    resources = List.copyOf(resources);
  }

  /** The statement as a respondent of this perspective reads it. */
  public String textFor(boolean self) {
    return self || stakeholderText == null ? text : stakeholderText;
  }
}
