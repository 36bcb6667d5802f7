package org.ccgdiag.answers;

import java.text.Normalizer;
import org.ccgdiag.load.Position;
import org.ccgdiag.load.Problems;

/**
 * What an organisation's name must have to group answers, name files and head reports: at least
 * one character a person can see once {@link TypedText#line} has dropped what a file cannot keep
 * (control characters, noncharacters, lone surrogates). A name of only those, or of only invisible
 * characters such as U+200B, would group and print as nothing.
 */
public final class OrganisationName {
  private OrganisationName() {}

  /** Why a name given or read cannot be used; null when it can. */
  public static String problem(String what, String text) {
    return isUsable(text)
        ? null
        : what + " has no character that can be seen (only control, invisible or unusable characters); give the organisation's name";
  }

  /**
   * Checks a name read from a file: an error when nothing in it can be seen, a warning when it is
   * spelt in a form other than NFC, which the kept name is (so it groups with the same name
   * typed elsewhere; the two look the same).
   */
  public static void check(String text, Position at, Problems problems) {
    if (text == null) {
      return;
    }
    String problem = problem("'organisation'", text);
    if (problem != null) {
      problems.error(at, problem);
    } else if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      problems.warning(
          at, "'organisation' is spelt with decomposed accents; it is read in composed form (NFC), so that it is one"
              + " organisation with the same name spelt the usual way");
    }
  }

  /** Whether a name given or read keeps a character that can be seen. */
  public static boolean isUsable(String text) {
    return isVisible(TypedText.line(text));
  }

  /** Whether the text has a letter, digit, punctuation mark or symbol, none of them a blank filler. */
  private static boolean isVisible(String text) {
    return text != null && text.codePoints().anyMatch(OrganisationName::isSeen);
  }

  private static boolean isSeen(int c) {
    // Hangul fillers are letters that draw nothing.
    if (c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
