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
    assertThat(SMALL.index().domainNumbers()).containsEntry("clinical-focus", 1).containsEntry("leadership", 2);
    assertThat(SMALL.resourcesById()).containsOnlyKeys("coaching");
    assertThat(SMALL.areasById()).containsOnlyKeys("governance", "clinical-engagement");
  }

  @Test
  void theIndexIsWorkedOutFromTheListsWhateverTheConstructorIsGiven() {
    Questionnaire copy = new Questionnaire(
        SMALL.id(), SMALL.version(), SMALL.title(), SMALL.description(), SMALL.minCoverage(), SMALL.target(),
        SMALL.levels(), SMALL.scales(), SMALL.domains(), SMALL.areas(), SMALL.questions(), SMALL.resources(),
        SMALL.terms(), SMALL.framework(), SMALL.retired(), null);

    assertThat(copy).isEqualTo(SMALL);
    assertThat(copy.index()).isEqualTo(SMALL.index());
  }

  @Test
  void aRepeatedIdFindsTheFirstAndAnUnknownOneIsAnError() {
    Domain first = SMALL.domains().get(0);
    Domain again = new Domain(first.id(), "Another title", first.description(), first.beyond(), first.target(), first.resources());
    Questionnaire twice = new Questionnaire(
        SMALL.id(), SMALL.version(), SMALL.title(), SMALL.description(), SMALL.minCoverage(), SMALL.target(),
        SMALL.levels(), SMALL.scales(), List.of(first, again), SMALL.areas(), SMALL.questions(), SMALL.resources(),
        SMALL.terms(), SMALL.framework(), SMALL.retired(), null);
    Question stray = SMALL.questions().get(0);
    Question unknown = new Question(stray.id(), "nowhere", stray.areas(), stray.text(), stray.guidance(), "none",
        stray.weight(), stray.reverse(), stray.source(), stray.evidence(), stray.stakeholderText(), stray.mirrors(),
        stray.resources());

    assertThat(twice.domainOf(stray)).isSameAs(first);
    assertThat(twice.index().domainNumbers()).containsEntry(first.id(), 1);
    assertThatThrownBy(() -> SMALL.scaleOf(unknown)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("none");
    assertThatThrownBy(() -> SMALL.domainOf(unknown)).isInstanceOf(NoSuchElementException.class).hasMessageContaining("nowhere");
  }
}
