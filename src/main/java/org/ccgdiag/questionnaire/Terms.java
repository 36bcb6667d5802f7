package org.ccgdiag.questionnaire;

/**
 * The questionnaire's own words for what reports talk about, so that a questionnaire about any kind
 * of organisation reads naturally: the organisation assessed ("CCG"), the team that answers for it
 * ("leadership team"), the group of organisations a batch covers ("PCT cluster") and what one
 * question is called ("statement"). Plurals add an "s".
 */
public record Terms(String organisation, String team, String group, String statement) {

  /** The words used when a questionnaire gives none. */
  public static final Terms DEFAULT = new Terms("organisation", "team", "group", "question");

  public Terms {
    organisation = orDefault(organisation, "organisation");
    team = orDefault(team, "team");
    group = orDefault(group, "group");
    statement = orDefault(statement, "question");
  }

  private static String orDefault(String word, String otherwise) {
    return word == null || word.isBlank() ? otherwise : word.strip();
  }

  public static String plural(String word) {
    return word.endsWith("s") ? word + "es" : word + "s";
  }
}
