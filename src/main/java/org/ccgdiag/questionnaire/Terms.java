package org.ccgdiag.questionnaire;

/**
 * The questionnaire's own words for what reports talk about, so that a questionnaire about any kind
 * of organisation reads naturally: the organisation assessed ("CCG"), the team that answers for it
 * ("leadership team"), the group of organisations a batch covers ("PCT cluster") and what one
 * question is called ("statement").
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

  /** "CCGs", "charities", "churches": the plural of a term, by the common English rules. */
  public static String plural(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
      return word + "es";
    }
    if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }
}
