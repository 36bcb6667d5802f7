package org.ccgdiag.batch;

import java.util.List;
import org.ccgdiag.problem.Problem;

/**
 * A batch of answer files, read and tallied: its organisations in name order, and every problem
 * found, in file order. {@code failedFiles} is the number of files skipped for errors; {@code
 * answerSets} the answer sets read from the others (a spreadsheet holds one per row).
 */
public record Batch(
    List<Organisation> organisations,
    List<Problem> problems,
    int files,
    int failedFiles,
    int answerSets) {

  public Batch {
    organisations = List.copyOf(organisations);
    problems = List.copyOf(problems);
  }

  public int scoredFiles() {
    return files - failedFiles;
  }
}
