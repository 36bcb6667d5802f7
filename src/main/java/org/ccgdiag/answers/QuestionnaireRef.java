package org.ccgdiag.answers;

import org.ccgdiag.questionnaire.Questionnaire;

/** Which questionnaire (id and version) a file belongs to. */
public record QuestionnaireRef(String id, String version) {

  public static QuestionnaireRef of(Questionnaire questionnaire) {
    return new QuestionnaireRef(questionnaire.id(), questionnaire.version());
  }
}
