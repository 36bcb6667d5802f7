package org.ccgdiag.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccgdiag.questionnaire.SmallQuestionnaire.edited;
import static org.ccgdiag.questionnaire.SmallQuestionnaire.read;

import java.util.List;
import org.ccgdiag.load.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every term (organisation, team, group, statement, domain, area, dimension) is a word whose plural
 * the common rules give, or {one, many} where they do not; a bad {one, many} is reported where it
 * is written.
 */
class TermsReaderTest {

  /** The small questionnaire with {@code terms: {TERM: VALUE}} before its resources (line 69). */
  private static Reading<Questionnaire> withTerm(String term, String value) {
    return read(edited("resources:\n", "terms: {" + term + ": " + value + "}\nresources:\n"));
  }

  private static Noun noun(Terms terms, String term) {
    return switch (term) {
      case "organisation" -> terms.organisation();
      case "team" -> terms.team();
      case "group" -> terms.group();
      case "statement" -> terms.statement();
      case "domain" -> terms.domain();
      case "area" -> terms.area();
      case "dimension" -> terms.dimension();
      default -> throw new IllegalArgumentException(term);
    };
  }

  private static final String TERMS =
      "organisation, team, group, statement, domain, area, dimension";

  @ParameterizedTest
  @ValueSource(
      strings = {"organisation", "team", "group", "statement", "domain", "area", "dimension"})
  void aWordTakesTheCommonPluralAndItsArticle(String term) {
    Noun noun = noun(withTerm(term, "parish council").valid().terms(), term);

    assertThat(noun).isEqualTo(new Noun("parish council", "parish councils"));
    assertThat(noun.a()).isEqualTo("a parish council");
    assertThat(noun(withTerm(term, "assessment body").valid().terms(), term).a())
        .isEqualTo("an assessment body");
    assertThat(noun(withTerm(term, "assessment body").valid().terms(), term).many())
        .isEqualTo("assessment bodies");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"organisation", "team", "group", "statement", "domain", "area", "dimension"})
  void oneAndManyGiveAnIrregularPlural(String term) {
    Terms terms = withTerm(term, "{one: person, many: people}").valid().terms();

    assertThat(noun(terms, term)).isEqualTo(new Noun("person", "people"));
    assertThat(noun(terms, term).count(1)).isEqualTo("1 person");
    assertThat(noun(terms, term).count(3)).isEqualTo("3 people");
    assertThat(noun(terms, term).a()).isEqualTo("a person");
    assertThat(
            noun(
                    withTerm(term, "{one: assessment criterion, many: assessment criteria}")
                        .valid()
                        .terms(),
                    term)
                .a())
        .isEqualTo("an assessment criterion");
    // The others keep their defaults.
    assertThat(
            List.of(TERMS.split(", ")).stream()
                .filter(t -> !t.equals(term))
                .map(t -> noun(terms, t)))
        .allSatisfy(n -> assertThat(n.regular()).isTrue())
        .doesNotContain(new Noun("person", "people"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"organisation", "team", "group", "statement", "domain", "area", "dimension"})
  void aBadOneAndManyIsReportedWhereItIs(String term) {
    // terms: {TERM: {...}} on line 69; the inner mapping starts after "terms: {TERM: ".
    int inner = "terms: {".length() + term.length() + 2 + 1;
    assertThat(withTerm(term, "{one: person}").lines())
        .containsExactly(
            "small.yaml:69:"
                + inner
                + ": the term '"
                + term
                + "' has no 'many'; add the plural, or write the word alone"
                + " where its plural is the common one (charity, charities)");
    assertThat(withTerm(term, "{many: people}").lines())
        .containsExactly(
            "small.yaml:69:" + inner + ": the term '" + term + "' has no 'one'; add the singular");
    assertThat(withTerm(term, "{one: person, many: [people, folk]}").lines())
        .singleElement()
        .asString()
        .startsWith("small.yaml:69:" + (inner + "{one: person, many: ".length()) + ": ")
        .contains("'many' of the term '" + term + "' must be a single value, not a list");
    assertThat(withTerm(term, "{one: \"per\\nson\", many: people}").lines())
        .containsExactly(
            "small.yaml:69:"
                + (inner + "{one: ".length())
                + ": 'one' of the term '"
                + term
                + "' must be a short word or phrase on one line");
    assertThat(withTerm(term, "{one: person, many: people, few: folk}").lines())
        .singleElement()
        .asString()
        .startsWith("small.yaml:69:" + (inner + "{one: person, many: people, ".length()) + ": ")
        .contains("unknown field 'few' in the term '" + term + "'");
    assertThat(withTerm(term, "[person, people]").lines())
        .singleElement()
        .asString()
        .startsWith("small.yaml:69:" + inner + ": ")
        .contains("'" + term + "' of 'terms' must be a single value, not a list");
  }
}
