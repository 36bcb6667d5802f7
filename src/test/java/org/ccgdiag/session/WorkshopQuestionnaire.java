package org.ccgdiag.session;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.QuestionnaireReader;

/**
 * The small questionnaire the session tests run on ({@code workshop.yaml}): domain clinical
 * (clinical.1 with guidance, clinical.2, clinical.3) and domain plans (plans.1, plans.2), all on
 * the five-point agreement scale with dk and na.
 */
public final class WorkshopQuestionnaire {
  private WorkshopQuestionnaire() {}

  public static Path file() {
    try {
      return Path.of(WorkshopQuestionnaire.class.getResource("workshop.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Questionnaire load() {
    Problems problems = new Problems("workshop.yaml");
    return QuestionnaireReader.read(file(), problems)
        .orElseThrow(
            () -> new IllegalStateException("workshop.yaml is invalid: " + problems.sorted()));
  }
}
