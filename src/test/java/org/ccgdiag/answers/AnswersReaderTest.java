package org.ccgdiag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ccgdiag.load.Edits;
import org.ccgdiag.load.Reading;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Answers files (brief section 3) in YAML and JSON, checked against the small test questionnaire:
 * the same checks, each problem at its exact position in either form.
 */
class AnswersReaderTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();

  /** The same answers file written as YAML and as JSON. */
  enum Form {
    YAML("small-answers.yaml"),
    JSON("small-answers.json");

    final String file;

    Form(String file) {
      this.file = file;
    }

    String text() {
      return Edits.resource(AnswersReaderTest.class, file);
    }

    Reading<Answers> read(String text) {
      return Reading.of(file, text, (root, problems) -> AnswersReader.read(root, SMALL, problems));
    }

    Reading<Answers> readEdited(String... fromTo) {
      return read(Edits.apply(text(), fromTo));
    }
  }

  /**
   * One check, broken the same way in both forms: the edits and the position in each, and the
   * message.
   */
  record Check(
      String name,
      String[] yamlEdits,
      String yamlAt,
      String[] jsonEdits,
      String jsonAt,
      String message) {
    String[] edits(Form form) {
      return form == Form.YAML ? yamlEdits : jsonEdits;
    }

    String at(Form form) {
      return form == Form.YAML ? yamlAt : jsonAt;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static String[] edit(String from, String to) {
    return new String[] {from, to};
  }

  static List<Check> checks() {
    return List.of(
        new Check(
            "a question id not in the questionnaire",
            edit("  leadership.1: {note", "  leadership.9: {note"),
            "11:3",
            edit("\"leadership.1\": {\"note\"", "\"leadership.9\": {\"note\""),
            "12:5",
            "unknown question 'leadership.9': questionnaire 'small-test' 1.0.0 has no such question;"
                + " did you mean 'leadership.1'?"),
        new Check(
            "a question id nothing like the questionnaire's",
            edit("  leadership.1: {note", "  finance: {note"),
            "11:3",
            edit("\"leadership.1\": {\"note\"", "\"finance\": {\"note\""),
            "12:5",
            "unknown question 'finance': questionnaire 'small-test' 1.0.0 has no such question"),
        new Check(
            "an answer key not in the question's scale",
            edit("{answer: dk}", "{answer: \"7\"}"),
            "10:30",
            edit("{\"answer\": \"dk\"}", "{\"answer\": \"7\"}"),
            "11:36",
            "'7' is not an answer to question 2 (clinical-focus.2); its scale 'agreement' has keys 1, 2, dk, na"),
        new Check(
            "answers for another questionnaire",
            edit("{id: small-test", "{id: ccg-authorisation"),
            "2:21",
            edit("\"id\": \"small-test\"", "\"id\": \"ccg-authorisation\""),
            "3:27",
            "these answers are for questionnaire 'ccg-authorisation', not 'small-test'; choose the right one with -q"),
        new Check(
            "a questionnaire's format",
            edit("format: ccg-diag/answers@1", "format: ccg-diag/questionnaire@1"),
            "1:9",
            edit("\"format\": \"ccg-diag/answers@1\"", "\"format\": \"ccg-diag/questionnaire@1\""),
            "2:13",
            "'format' is 'ccg-diag/questionnaire@1'; an answers file has format ccg-diag/answers@1"
                + " (this looks like a questionnaire: use -q)"),
        new Check(
            "an unknown field",
            edit("complete: false", "completed: false"),
            "7:1",
            edit("\"complete\": false", "\"completed\": false"),
            "8:3",
            "unknown field 'completed' in the answers file; did you mean 'complete'?"),
        new Check(
            "an unknown field of an answer",
            edit("{answer: dk}", "{answer: dk, comment: x}"),
            "10:34",
            edit("{\"answer\": \"dk\"}", "{\"answer\": \"dk\", \"comment\": \"x\"}"),
            "11:42",
            "unknown field 'comment' in the answer to question 2 (clinical-focus.2); the fields allowed here are answer, note"),
        new Check(
            "a perspective that is not an id",
            edit("perspective: self", "perspective: Member Practice"),
            "4:66",
            edit("\"perspective\": \"self\"", "\"perspective\": \"Member Practice\""),
            "5:80",
            "perspective 'Member Practice' is not valid: use 'self' or a stakeholder group id"),
        new Check(
            "a time that is not a UTC time",
            edit("started: 2026-11-25T10:02:11Z", "started: yesterday"),
            "5:10",
            edit("\"started\": \"2026-11-25T10:02:11Z\"", "\"started\": \"yesterday\""),
            "6:14",
            "'started' must be a UTC time such as 2026-11-25T10:02:11Z, not 'yesterday'"),
        new Check(
            "complete that is not true or false",
            edit("complete: false", "complete: maybe"),
            "7:11",
            edit("\"complete\": false", "\"complete\": \"maybe\""),
            "8:15",
            "'complete' of the answers file must be true or false"),
        new Check(
            "a question answered twice",
            edit(
                "  leadership.1: {note: \"Not discussed yet\"}",
                "  leadership.1: {note: \"Not discussed yet\"}\n  clinical-focus.1: \"1\""),
            "12:3",
            edit(
                "\"leadership.1\": {\"note\": \"Not discussed yet\"}",
                "\"leadership.1\": {\"note\": \"Not discussed yet\"},\n    \"clinical-focus.1\": \"1\""),
            "13:5",
            "duplicate key 'clinical-focus.1' (first at line "),
        new Check(
            "a list where the respondent mapping belongs",
            edit(
                "respondent: {name: Dr A Smith, role: Clinical lead, perspective: self}",
                "respondent: [Dr A Smith]"),
            "4:13",
            edit(
                "\"respondent\": {\"name\": \"Dr A Smith\", \"role\": \"Clinical lead\", \"perspective\": \"self\"}",
                "\"respondent\": [\"Dr A Smith\"]"),
            "5:17",
            "respondent must be a mapping (key: value), not a list"),
        new Check(
            "no organisation",
            edit("organisation: NHS Example CCG\n", ""),
            "1:1",
            edit("\"organisation\": \"NHS Example CCG\",\n", ""),
            "1:1",
            "the answers file has no 'organisation'; add it"));
  }

  static Stream<Arguments> everyCheckInBothForms() {
    return checks().stream()
        .flatMap(check -> Stream.of(Form.values()).map(form -> Arguments.of(form, check)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyCheckInBothForms")
  void aFailedCheckIsOneLocatedError(Form form, Check check) {
    Reading<Answers> reading = form.readEdited(check.edits(form));

    assertThat(reading.value()).isEmpty();
    assertThat(reading.lines())
        .singleElement()
        .asString()
        .startsWith(form.file + ":" + check.at(form) + ": ")
        .contains(check.message());
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void theExampleFileReadsIntoTheModel(Form form) {
    Answers answers = form.read(form.text()).valid();

    assertThat(answers.questionnaire()).isEqualTo(new QuestionnaireRef("small-test", "1.0.0"));
    assertThat(answers.organisation()).isEqualTo("NHS Example CCG");
    assertThat(answers.respondent())
        .isEqualTo(new Respondent("Dr A Smith", "Clinical lead", "self"));
    assertThat(answers.started()).isEqualTo(Instant.parse("2026-11-25T10:02:11Z"));
    assertThat(answers.updated()).isEqualTo(Instant.parse("2026-11-25T10:41:57Z"));
    assertThat(answers.complete()).isFalse();
    assertThat(answers.answers())
        .containsExactly(
            Map.entry("clinical-focus.1", new Answer("2", "Practice leads meet monthly")),
            Map.entry("clinical-focus.2", new Answer("dk", null)),
            Map.entry("leadership.1", new Answer(null, "Not discussed yet")));
  }

  @Test
  void answersForAnotherQuestionnaireAreOneErrorNotOnePerQuestion() {
    Reading<Answers> reading =
        Form.YAML.readEdited(
            "{id: small-test",
            "{id: other",
            "clinical-focus.2: {answer: dk}",
            "custom.1: {answer: \"7\"}");

    assertThat(reading.lines())
        .containsExactly(
            "small-answers.yaml:2:21: these answers are for questionnaire 'other', not 'small-test'; choose the right"
                + " one with -q");
  }

  @Test
  void yamlAndJsonGiveEqualAnswers() {
    assertThat(Form.JSON.read(Form.JSON.text()).valid())
        .isEqualTo(Form.YAML.read(Form.YAML.text()).valid());
  }

  @Test
  void aNoteOnItsOwnKeepsTheQuestionUnanswered() {
    Answer noteOnly = Form.YAML.read(Form.YAML.text()).valid().answer("leadership.1");

    assertThat(noteOnly.isAnswered()).isFalse();
    assertThat(noteOnly.isEmpty()).isFalse();
    assertThat(noteOnly.note()).isEqualTo("Not discussed yet");
  }

  static Stream<Arguments> keysAsPeopleTypeThem() {
    return Stream.of(
        Arguments.of("{answer: DK}", "dk"),
        Arguments.of("{answer: \" Na \"}", "na"),
        Arguments.of("DK", "dk"),
        Arguments.of("2", "2"),
        Arguments.of("{answer: 1}", "1"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("keysAsPeopleTypeThem")
  void keysMatchTheScaleWhateverTheirCaseAndAreKeptAsTheScaleWritesThem(
      String written, String key) {
    Answers answers = Form.YAML.readEdited("{answer: dk}", written).valid();

    assertThat(answers.answer("clinical-focus.2").key()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void anotherVersionIsAWarningAndTheAnswersStillLoad(Form form) {
    Reading<Answers> reading =
        form == Form.YAML
            ? form.readEdited("version: 1.0.0", "version: 0.9.0")
            : form.readEdited("\"version\": \"1.0.0\"", "\"version\": \"0.9.0\"");

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.lines())
        .containsExactly(
            form.file
                + (form == Form.YAML ? ":2:42" : ":3:52")
                + ": warning: these answers were given to version 0.9.0 of 'small-test'; scored against version 1.0.0");
    assertThat(reading.value()).map(a -> a.questionnaire().version()).contains("0.9.0");
  }

  @Test
  void answersToARetiredQuestionAreIgnoredWithAWarning() {
    Questionnaire withRetired =
        SmallQuestionnaire.read(
                SmallQuestionnaire.edited("resources:\n", "retired: [leadership.2]\nresources:\n"))
            .valid();
    String text =
        Edits.apply(
            Form.YAML.text(),
            "  leadership.1: {note",
            "  leadership.2: {answer: \"1\"}\n  leadership.1: {note");

    Reading<Answers> reading =
        Reading.of(
            "old.yaml", text, (root, problems) -> AnswersReader.read(root, withRetired, problems));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.lines())
        .containsExactly(
            "old.yaml:11:3: warning: 'leadership.2' is not asked in version 1.0.0 of 'small-test' (it was retired);"
                + " its answer is ignored");
    assertThat(reading.valid().answers())
        .containsOnlyKeys("clinical-focus.1", "clinical-focus.2", "leadership.1");
  }

  @Test
  void anOptionThisVersionLacksIsAWarningForAnotherVersionAndAnErrorForThisOne() {
    String[] edits = {"{answer: dk}", "{answer: \"7\"}"};
    Reading<Answers> sameVersion = Form.YAML.readEdited(edits);
    Reading<Answers> otherVersion =
        Form.YAML.readEdited(edits[0], edits[1], "version: 1.0.0", "version: 0.9.0");

    assertThat(sameVersion.lines())
        .containsExactly(
            "small-answers.yaml:10:30: '7' is not an answer to question 2 (clinical-focus.2); its scale 'agreement' has keys 1, 2, dk, na");
    assertThat(otherVersion.errors()).isEmpty();
    assertThat(otherVersion.lines())
        .contains(
            "small-answers.yaml:10:30: warning: '7' is not an answer to question 2 (clinical-focus.2); its scale 'agreement' has"
                + " keys 1, 2, dk, na in version 1.0.0; ignored");
    assertThat(otherVersion.valid().answer("clinical-focus.2").isAnswered()).isFalse();
  }

  @Test
  void answersAreKeptInQuestionnaireOrderWhateverTheFileOrder() {
    String reordered =
        String.join(
            "\n",
            "format: ccg-diag/answers@1",
            "questionnaire: {id: small-test, version: 1.0.0}",
            "organisation: '  NHS Example CCG  '",
            "answers:",
            "  leadership.1: \"1\"",
            "  clinical-focus.2: {}",
            "  clinical-focus.1: {answer: na}");

    Answers answers = Form.YAML.read(reordered).valid();

    assertThat(answers.answers().keySet())
        .as("an empty answer is no answer")
        .containsExactly("clinical-focus.1", "leadership.1");
    assertThat(answers.organisation()).isEqualTo("NHS Example CCG");
    assertThat(answers.respondent())
        .as("the default respondent")
        .isEqualTo(new Respondent(null, null, "self"));
    assertThat(answers.started()).isNull();
  }

  /**
   * Answer values of every shape: valid, invalid, empty, mis-shaped, long notes, block mappings.
   */
  private static final List<String> VALUES =
      List.of(
          "\"1\"",
          "\"2\"",
          "dk",
          "na",
          "DK",
          "\"7\"",
          "~",
          "",
          "{}",
          "{answer: \"1\"}",
          "{answer: \"9\"}",
          "{answer: \"2\", note: \"Practice leads meet\"}",
          "{note: \"only a note\"}",
          "{answer: ~}",
          "{answer: na, extra: x}",
          "[1, 2]",
          "{answer: [1]}",
          "{answer: \"1\", note: \"" + "x".repeat(TypedText.MAX_NOTE_LENGTH + 1) + "\"}",
          "\n    answer: dk\n    note: in a block",
          "\n    note: a block without an answer");

  @Test
  void answersReadInTheQuestionnairesOrderGiveWhatTheMapOfEntriesGives() {
    List<String> ids = List.of("clinical-focus.1", "clinical-focus.2", "leadership.1");
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 3_000; i++) {
      List<String> keys =
          new java.util.ArrayList<>(ids.stream().filter(id -> random.nextInt(5) > 0).toList());
      if (random.nextInt(8) == 0) {
        keys.add(
            random.nextInt(keys.size() + 1),
            random.nextBoolean() ? "leadership.9" : "clinical-focus.1x");
      }
      if (random.nextInt(8) == 0) {
        java.util.Collections.shuffle(keys, random);
      }
      StringBuilder file =
          new StringBuilder(
              "format: ccg-diag/answers@1\nquestionnaire: {id: small-test, version: 1.0.0}\n"
                  + "organisation: NHS Example CCG\nanswers:"
                  + (keys.isEmpty() ? " {}" : "")
                  + "\n");
      keys.forEach(
          key ->
              file.append("  ")
                  .append(key)
                  .append(": ")
                  .append(VALUES.get(random.nextInt(VALUES.size())))
                  .append('\n'));
      String text = file.toString().replace(": \n", ":\n");
      Reading<Answers> inOrder =
          Reading.of(
              "a.yaml", text, (root, problems) -> AnswersReader.read(root, SMALL, problems, true));
      Reading<Answers> byMap =
          Reading.of(
              "a.yaml", text, (root, problems) -> AnswersReader.read(root, SMALL, problems, false));
      assertThat(inOrder.value()).as(text).isEqualTo(byMap.value());
      assertThat(inOrder.lines()).as(text).isEqualTo(byMap.lines());
    }
  }

  @Test
  void timesAreReadAsInstantParseReadsThem() {
    java.util.Random random = new java.util.Random(11);
    String digits = "0123456789";
    for (int i = 0; i < 20_000; i++) {
      char[] time = "2026-11-25T10:02:11Z".toCharArray();
      // Any digit anywhere (months 00-99, the 31st of February, hour 29, second 60), sometimes a
      // stray character.
      for (int at : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (random.nextInt(3) == 0) {
          time[at] = digits.charAt(random.nextInt(10));
        }
      }
      if (random.nextInt(20) == 0) {
        time[random.nextInt(time.length)] = "x-:TZ9 ".charAt(random.nextInt(7));
      }
      String text = new String(time);
      Object expected;
      try {
        expected = Instant.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        expected = "invalid";
      }
      Object actual;
      try {
        actual = AnswersReader.parseInstant(text);
      } catch (java.time.format.DateTimeParseException e) {
        actual = "invalid";
      }
      assertThat(actual).as(text).isEqualTo(expected);
    }
  }

  @Test
  void everyProblemOfAnAnswersFileIsReportedAtOnce() {
    Reading<Answers> reading =
        Form.YAML.readEdited(
            "perspective: self", "perspective: Self",
            "started: 2026-11-25T10:02:11Z", "started: yesterday",
            "complete: false", "complete: maybe",
            "{answer: dk}", "{answer: \"7\"}",
            "  leadership.1: {note", "  leadership.9: {note");

    assertThat(reading.lines())
        .extracting(line -> line.substring(0, line.indexOf(": ")))
        .containsExactly(
            "small-answers.yaml:4:66",
            "small-answers.yaml:5:10",
            "small-answers.yaml:7:11",
            "small-answers.yaml:10:30",
            "small-answers.yaml:11:3");
  }
}
