package org.ccgdiag.questionnaire;

import java.util.Locale;
import java.util.Set;

/**
 * A noun the reports use for something the questionnaire names ("domain", "business function"): its
 * singular and plural, and the article that goes before it, worked out here once so that no
 * sentence says "a assessment question".
 */
public record Noun(String one, String many) {

  public Noun {
    one = one.strip();
    many = many == null || many.isBlank() ? Terms.plural(one) : many.strip();
  }

  /** A noun with the common English plural; none for no word. */
  public static Noun of(String one) {
    return one == null ? null : new Noun(one, null);
  }

  /**
   * Whether the plural is the one the common English rules give, so that the word alone says it.
   */
  public boolean regular() {
    return many.equals(Terms.plural(one));
  }

  /** "a domain", "an area", "an SDLC practice". */
  public String a() {
    return article(one) + " " + one;
  }

  /** "Domain", "Business functions": a noun at the start of a sentence, heading or column. */
  public String capital() {
    return capital(one);
  }

  public String capitalMany() {
    return capital(many);
  }

  /** "the domains' total", "its criteria's scores": the plural's possessive. */
  public String manyPossessive() {
    return many + (many.endsWith("s") ? "'" : "'s");
  }

  /** "domain", "domains": the singular for one of them, otherwise the plural. */
  public String count(long n) {
    return n + " " + (n == 1 ? one : many);
  }

  public static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  // Words written with a vowel that start with a consonant sound, and with a silent h.
  private static final Set<String> CONSONANT_SOUND =
      Set.of("one", "once", "uni", "use", "usu", "usa", "ute", "uti", "eu", "ewe", "ur");
  private static final Set<String> SILENT_H = Set.of("hour", "honest", "honour", "honor", "heir");
  // Letters whose name starts with a vowel sound, for initialisms such as "an SME".
  private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

  /** "a" or "an" by the sound the word starts with (initialisms by their first letter's name). */
  public static String article(String word) {
    String first = word.strip().split("[\\s-]", 2)[0];
    if (first.isEmpty()) {
      return "a";
    }
    if (first.length() > 1
        && first.equals(first.toUpperCase(Locale.ROOT))
        && Character.isLetter(first.charAt(1))) {
      return VOWEL_SOUND_LETTERS.indexOf(first.charAt(0)) >= 0 ? "an" : "a";
    }
    String lower = first.toLowerCase(Locale.ROOT);
    for (String prefix : SILENT_H) {
      if (lower.startsWith(prefix)) {
        return "an";
      }
    }
    for (String prefix : CONSONANT_SOUND) {
      if (lower.startsWith(prefix)) {
        return "a";
      }
    }
    return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
  }
}
