package org.ccgdiag.questionnaire;

import org.ccgdiag.load.Edits;
import org.ccgdiag.load.Reading;

/**
 * The small valid test questionnaire ({@code small.yaml}: two domains, two areas, three questions),
 * and copies of it with a few lines edited, read as {@code validate} reads a file.
 */
public final class SmallQuestionnaire {
  public static final String FILE = "small.yaml";

  private SmallQuestionnaire() {}

  public static String text() {
    return Edits.resource(SmallQuestionnaire.class, FILE);
  }

  /** The questionnaire itself, which is valid. */
  public static Questionnaire load() {
    return read(text()).valid();
  }

  /** The text with edits applied (see {@link Edits#apply}). */
  public static String edited(String... fromTo) {
    return Edits.apply(text(), fromTo);
  }

  public static Reading<Questionnaire> read(String text) {
    return Reading.of(FILE, text, QuestionnaireReader::read);
  }
}
