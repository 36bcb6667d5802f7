package org.ccgdiag.answers;

import java.text.Normalizer;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;

/**
 * What an organisation's name must have to group answers, name files and head reports: at least one
 * character a person can see once {@link TypedText#line} has dropped what a file cannot keep
 * (control characters, noncharacters, lone surrogates). A name of only those, or of only invisible
 * characters such as U+200B, would group and print as nothing.
 */
public final class OrganisationName {
  private OrganisationName() {}

  /** Why a name given or read cannot be used; null when it can. */
  public static String problem(String what, String text) {
    return isUsable(text)
        ? null
        : what
            + " has no character that can be seen (only control, invisible or unusable characters); give the organisation's name";
  }

  /**
   * Checks a name read from a file: an error when nothing in it can be seen, a warning when it is
   * spelt in a form other than NFC, which the kept name is (so it groups with the same name typed
   * elsewhere; the two look the same).
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
          at,
          "'organisation' is spelt with decomposed accents; it is read in composed form (NFC), so that it is one"
              + " organisation with the same name spelt the usual way");
    }
  }

  /** Whether a name given or read keeps a character that can be seen. */
  public static boolean isUsable(String text) {
    return isVisible(TypedText.line(text));
  }

  /** Whether the text has a character that draws something. */
  private static boolean isVisible(String text) {
    return text != null && text.codePoints().anyMatch(OrganisationName::isSeen);
  }

  /**
   * Whether a character draws something on its own: not a space, a control or format character
   * (U+200B, U+2060, U+FEFF, bidirectional marks), a mark with nothing to sit on (variation
   * selectors, U+034F) or a Hangul filler. Unassigned and private-use characters count as seen:
   * they are shown as a box.
   */
  private static boolean isSeen(int c) {
    if (c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0 || Character.isWhitespace(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.NON_SPACING_MARK ->
          false;
      default -> true;
    };
  }
}
