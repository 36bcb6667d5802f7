package org.ccgdiag.questionnaire;

/**
 * The knowledge / skills / mindsets framework in the questionnaire's words: a paragraph shown above
 * the areas and one line per dimension. Any of them may be null.
 */
public record Framework(String intro, String knowledge, String skills, String mindsets) {

  public static final Framework NONE = new Framework(null, null, null, null);

  /** The line that explains a dimension, or null when the questionnaire gives none. */
  public String line(Dimension dimension) {
    return switch (dimension) {
      case KNOWLEDGE -> knowledge;
      case SKILLS -> skills;
      case MINDSETS -> mindsets;
    };
  }
}
