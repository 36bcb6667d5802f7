package org.ccgdiag.answers;

import java.nio.file.Path;
import java.util.List;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;

/**
 * The answer sets of one input file, whatever its kind: an answers file (YAML or JSON) holds one, a
 * spreadsheet one per row. Empty, with the problems recorded, when the file cannot be used.
 */
public final class AnswerSets {
  private AnswerSets() {}

  public static List<Answers> read(Path path, Questionnaire questionnaire, Problems problems) {
    return SpreadsheetReader.isSpreadsheet(path)
        ? SpreadsheetReader.read(path, questionnaire, problems)
        : AnswersReader.read(path, questionnaire, problems).stream().toList();
  }
}
