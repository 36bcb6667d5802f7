package org.ccgdiag.report;

import org.ccgdiag.questionnaire.Terms;

/**
 * The nouns a report uses, from the questionnaire's {@code terms}: "the CCG", "the leadership
 * team", "the PCT cluster", "statement". Sentences the program writes are built from these, so a
 * questionnaire about another kind of organisation gets a report in its own words.
 */
record Words(String organisation, String team, String group, String statement) {

  static Words of(Terms terms) {
    return new Words(terms.organisation(), terms.team(), terms.group(), terms.statement());
  }

  String statements() {
    return Terms.plural(statement);
  }

  /** "Statement", "Statements": a word at the start of a sentence or a heading. */
  static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** "1 member of the leadership team", "5 members of the leadership team". */
  String members(int n) {
    return n + (n == 1 ? " member" : " members") + " of the " + team;
  }
}
