package org.ccgdiag.questionnaire;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One of the authorisation domains; {@code beyond} (may be null) is its "beyond authorisation"
 * vision.
 */
public record Domain(
    String id,
    String title,
    String description,
    String beyond,
    BigFraction target,
    List<String> resources) {

  public Domain {
    resources = List.copyOf(resources);
  }

  /**
   * A long domain title cut to its opening phrase, for sentences and tables where the full title
   * (shown in the domains table) would swamp the text: up to the first comma, " which ", " who " or
   * " that " outside parentheses. "Great leaders who individually and collectively can make a real
   * difference" reads as "Great leaders". Titles of 70 characters or fewer are kept whole.
   */
  public String shortTitle() {
    return shortTitle(title);
  }

  /** {@link #shortTitle()} of any domain title, e.g. one read back from a report. */
  public static String shortTitle(String title) {
    if (title == null || title.length() <= 70) {
      return title;
    }
    int depth = 0;
    for (int i = 10; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0
          && (c == ','
              || title.startsWith(" which ", i)
              || title.startsWith(" who ", i)
              || title.startsWith(" that ", i))) {
        return title.substring(0, i);
      }
    }
    return title;
  }
}
