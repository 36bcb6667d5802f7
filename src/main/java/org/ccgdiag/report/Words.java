package org.ccgdiag.report;

import org.ccgdiag.questionnaire.Noun;
import org.ccgdiag.questionnaire.Terms;

/**
 * The nouns a report uses, from the questionnaire's {@code terms}: "the CCG", "the leadership
 * team", "the PCT cluster", "statement". Sentences the program writes are built from these, so a
 * questionnaire about another kind of organisation gets a report in its own words.
 */
public record Words(
    Noun organisation,
    Noun team,
    Noun group,
    Noun statement,
    Noun domain,
    Noun area,
    Noun dimension,
    boolean numbered) {

  public static Words of(Terms terms) {
    return new Words(
        terms.organisation(),
        terms.team(),
        terms.group(),
        terms.statement(),
        terms.domain(),
        terms.area(),
        terms.dimension(),
        terms.numberedDomains());
  }

  /** "a statement", "an assessment question". */
  public String aStatement() {
    return statement.a();
  }

  /** "domain 3", or a domain's short title where domains are not numbered. */
  public String domainRef(int number, String shortTitle) {
    return numbered ? domain.one() + " " + number : shortTitle;
  }

  /** "Domain 3: Planning", or "Planning" where domains are not numbered. */
  public String domainName(int number, String shortTitle) {
    return numbered ? domain.capital() + " " + number + ": " + shortTitle : shortTitle;
  }

  /**
   * "3 Planning" on a chart's axis or in a sheet's cell, or "Planning" where domains are not
   * numbered.
   */
  public String label(int number, String shortTitle) {
    return numbered ? number + " " + shortTitle : shortTitle;
  }

  /**
   * Where a statement belongs, as a report puts it in brackets: "domain 3", or its domain's title.
   */
  public String in(ReportView.Statement s) {
    return domainRef(s.domainNumber(), s.domain());
  }

  /**
   * "domain and area", "business function and security practice"; the domain alone without areas.
   */
  public String domainAndArea(boolean areas) {
    return areas ? domain.one() + " and " + area.one() : domain.one();
  }

  public String statements() {
    return statement.many();
  }

  /** "Statement", "Statements": a word at the start of a sentence or a heading. */
  public static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** "1 member of the leadership team", "5 members of the leadership team". */
  public String members(int n) {
    return n + (n == 1 ? " member" : " members") + " of the " + team.one();
  }
}
