package org.ccgdiag.questionnaire;

/**
 * The questionnaire's own words for what reports talk about, so that a questionnaire about any kind
 * of organisation reads naturally: the organisation assessed ("CCG"), the team that answers for it
 * ("leadership team"), the group of organisations a batch covers ("PCT cluster"), what one question
 * is called ("statement"), and what its domains, areas and dimensions are called ("business
 * function", "security practice"). {@code numberedDomains} says whether domains are shown by number
 * ("Domain 3: Planning") or by title alone.
 */
public record Terms(
    Noun organisation,
    Noun team,
    Noun group,
    Noun statement,
    Noun domain,
    Noun area,
    Noun dimension,
    boolean numberedDomains) {

  /** The words used when a questionnaire gives none. */
  public static final Terms DEFAULT = new Terms("organisation", "team", "group", "question");

  public Terms {
    organisation = orDefault(organisation, "organisation");
    team = orDefault(team, "team");
    group = orDefault(group, "group");
    statement = orDefault(statement, "question");
    domain = orDefault(domain, "domain");
    area = orDefault(area, "area");
    dimension = orDefault(dimension, "dimension");
  }

  /**
   * The nouns of a questionnaire that names only its organisation, team, group and statements, each
   * by a word.
   */
  public Terms(String organisation, String team, String group, String statement) {
    this(
        Noun.of(organisation),
        Noun.of(team),
        Noun.of(group),
        Noun.of(statement),
        null,
        null,
        null,
        true);
  }

  /** The same words, with domains shown by number or not. */
  public Terms numbered(boolean numbered) {
    return new Terms(organisation, team, group, statement, domain, area, dimension, numbered);
  }

  private static Noun orDefault(Noun noun, String otherwise) {
    return noun == null || noun.one().isEmpty() ? Noun.of(otherwise) : noun;
  }

  /** "CCGs", "charities", "churches": the plural of a term, by the common English rules. */
  public static String plural(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return word + "es";
    }
    if (lower.length() > 1
        && lower.endsWith("y")
        && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }
}
