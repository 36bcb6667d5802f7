package org.ccgdiag.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.ccgdiag.questionnaire.SmallQuestionnaire.edited;
import static org.ccgdiag.questionnaire.SmallQuestionnaire.read;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.load.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every validation rule of the questionnaire format (brief section 2), each broken once in the
 * small test questionnaire: the problem must be reported at the exact line and column, with a
 * message that says what is wrong and how to fix it, and nothing else may be reported.
 */
class QuestionnaireReaderTest {

  /** A problem expected at LINE:COLUMN whose message says (at least) these things. */
  record Expected(String at, List<String> says) {
    @Override
    public String toString() {
      return at + " " + says;
    }
  }

  static Expected problem(String at, String... says) {
    return new Expected(at, List.of(says));
  }

  static Arguments rule(String rule, String[] edits, Expected... expected) {
    return Arguments.of(rule, edits, List.of(expected));
  }

  static String[] edits(String... fromTo) {
    return fromTo;
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        rule(
            "unknown top-level field, with a suggestion",
            edits("description: Two", "descripton: Two"),
            problem(
                "6:1",
                "unknown field 'descripton' in the questionnaire",
                "did you mean 'description'?")),
        rule(
            "unknown question field, with a suggestion",
            edits("    guidance: Look", "    guidence: Look"),
            problem(
                "55:5",
                "unknown field 'guidence' in question 1 ('clinical-focus.1')",
                "did you mean 'guidance'?")),
        rule(
            "unknown field with no near match lists the allowed ones",
            edits("    label: Not yet started\n", "    label: Not yet started\n    colour: red\n"),
            problem(
                "12:5",
                "unknown field 'colour' in level 1",
                "the fields allowed here are id, label, min")),
        rule(
            "duplicate domain id",
            edits(
                "  - id: leadership\n",
                "  - id: clinical-focus\n",
                "    domain: leadership\n",
                "    domain: clinical-focus\n"),
            problem("37:9", "duplicate domain id 'clinical-focus' (first at line 32)")),
        rule(
            "duplicate area id",
            edits(
                "  - id: clinical-engagement\n",
                "  - id: governance\n",
                "    areas: [clinical-engagement]",
                "    areas: [governance]",
                "    areas: [governance, clinical-engagement]",
                "    areas: [governance]"),
            problem("46:9", "duplicate area id 'governance' (first at line 42)")),
        rule(
            "duplicate question id",
            edits("  - id: clinical-focus.2", "  - id: clinical-focus.1"),
            problem("59:9", "duplicate question id 'clinical-focus.1' (first at line 51)")),
        rule(
            "duplicate scale id",
            edits(
                "domains:\n",
                "  - id: agreement\n    options: [{key: x, label: X, score: 0}, {key: y, label: Y, score: 1}]\ndomains:\n"),
            problem("31:9", "duplicate scale id 'agreement' (first at line 17)")),
        rule(
            "duplicate resource id",
            edits(
                "    url: https://example.org/coaching\n",
                "    url: https://example.org/coaching\n  - id: coaching\n    title: Coaching again\n"),
            problem("74:9", "duplicate resource id 'coaching' (first at line 70)")),
        rule(
            "duplicate level id",
            edits("  - id: ready", "  - id: not-started"),
            problem("13:9", "duplicate level id 'not-started'")),
        rule(
            "duplicate option key, ignoring case",
            edits("      - key: na", "      - key: DK"),
            problem("28:14", "duplicate option key 'DK' in scale 1 ('agreement')")),
        rule(
            "duplicate YAML key",
            edits("    weight: 2\n", "    weight: 2\n    weight: 3\n"),
            problem("58:5", "duplicate key 'weight' (first at line 57)")),
        rule(
            "a question's unknown domain",
            edits(
                "    domain: clinical-focus\n    areas: [governance",
                "    domain: clinical-focuss\n    areas: [governance"),
            problem(
                "60:13",
                "question 2 ('clinical-focus.2') refers to unknown domain 'clinical-focuss'",
                "known domains: clinical-focus, leadership")),
        rule(
            "a question's unknown area",
            edits("    areas: [clinical-engagement]", "    areas: [clinical-engagment]"),
            problem(
                "53:13",
                "question 1 ('clinical-focus.1') refers to unknown area 'clinical-engagment'")),
        rule(
            "a question's unknown scale",
            edits("    scale: agreement\n    weight", "    scale: agree\n    weight"),
            problem(
                "56:12",
                "question 1 ('clinical-focus.1') refers to unknown scale 'agree'",
                "known scales: agreement")),
        rule(
            "a domain's unknown resource",
            edits(
                "    resources: [coaching]\n  - id: leadership",
                "    resources: [coachin]\n  - id: leadership"),
            problem("36:17", "domain 1 ('clinical-focus') refers to unknown resource 'coachin'")),
        rule(
            "an area's unknown resource",
            edits(
                "    resources: [coaching]\n  - id: clinical-engagement",
                "    resources: [mentoring]\n  - id: clinical-engagement"),
            problem("45:17", "area 1 ('governance') refers to unknown resource 'mentoring'")),
        rule(
            "a question's unknown resource",
            edits(
                "    scale: agreement\n    weight",
                "    resources: [coaching, coachng]\n    scale: agreement\n    weight"),
            problem(
                "56:27", "question 1 ('clinical-focus.1') refers to unknown resource 'coachng'")),
        rule(
            "a question listing a resource twice",
            edits(
                "    scale: agreement\n    weight",
                "    resources: [coaching, coaching]\n    scale: agreement\n    weight"),
            problem("56:27", "question 1 ('clinical-focus.1') lists resource 'coaching' twice")),
        rule(
            "a scale with one distinct scored value",
            edits("        score: 1", "        score: 0.0"),
            problem(
                "17:5", "scale 1 ('agreement') has 1 distinct scored value", "needs at least two")),
        rule(
            "levels not starting at 0",
            edits("    min: 0", "    min: 10"),
            problem("12:10", "the first level must have min 0 (it is 10)")),
        rule(
            "levels not ascending",
            edits("    min: 70", "    min: 0"),
            problem("15:10", "levels must be in ascending order of min: 0 does not exceed 0")),
        rule(
            "a level above 100",
            edits("    min: 70", "    min: 170"),
            problem("15:10", "a level's min must be between 0 and 100")),
        rule(
            "a level's min as a fraction that divides by 0",
            edits("    min: 70", "    min: 100/0"),
            problem(
                "15:10", "'min' of level 2 must be a number or a fraction, not '100/0'", "100/3")),
        rule(
            "a level's min as a fraction that is not one",
            edits("    min: 70", "    min: 2/3/4"),
            problem("15:10", "must be a number or a fraction, not '2/3/4'")),
        rule(
            "a target fraction above 100",
            edits("target: 70", "target: 301/3"),
            problem("8:9", "'target' of the questionnaire is 301/3; it must be between 0 and 100")),
        rule(
            "levels not ascending, written as fractions",
            edits("    min: 70", "    min: 0/5"),
            problem("15:10", "levels must be in ascending order of min: 0/5 does not exceed 0")),
        rule(
            "a target above 100",
            edits("target: 70", "target: 101"),
            problem("8:9", "'target' of the questionnaire is 101; it must be between 0 and 100")),
        rule(
            "a domain target below 0",
            edits("    target: 80", "    target: -5"),
            problem(
                "40:13",
                "'target' of domain 2 ('leadership') is -5; it must be between 0 and 100")),
        rule(
            "an area target above 100",
            edits("    target: 60", "    target: 100.5"),
            problem(
                "49:13",
                "'target' of area 2 ('clinical-engagement') is 100.5; it must be between 0 and 100")),
        rule(
            "a target that is not a number",
            edits("    target: 60", "    target: high"),
            problem(
                "49:13",
                "'target' of area 2 ('clinical-engagement') must be a number, not 'high'")),
        rule(
            "a domain with no question",
            edits("    domain: leadership", "    domain: clinical-focus"),
            problem("37:5", "domain 'leadership' has no question", "add one or remove the domain")),
        rule(
            "an option key with surrounding spaces",
            edits("      - key: na", "      - key: \" na\""),
            problem(
                "28:14",
                "option key ' na' cannot be used",
                "keys cannot start or end with spaces")),
        rule(
            "a scored option without a score",
            edits("        kind: not-applicable", "        kind: scored"),
            problem("28:9", "option 4 of scale 1 ('agreement') is scored but has no 'score'")),
        rule(
            "an option scored by default without a score",
            edits("        kind: not-applicable\n", ""),
            problem("28:9", "option 4 of scale 1 ('agreement') is scored but has no 'score'")),
        rule(
            "a don't-know option with a score",
            edits("        kind: dont-know\n", "        kind: dont-know\n        score: 2\n"),
            problem(
                "28:16",
                "option 3 of scale 1 ('agreement') is dont-know and cannot have a score; remove it")),
        rule(
            "a not-applicable option with a score",
            edits(
                "        kind: not-applicable\n",
                "        kind: not-applicable\n        score: 0\n"),
            problem(
                "31:16",
                "option 4 of scale 1 ('agreement') is not-applicable and cannot have a score")),
        rule(
            "an unknown option kind",
            edits("        kind: dont-know", "        kind: unsure"),
            problem(
                "27:15",
                "unknown kind 'unsure' in option 3 of scale 1 ('agreement')",
                "use scored, dont-know or not-applicable")),
        rule(
            "an unknown dimension",
            edits("    dimension: knowledge", "    dimension: wisdom"),
            problem(
                "43:16",
                "unknown dimension 'wisdom' in area 1 ('governance')",
                "use knowledge, skills or mindsets")),
        rule(
            "a weight of zero",
            edits("    weight: 2", "    weight: 0"),
            problem(
                "57:13", "the weight of question 1 ('clinical-focus.1') must be greater than 0")),
        rule(
            "a negative weight",
            edits("    weight: 2", "    weight: -1.5"),
            problem(
                "57:13", "the weight of question 1 ('clinical-focus.1') must be greater than 0")),
        rule(
            "a weight that is not a number",
            edits("    weight: 2", "    weight: heavy"),
            problem(
                "57:13",
                "'weight' of question 1 ('clinical-focus.1') must be a number, not 'heavy'")),
        rule(
            "min_coverage above 1",
            edits("min_coverage: 0.5", "min_coverage: 1.5"),
            problem(
                "7:15", "'min_coverage' of the questionnaire is 1.5; it must be between 0 and 1")),
        rule(
            "min_coverage below 0",
            edits("min_coverage: 0.5", "min_coverage: -0.1"),
            problem(
                "7:15", "'min_coverage' of the questionnaire is -0.1; it must be between 0 and 1")),
        rule(
            "a reverse flag that is not true or false",
            edits("    reverse: true", "    reverse: sometimes"),
            problem("64:14", "'reverse' of question 2 ('clinical-focus.2') must be true or false")),
        rule(
            "the wrong format",
            edits("format: ccg-diag/questionnaire@1", "format: ccg-diag/questionnaire@2"),
            problem(
                "2:9",
                "'format' is 'ccg-diag/questionnaire@2'; a questionnaire has format ccg-diag/questionnaire@1")),
        rule(
            "the answers format",
            edits("format: ccg-diag/questionnaire@1", "format: ccg-diag/answers@1"),
            problem(
                "2:9",
                "a questionnaire has format ccg-diag/questionnaire@1 (this looks like an answers file)")),
        rule(
            "an invalid questionnaire id",
            edits("id: small-test", "id: Small Test"),
            problem(
                "3:5",
                "'Small Test' is not a valid id: use lower-case letters, digits and hyphens only (e.g. small-test)")),
        rule(
            "an invalid domain id",
            edits(
                "  - id: leadership\n",
                "  - id: Leadership\n",
                "    domain: leadership\n",
                "    domain: Leadership\n"),
            problem("37:9", "'Leadership' is not a valid id", "(e.g. leadership)")),
        rule(
            "an invalid level id",
            edits("  - id: ready", "  - id: ready_now!"),
            problem("13:9", "'ready_now!' is not a valid id", "(e.g. ready-now)")),
        rule(
            "a missing required field",
            edits("    text: Our leaders work in partnership.\n", ""),
            problem("65:5", "question 3 ('leadership.1') has no 'text'; add it")),
        rule(
            "an empty required field",
            edits("title: A small questionnaire for tests", "title: \"  \""),
            problem("5:8", "'title' of the questionnaire is empty; give it a value")),
        rule(
            "a list where a question's mapping belongs",
            edits(
                "  - id: leadership.1\n    domain: leadership\n    text: Our leaders work in partnership.\n    scale: agreement\n",
                "  - [leadership.1, leadership]\n"),
            problem("37:5", "domain 'leadership' has no question"),
            problem("65:5", "question 3 must be a mapping (key: value), not a list")),
        rule(
            "a single value where a list belongs",
            edits("    areas: [clinical-engagement]", "    areas: clinical-engagement"),
            problem(
                "53:12",
                "'areas' of question 1 ('clinical-focus.1') must be a list, not a single value")),
        rule(
            "a mapping where a single value belongs",
            edits("    scale: agreement\n    weight", "    scale: {id: agreement}\n    weight"),
            problem(
                "56:12",
                "'scale' of question 1 ('clinical-focus.1') must be a single value, not a mapping")),
        rule(
            "an area listed twice by a question",
            edits(
                "    areas: [governance, clinical-engagement]",
                "    areas: [governance, governance]"),
            problem("61:25", "question 2 ('clinical-focus.2') lists area 'governance' twice")),
        rule(
            "a mirror of an unknown question, with a suggestion",
            edits("    reverse: true\n", "    reverse: true\n    mirrors: clinical-focus.3\n"),
            problem(
                "65:14",
                "question 2 ('clinical-focus.2') mirrors unknown question 'clinical-focus.3'",
                "did you mean 'clinical-focus.1'?")),
        rule(
            "a mirror worded the same way",
            edits(
                "    text: Our leaders work in partnership.\n",
                "    text: Our leaders work in partnership.\n    mirrors: clinical-focus.1\n"),
            problem(
                "68:14",
                "question 3 ('leadership.1') mirrors question 1 ('clinical-focus.1') but both are worded the same way",
                "set reverse: true on one of them")),
        rule(
            "a mirror of itself",
            edits("    reverse: true\n", "    reverse: true\n    mirrors: clinical-focus.2\n"),
            problem("65:14", "question 2 ('clinical-focus.2') cannot mirror itself")),
        rule(
            "a retired id still asked",
            edits("resources:\n", "retired: [clinical-focus.9, leadership.1]\nresources:\n"),
            problem("69:29", "'leadership.1' is retired but is still the id of a question")),
        rule(
            "a retired id listed twice",
            edits("resources:\n", "retired: [clinical-focus.9, clinical-focus.9]\nresources:\n"),
            problem("69:29", "'retired' lists 'clinical-focus.9' twice")),
        rule(
            "an unknown term, with a suggestion",
            edits("resources:\n", "terms: {organisation: trust, teem: board}\nresources:\n"),
            problem("69:30", "unknown field 'teem' in 'terms'", "did you mean 'team'?")),
        rule(
            "a term over two lines",
            edits("resources:\n", "terms: {organisation: \"trust\\nboard\"}\nresources:\n"),
            problem("69:23", "the term 'organisation' must be a short word or phrase on one line")),
        rule(
            "an unknown framework field",
            edits("resources:\n", "framework: {intro: Three things, values: x}\nresources:\n"),
            problem("69:34", "unknown field 'values' in 'framework'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void aBrokenRuleIsReportedAtItsPosition(String rule, String[] edits, List<Expected> expected) {
    Reading<Questionnaire> reading = read(edited(edits));

    assertThat(reading.value()).as("a questionnaire with errors is not returned").isEmpty();
    assertThat(reading.lines()).as(rule).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(reading.lines().get(i))
          .as("problem %d of %s", i + 1, reading.lines())
          .startsWith("small.yaml:" + expected.get(i).at() + ": ")
          .contains(expected.get(i).says());
    }
  }

  static Stream<Arguments> keptRules() {
    return Stream.of(
        Arguments.of("min_coverage 0", edits("min_coverage: 0.5", "min_coverage: 0")),
        Arguments.of("min_coverage 1", edits("min_coverage: 0.5", "min_coverage: 1")),
        Arguments.of("no min_coverage", edits("min_coverage: 0.5\n", "")),
        Arguments.of("target 0", edits("target: 70", "target: 0")),
        Arguments.of("target 100", edits("target: 70", "target: 100")),
        Arguments.of("a decimal target", edits("    target: 80", "    target: 72.5")),
        Arguments.of("a decimal weight", edits("    weight: 2", "    weight: 0.25")),
        Arguments.of("levels with decimal mins", edits("    min: 70", "    min: 69.5")),
        Arguments.of(
            "levels and targets as fractions",
            edits(
                "    min: 70",
                "    min: 200/3",
                "target: 70",
                "target: 100/3",
                "    target: 80",
                "    target: 2/3")),
        Arguments.of("a level at 100", edits("    min: 70", "    min: 100")),
        Arguments.of(
            "a key that is not a session command", edits("      - key: na", "      - key: \"no\"")),
        Arguments.of(
            "a scored option with an explicit kind",
            edits("        score: 1\n", "        score: 1\n        kind: scored\n")),
        Arguments.of("negative scores", edits("        score: 0\n", "        score: -2\n")),
        Arguments.of(
            "the skills dimension", edits("    dimension: knowledge", "    dimension: skills")),
        Arguments.of("a question with no areas", edits("    areas: [clinical-engagement]\n", "")),
        Arguments.of(
            "no resources anywhere",
            edits(
                "    resources: [coaching]\n  - id: leadership",
                "  - id: leadership",
                "    resources: [coaching]\n  - id: clinical-engagement",
                "  - id: clinical-engagement",
                "resources:\n  - id: coaching\n    title: Personal and team coaching\n",
                "",
                "    description: Up to four funded sessions per GP leader.\n    url: https://example.org/coaching\n",
                "")),
        Arguments.of("an explicit !!str tag", edits("title: A small", "title: !!str A small")),
        Arguments.of("reverse false", edits("    reverse: true", "    reverse: false")),
        Arguments.of(
            "a question id with dots and digits",
            edits("  - id: leadership.1", "  - id: leadership.1.a")),
        Arguments.of(
            "evidence, stakeholder text and a mirror",
            edits(
                "    reverse: true\n",
                "    reverse: true\n    mirrors: clinical-focus.1\n"
                    + "    evidence: minutes of practice meetings\n    stakeholder_text: The CCG rarely hears from practices.\n")),
        Arguments.of(
            "terms, framework and retired ids",
            edits(
                "resources:\n",
                "terms: {organisation: trust, team: board, group: region, statement: item}\n"
                    + "framework: {intro: What a board needs., knowledge: Knowing., skills: Doing., mindsets: Being.}\n"
                    + "retired: [clinical-focus.9]\nresources:\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptRules")
  void aFileWithinTheRulesIsValid(String variant, String[] edits) {
    assertThat(read(edited(edits)).lines()).as(variant).isEmpty();
  }

  @Test
  void fractionsAreReadExactly() {
    Questionnaire q =
        read(edited("    min: 70", "    min: 200/3", "target: 70", "target: 100/3"))
            .value()
            .orElseThrow();

    assertThat(q.levels().get(1).min()).isEqualTo(BigFraction.of(200, 3));
    assertThat(q.target()).isEqualTo(BigFraction.of(100, 3));
    assertThat(q.domains().get(0).target())
        .as("a domain without its own target")
        .isEqualTo(BigFraction.of(100, 3));
    assertThat(q.domains().get(1).target())
        .as("a decimal is exact too")
        .isEqualTo(BigFraction.of(80));
  }

  @ParameterizedTest(name = "option key \"{0}\"")
  @ValueSource(strings = {"n", "b", "s", "?", "q", "N", "B", "S", "Q"})
  void sessionCommandsCannotBeOptionKeys(String key) {
    Reading<Questionnaire> reading =
        read(edited("      - key: na", "      - key: \"" + key + "\""));

    assertThat(reading.lines())
        .containsExactly(
            "small.yaml:28:14: option key '"
                + key
                + "' cannot be used: n, b, s, ? and q are commands in the"
                + " session (and keys cannot start or end with spaces); choose another key");
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() {
    Reading<Questionnaire> reading =
        read(
            edited(
                "description: Two", "descripton: Two",
                "min_coverage: 0.5", "min_coverage: 1.5",
                "      - key: na", "      - key: q",
                "    dimension: knowledge", "    dimension: wisdom",
                "    weight: 2", "    weight: 0"));

    assertThat(reading.lines())
        .hasSize(5)
        .extracting(line -> line.substring(0, line.indexOf(": ")))
        .containsExactly(
            "small.yaml:6:1",
            "small.yaml:7:15",
            "small.yaml:28:14",
            "small.yaml:43:16",
            "small.yaml:57:13");
  }

  @Test
  void aDomainWithNoQuestionIsPointedAtEvenAfterADuplicateDomain() {
    Reading<Questionnaire> reading =
        read(
            edited(
                "  - id: leadership\n",
                "  - id: clinical-focus\n    title: Again\n    description: Again.\n  - id: leadership\n",
                "    domain: leadership",
                "    domain: clinical-focus"));

    assertThat(reading.lines())
        .containsExactly(
            "small.yaml:37:9: duplicate domain id 'clinical-focus' (first at line 32); ids must be unique",
            "small.yaml:40:5: domain 'leadership' has no question; add one or remove the domain");
  }

  @Test
  void aListFieldHoldingASingleValueIsReportedOnce() {
    Reading<Questionnaire> reading = read(edited("domains:\n", "domains: all of them\nspare:\n"));

    assertThat(reading.lines())
        .filteredOn(line -> line.contains("'domains'"))
        .containsExactly(
            "small.yaml:31:10: 'domains' of the questionnaire must be a list, not a single value");
  }

  @Test
  void theSmallQuestionnaireReadsIntoTheModelWithDefaultsApplied() {
    Questionnaire q = SmallQuestionnaire.load();

    assertThat(q.id()).isEqualTo("small-test");
    assertThat(q.version()).isEqualTo("1.0.0");
    assertThat(q.minCoverage()).isEqualByComparingTo("0.5");
    assertThat(q.levels()).extracting(Level::id).containsExactly("not-started", "ready");
    assertThat(q.scales())
        .singleElement()
        .satisfies(
            scale -> {
              assertThat(scale.options())
                  .extracting(Option::key)
                  .containsExactly("1", "2", "dk", "na");
              assertThat(scale.options())
                  .extracting(Option::kind)
                  .containsExactly(
                      Option.Kind.SCORED,
                      Option.Kind.SCORED,
                      Option.Kind.DONT_KNOW,
                      Option.Kind.NOT_APPLICABLE);
              assertThat(scale.lowest()).isEqualByComparingTo("0");
              assertThat(scale.highest()).isEqualByComparingTo("1");
              assertThat(scale.option("DK")).map(Option::key).contains("dk");
              assertThat(scale.option(" dk ")).map(Option::key).contains("dk");
              assertThat(scale.option("2")).map(Option::key).contains("2");
              assertThat(scale.option("3")).isEmpty();
              assertThat(scale.option(null)).isEmpty();
            });
    assertThat(q.domains())
        .extracting(Domain::id, Domain::target, Domain::resources)
        .containsExactly(
            tuple("clinical-focus", BigFraction.of(70), List.of("coaching")),
            tuple("leadership", BigFraction.of(80), List.of()));
    assertThat(q.domains().get(0).beyond()).isEqualTo("Quality at the heart of everything.");
    assertThat(q.areas())
        .extracting(Area::id, Area::dimension)
        .containsExactly(
            tuple("governance", Dimension.KNOWLEDGE),
            tuple("clinical-engagement", Dimension.MINDSETS));
    assertThat(q.areas().get(1).target()).isEqualTo(BigFraction.of(60));
    assertThat(q.questions())
        .extracting(Question::id)
        .containsExactly("clinical-focus.1", "clinical-focus.2", "leadership.1");
    Question first = q.questions().get(0);
    assertThat(first.weight()).isEqualByComparingTo("2");
    assertThat(first.source()).isEqualTo("Towards authorisation, section 3");
    assertThat(first.guidance()).startsWith("Look for minutes");
    Question second = q.questions().get(1);
    assertThat(second.reverse()).isTrue();
    assertThat(second.weight()).isEqualByComparingTo("1");
    assertThat(second.areas()).containsExactly("governance", "clinical-engagement");
    assertThat(q.resources())
        .singleElement()
        .extracting(Resource::url)
        .isEqualTo("https://example.org/coaching");
    assertThat(q.terms()).isEqualTo(Terms.DEFAULT);
    assertThat(q.framework()).isEqualTo(Framework.NONE);
    assertThat(q.retired()).isEmpty();
    assertThat(second.evidence()).isNull();
    assertThat(second.resources()).isEmpty();
    assertThat(second.textFor(false)).isEqualTo(second.text());
  }

  @Test
  void theNewFieldsOfTheSecondEditionReachTheModel() {
    Questionnaire q =
        read(edited(
                "    reverse: true\n",
                    "    reverse: true\n    mirrors: clinical-focus.1\n"
                        + "    evidence: minutes of practice meetings\n    stakeholder_text: The trust rarely hears from practices.\n",
                "resources:\n",
                    "terms: {organisation: trust, team: board, group: region}\n"
                        + "framework: {intro: What a board needs., skills: Doing.}\nretired: [clinical-focus.9]\nresources:\n"))
            .valid();

    Question second = q.questions().get(1);
    assertThat(second.mirrors()).isEqualTo("clinical-focus.1");
    assertThat(second.evidence()).isEqualTo("minutes of practice meetings");
    assertThat(second.textFor(true)).isEqualTo("We rarely hear from our member practices.");
    assertThat(second.textFor(false)).isEqualTo("The trust rarely hears from practices.");
    assertThat(q.terms()).isEqualTo(new Terms("trust", "board", "region", "question"));
    assertThat(q.framework().line(Dimension.SKILLS)).isEqualTo("Doing.");
    assertThat(q.framework().line(Dimension.KNOWLEDGE)).isNull();
    assertThat(q.retired()).containsExactly("clinical-focus.9");
  }

  @Test
  void editsMustMatchExactlyOnce() {
    // The helper itself: an edit that matches nothing or several lines must not pass silently.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> edited("    scale: agreement", "    scale: x"))
        .withMessageContaining("several");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> edited("no such text", "x"))
        .withMessageContaining("none");
  }
}
