package org.ccgdiag.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A questionnaire's lookups by id, worked out once from its lists. */
class QuestionnaireIndexTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();

  @Test
  void everyQuestionFindsItsScaleAndDomainAndDomainsTheirNumbers() {
    for (Question question : SMALL.questions()) {
      assertThat(SMALL.scaleOf(question).id()).isEqualTo(question.scale());
      assertThat(SMALL.domainOf(question).id()).isEqualTo(question.domain());
    }
    assertThat(SMALL.domainNumber("clinical-focus")).isEqualTo(1);
    assertThat(SMALL.domainNumber("leadership")).isEqualTo(2);
    assertThat(SMALL.domainNumber("nowhere")).isNull();
    assertThat(SMALL.questionNumber(SMALL.questions().get(2).id())).isEqualTo(3);
    assertThat(SMALL.domainsById()).containsOnlyKeys("clinical-focus", "leadership");
    assertThat(SMALL.resourcesById()).containsOnlyKeys("coaching");
    assertThat(SMALL.areasById()).containsOnlyKeys("governance", "clinical-engagement");
  }

  @Test
  void aCopyMadeFromItsPartsIsEqualAndFindsTheSame() {
    Questionnaire copy =
        new Questionnaire(
            SMALL.id(),
            SMALL.version(),
            SMALL.title(),
            SMALL.description(),
            SMALL.minCoverage(),
            SMALL.target(),
            SMALL.levels(),
            SMALL.scales(),
            SMALL.domains(),
            SMALL.areas(),
            SMALL.questions(),
            SMALL.resources(),
            SMALL.terms(),
            SMALL.framework(),
            SMALL.retired());

    assertThat(copy).isEqualTo(SMALL).hasSameHashCodeAs(SMALL).hasToString(SMALL.toString());
    assertThat(copy.domainsById()).isEqualTo(SMALL.domainsById());
    assertThat(copy.areasById()).isEqualTo(SMALL.areasById());
    assertThat(copy.resourcesById()).isEqualTo(SMALL.resourcesById());
    for (Question question : SMALL.questions()) {
      assertThat(copy.questionNumber(question.id())).isEqualTo(SMALL.questionNumber(question.id()));
      assertThat(copy.scaleOf(question)).isEqualTo(SMALL.scaleOf(question));
    }
  }

  @Test
  void aRepeatedIdFindsTheFirstAndAnUnknownOneIsAnError() {
    Domain first = SMALL.domains().get(0);
    Domain again =
        new Domain(
            first.id(),
            "Another title",
            first.description(),
            first.beyond(),
            first.target(),
            first.resources());
    Questionnaire twice =
        new Questionnaire(
            SMALL.id(),
            SMALL.version(),
            SMALL.title(),
            SMALL.description(),
            SMALL.minCoverage(),
            SMALL.target(),
            SMALL.levels(),
            SMALL.scales(),
            List.of(first, again),
            SMALL.areas(),
            SMALL.questions(),
            SMALL.resources(),
            SMALL.terms(),
            SMALL.framework(),
            SMALL.retired());
    Question stray = SMALL.questions().get(0);
    Question unknown =
        new Question(
            stray.id(),
            "nowhere",
            stray.areas(),
            stray.text(),
            stray.guidance(),
            "none",
            stray.weight(),
            stray.reverse(),
            stray.source(),
            stray.evidence(),
            stray.stakeholderText(),
            stray.mirrors(),
            stray.resources());

    assertThat(twice.domainOf(stray)).isSameAs(first);
    assertThat(twice.domainNumber(first.id())).isEqualTo(1);
    assertThat(twice).isNotEqualTo(SMALL);
    assertThatThrownBy(() -> SMALL.scaleOf(unknown))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("none");
    assertThatThrownBy(() -> SMALL.domainOf(unknown))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("nowhere");
  }
}
