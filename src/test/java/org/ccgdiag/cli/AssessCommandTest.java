package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.answers.TypedText;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.session.AnswersFile;
import org.ccgdiag.session.WorkshopQuestionnaire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assess command with standard input piped (the scripted use), in-process, on the five-question
 * workshop questionnaire: every input of the brief's table, starting, resuming, refusing, locking
 * and the end of the session.
 */
class AssessCommandTest {
  static final Questionnaire WORKSHOP = WorkshopQuestionnaire.load();
  static final String FILE = "nhs-example-ccg-2026-11-25.yaml";
  static final String[] WHO = {
    "-q", "workshop.yaml", "--organisation", "NHS Example CCG", "--respondent", "Dr A Smith"
  };
  static final Instant LATER = Instant.parse("2026-11-25T10:41:57Z");

  @TempDir Path dir;

  @BeforeEach
  void copyQuestionnaire() throws IOException {
    AssessRun.copyWorkshop(dir);
  }

  private AssessRun assess(String input, String... args) {
    return assess(AssessRun.START, input, args);
  }

  private AssessRun assess(Instant now, String input, String... args) {
    return AssessRun.piped(dir, now, input, args);
  }

  private static String[] with(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  private Answers answers(String file) {
    Problems problems = new Problems(file);
    return AnswersReader.read(dir.resolve(file), WORKSHOP, problems)
        .orElseThrow(() -> new AssertionError(file + " does not load: " + problems.sorted()));
  }

  // ---- a whole session ----

  @Test
  void aScriptedSessionShowsEveryStepAndEndsWithTheSummary() throws Exception {
    AssessRun run =
        assess(
                "4\n?\nn\nMonthly meetings\nzz\ns\ndk\nb\nb\n3\n5\n2\n",
                with(WHO, "--report", "r.md"))
            .exits(0);

    String expected =
        new String(
            WorkshopQuestionnaire.class.getResourceAsStream("scripted-session.txt").readAllBytes(),
            StandardCharsets.UTF_8);
    run.assertOut().isEqualTo(expected);
    run.assertErr().isEmpty();
    assertThat(Files.readString(dir.resolve(FILE)))
        .isEqualTo(
            """
            format: ccg-diag/answers@1
            questionnaire:
              id: workshop-test
              version: 1.0.0
            organisation: NHS Example CCG
            respondent:
              name: Dr A Smith
              perspective: self
            started: '2026-11-25T10:02:11Z'
            updated: '2026-11-25T10:02:11Z'
            complete: true
            answers:
              clinical.1:
                answer: '4'
              clinical.2:
                answer: '3'
                note: Monthly meetings
              clinical.3:
                answer: dk
              plans.1:
                answer: '5'
              plans.2:
                answer: '2'
            """);
    assertThat(Files.readString(dir.resolve("r.md"))).startsWith("# NHS Example CCG");
  }

  @Test
  void theEndListsTheQuestionsStillUnansweredAndHowToAnswerThem() {
    AssessRun run = assess("s\n4\ns\n4\n4\n", WHO).exits(0);

    run.assertOut()
        .contains("End of the questionnaire: 3 of 5 statements answered.")
        .contains(
            """
            Summary (scores out of 100)
              1 Clinical focus  not enough evidence (33.3% of answers)
              2 Credible plans  ███████████████░░░░░  75.0  Ready
                Overall         ███████████████░░░░░  75.0  Ready

            Top development needs
              1. Domain 1: Clinical focus: not enough evidence yet
            """)
        .endsWith(
            """
            Still unanswered (2): clinical.1, clinical.3
            To answer them:
              ccg-diag assess -q workshop.yaml -a nhs-example-ccg-2026-11-25.yaml
            The full report:
              ccg-diag score -q workshop.yaml nhs-example-ccg-2026-11-25.yaml \\
                --format html > nhs-example-ccg-2026-11-25.html
            """);
    assertThat(answers(FILE).complete()).isFalse();
  }

  /**
   * The format from the file's extension; a PDF is binary, written as it is (PdfReportsTest reads
   * what is in it).
   */
  @Test
  void theReportCanBeAPdf() throws Exception {
    assess("4\n4\n4\n4\n4\n", with(WHO, "--report", "board/r.pdf")).exits(0);

    byte[] pdf = Files.readAllBytes(dir.resolve("board/r.pdf"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("NHS Example CCG", "Overall 75.0 of 100");
    }
  }

  @Test
  void theReportCanBeJson() throws Exception {
    assess("4\n4\n4\n4\n4\n", with(WHO, "--report", "out/r.json", "--format", "json")).exits(0);

    assertThat(Files.readString(dir.resolve("out/r.json")))
        .startsWith("{")
        .contains("\"organisation\"");
  }

  @Test
  void anUnknownReportFormatIsAUsageError() {
    assess("", with(WHO, "--format", "docx"))
        .exits(2)
        .assertErr()
        .contains("'docx' is not a report format; use md, json, html, xlsx or pdf");
  }

  @Test
  void aStakeholderIsAskedOnlyWhatStakeholdersCanSeeAndSeesTheirOwnScoresInTheSummary() {
    // The workshop questionnaire words clinical.1 alone for stakeholders: one statement, then the
    // end.
    assess("4\n", with(WHO, "--perspective", "member-practice"))
        .exits(0)
        .assertOut()
        .contains("All 1 statement answered.")
        .contains("  1 Clinical focus  not enough evidence (33.3% of answers)\n");
  }

  @Test
  void theScriptedExampleOfTheDocs() throws Exception {
    AssessRun.piped(
            dir,
            AssessRun.START,
            "4\n3\nn\nMonthly practice meetings\n2\ndk\n",
            "--organisation",
            "NHS Example CCG",
            "--respondent",
            "Dr A Smith",
            "-a",
            "answers.yaml",
            "--report",
            "report.md")
        .exits(0)
        .assertOut()
        .endsWith(
            """
            Saved 4 of 108 answers in answers.yaml.
            To resume: ccg-diag assess -a answers.yaml --report report.md
            Report written to report.md
            """);

    assertThat(Files.readString(dir.resolve("answers.yaml")))
        .endsWith(
            """
            complete: false
            answers:
              clinical-focus.13:
                answer: '4'
              clinical-focus.2:
                answer: '3'
              clinical-focus.3:
                answer: '2'
                note: Monthly practice meetings
              clinical-focus.4:
                answer: dk
            """);
    assertThat(Files.readString(dir.resolve("report.md"))).startsWith("# NHS Example CCG");
  }

  // ---- starting ----

  @Test
  void withOrganisationAndRespondentNothingIsAskedAndTheFileIsNamedAndWrittenAtOnce() {
    AssessRun run = assess("", WHO).exits(0);

    run.assertOut()
        .startsWith(
            """
            Workshop test diagnostic (workshop-test 1.0.0)
            NHS Example CCG · Dr A Smith · perspective self
            Answers are saved after every answer in nhs-example-ccg-2026-11-25.yaml
            To resume later:
              ccg-diag assess -q workshop.yaml -a nhs-example-ccg-2026-11-25.yaml
            """)
        .doesNotContain("Organisation:");
    assertThat(answers(FILE).answers()).isEmpty();
  }

  @Test
  void withoutThemItAsksOrganisationNameRoleAndPerspectiveAndAnEmptyNameIsAnAnonymousSet() {
    AssessRun run = assess("NHS Example CCG\n\n\n\nq\n", "-q", "workshop.yaml").exits(0);

    run.assertOut()
        .startsWith(
            """
            New assessment: Workshop test diagnostic.
            Press Enter to accept the default shown in [brackets].
            Organisation: NHS Example CCG
            Your name (Enter to answer anonymously):\s
            Role [none]:\s
            Perspective: self, or a stakeholder group such as member-practice [self]:\s
            Workshop test diagnostic (workshop-test 1.0.0)
            NHS Example CCG · unnamed respondent · perspective self
            """);
    // No name: never merged with another person's set (brief section 1), unlike a shared default.
    assertThat(answers(FILE).respondent()).isEqualTo(new Respondent(null, null, "self"));
  }

  @Test
  void onlyAnAgreedSessionTakesTheTeamAsItsRespondentByDefault() {
    AssessRun run =
        assess("NHS Example CCG\n\n\n\nq\n", "-q", "workshop.yaml", "--consensus", "6").exits(0);

    run.assertOut().contains("Respondent [Leadership team]: \n");
    assertThat(answers(FILE).respondent())
        .isEqualTo(new Respondent("Leadership team", null, "self", 6));
  }

  @Test
  void theQuestionsBeforeTheSessionInsistOnAnOrganisationAndAValidPerspective() {
    AssessRun run =
        assess(
                "\n  \nNHS Example CCG\nDr A Smith\nClinical lead\nMember Practice\nmember-practice\nq\n",
                "-q",
                "workshop.yaml")
            .exits(0);

    run.assertOut()
        .contains(
            """
            Organisation:\s
            The organisation's name is needed: it names the answers file and the report.
            Organisation:  \s
            The organisation's name is needed: it names the answers file and the report.
            Organisation: NHS Example CCG
            """)
        .contains(
            """
            [self]: Member Practice
            Type self, or a group id such as member-practice (a-z, 0-9 and hyphens).
            """);
    assertThat(answers(FILE).respondent())
        .isEqualTo(new Respondent("Dr A Smith", "Clinical lead", "member-practice"));
  }

  @Test
  void leavingBeforeTheSessionStartsSavesNothing() throws Exception {
    assess("NHS Example CCG\n", "-q", "workshop.yaml")
        .exits(1)
        .assertErr()
        .isEqualTo("ccg-diag assess: left before the session started; nothing was saved\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("workshop.yaml");
    }
  }

  @Test
  void aNewSessionNeverResumesAnEarlierOneOfTheSameDayButTakesTheNextName() {
    assess("4\n", WHO).exits(0);
    assess("5\n", WHO)
        .exits(0)
        .assertOut()
        .contains("Answers are saved after every answer in nhs-example-ccg-2026-11-25-2.yaml");

    assertThat(answers(FILE).answer("clinical.1").key()).isEqualTo("4");
    assertThat(answers("nhs-example-ccg-2026-11-25-2.yaml").answer("clinical.1").key())
        .isEqualTo("5");
  }

  @Test
  void anInvalidPerspectiveOptionIsAUsageError() {
    assess("", with(WHO, "--perspective", "Member Practice"))
        .exits(2)
        .assertErr()
        .startsWith("ccg-diag assess: --perspective 'Member Practice' is not valid");
  }

  @Test
  void roleAndPerspectiveOptionsGoIntoTheFile() {
    assess("", with(WHO, "--role", "Clinical lead", "--perspective", "member-practice")).exits(0);

    assertThat(answers(FILE).respondent())
        .isEqualTo(new Respondent("Dr A Smith", "Clinical lead", "member-practice"));
  }

  // ---- rounds, consensus and the resume hint ----

  @Test
  void aRoundIsWrittenInTheFileNamesItAndIsRepeatedInTheResumeHint() {
    AssessRun run = assess("4\nq\n", with(WHO, "--round", "2012-01")).exits(0);

    String file = "nhs-example-ccg--2012-01.yaml";
    run.assertOut()
        .startsWith(
            "Workshop test diagnostic (workshop-test 1.0.0)\nNHS Example CCG · round 2012-01 · Dr A Smith")
        .endsWith(
            "To resume:\n  ccg-diag assess -q workshop.yaml -a "
                + file
                + " \\\n    --round 2012-01\n");
    assertThat(answers(file).round()).isEqualTo("2012-01");
    assess("5\nq\n", "-q", "workshop.yaml", "-a", file, "--round", "2012-01").exits(0);
    assertThat(answers(file).answer("clinical.2").key()).isEqualTo("5");
  }

  @Test
  void resumingWithAnotherRoundIsAUsageErrorNamingBoth() throws Exception {
    assess("4\nq\n", with(WHO, "--round", "2012-01")).exits(0);
    String before = Files.readString(dir.resolve("nhs-example-ccg--2012-01.yaml"));

    assess(
            "5\n",
            "-q",
            "workshop.yaml",
            "-a",
            "nhs-example-ccg--2012-01.yaml",
            "--round",
            "2012-07")
        .exits(2)
        .assertErr()
        .isEqualTo(
            "ccg-diag assess: --round 2012-07 does not match nhs-example-ccg--2012-01.yaml, which is for round 2012-01:"
                + " resume it without --round, or start a new file for round 2012-07\n"
                + "Run 'ccg-diag assess --help' for usage.\n");
    assess("5\n", WHO).exits(0);
    assess("5\n", "-q", "workshop.yaml", "-a", FILE, "--round", "2012-07")
        .exits(2)
        .assertErr()
        .contains("which is for no round");
    assertThat(Files.readString(dir.resolve("nhs-example-ccg--2012-01.yaml"))).isEqualTo(before);
  }

  @Test
  void aConsensusIsRecordedAndShownAsTheTeamsAgreedAnswers() throws Exception {
    AssessRun run =
        assess(
                "4\nq\n",
                "-q",
                "workshop.yaml",
                "--organisation",
                "NHS Example CCG",
                "--respondent",
                "Leadership team",
                "--consensus",
                "8")
            .exits(0);

    run.assertOut().contains("NHS Example CCG · agreed by 8\n");
    assertThat(answers(FILE).respondent())
        .isEqualTo(new Respondent("Leadership team", null, "self", 8));
    assertThat(Files.readString(dir.resolve(FILE))).contains("  consensus: 8\n");
  }

  @Test
  void aConsensusIsAWholeNumberOfPeopleFromTwoToAThousand() {
    assess("", with(WHO, "--consensus", "1"))
        .exits(2)
        .assertErr()
        .startsWith("ccg-diag assess: --consensus 1 is not a consensus:");
    assess("", with(WHO, "--consensus", "1001"))
        .exits(2)
        .assertErr()
        .isEqualTo(
            "ccg-diag assess: --consensus 1001 is not a number of people from 2 to 1000\nRun 'ccg-diag assess --help' for usage.\n");
    assess("", with(WHO, "--consensus", "0")).exits(2);
    assess("", with(WHO, "--consensus", "eight")).exits(2).assertErr().contains("--consensus");
  }

  @Test
  void theResumeHintRepeatsEveryOptionAsTheUserInvokedTheProgram() {
    AssessRun.piped(
            dir,
            AssessRun.START,
            Map.of(ShellCommands.PROGRAM_VARIABLE, "./ccg-diag"),
            "4\nq\n",
            with(WHO, "--round", "2012-01", "--report", "out/our report.html", "--format", "html"))
        .exits(0)
        .assertOut()
        .contains(
            """
            To resume:
              ./ccg-diag assess -q workshop.yaml -a nhs-example-ccg--2012-01.yaml \\
                --round 2012-01 --report 'out/our report.html' --format html
            Report written to out/our report.html
            """);
  }

  // ---- what comes from files and keyboards is made safe ----

  @Test
  void controlCharactersFromFilesAndTypedInputNeverReachTheScreenRaw() {
    AssessRun run =
        assess(
                "\u001b[2J\nq\n",
                "-q",
                "workshop.yaml",
                "--organisation",
                "NHS \u001b]0;x\u0007Example",
                "--respondent",
                "Dr \u009bA")
            .exits(0);

    run.assertOut()
        // Names keep no control characters at all (answers.TypedText), so none is left to show.
        .contains("NHS ]0;xExample · Dr A · perspective self")
        .contains("'\\x1b[2J' is not an answer here")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\u009b");
  }

  @Test
  void aNoteKeepsTextTabsAndLineBreaksAndDropsOtherControlCharactersSoTheFileLoadsBack() {
    assess("n\nFirst\u000bsecond\u001b[31m red\u0007\u007f\u009b\uFFFE\tend\nq\n", WHO).exits(0);

    assertThat(answers(FILE).answer("clinical.1").note()).isEqualTo("First\nsecond[31m red\tend");
  }

  @Test
  void aNoteLongerThanANoteKeepsIsRefusedAsTypedAndNotSaved() {
    String tooLong = "x".repeat(TypedText.MAX_NOTE_LENGTH + 1);
    String longest = "y".repeat(TypedText.MAX_NOTE_LENGTH);

    AssessRun run = assess("n\nkept\nn\n" + tooLong + "\nn\n" + longest + "\nq\n", WHO).exits(0);

    run.assertOut()
        .contains(
            "The note is 5001 characters long and was not saved; a note keeps at most 5000:\ntype n and a shorter one.\n");
    assertThat(answers(FILE).answer("clinical.1").note()).isEqualTo(longest);
  }

  @Test
  void namesLongerThanANameKeepsAreRefusedAtTheInterviewAndAsOptions() {
    String tooLong = "N".repeat(TypedText.MAX_LINE_LENGTH + 1);

    assess("q\n", "-q", "workshop.yaml", "--organisation", tooLong, "--respondent", "A")
        .exits(2)
        .assertErr()
        .isEqualTo(
            "ccg-diag assess: --organisation is 201 characters long; a name keeps at most 200\nRun 'ccg-diag assess --help' for usage.\n");

    AssessRun run =
        assess(
                tooLong + "\nNHS Example CCG\n" + tooLong + "\nDr A Smith\n\n\nq\n",
                "-q",
                "workshop.yaml")
            .exits(0);
    assertThat(run.out().split("That is 201 characters long; a name keeps at most 200", -1))
        .hasSize(3);
    assertThat(answers(FILE).organisation()).isEqualTo("NHS Example CCG");
    assertThat(answers(FILE).respondent().name()).isEqualTo("Dr A Smith");
  }

  // ---- the inputs ----

  @Test
  void endOfInputSavesAndQuitsResumably() {
    AssessRun run = assess("4\n3\n", WHO).exits(0);

    run.assertOut()
        .endsWith(
            """
            >\s
            Saved 2 of 5 answers in nhs-example-ccg-2026-11-25.yaml.
            To resume: ccg-diag assess -q workshop.yaml -a nhs-example-ccg-2026-11-25.yaml
            """);
    assertThat(answers(FILE).answers()).containsOnlyKeys("clinical.1", "clinical.2");
  }

  @Test
  void qSavesAndQuitsAndTheRestOfTheInputIsLeft() {
    assess("4\nq\n5\n", WHO).exits(0).assertOut().contains("Saved 1 of 5 answers");

    assertThat(answers(FILE).answers()).containsOnlyKeys("clinical.1");
  }

  @Test
  void anEmptyNoteRemovesTheNote() {
    assess("n\nfirst thoughts\nn\n\nq\n", WHO)
        .exits(0)
        .assertOut()
        .contains("Note: first thoughts\nNote saved.")
        .contains("Note so far: first thoughts\n")
        .contains("Note: \nNote removed.");

    assertThat(answers(FILE).answers()).isEmpty();
  }

  @Test
  void keysAreCaseInsensitiveWithSurroundingSpacesAndCommandsToo() {
    assess("  DK \nNa\nS\nB\n Q\n", WHO).exits(0);

    assertThat(answers(FILE).answers())
        .containsExactly(
            Map.entry("clinical.1", new Answer("dk", null)),
            Map.entry("clinical.2", new Answer("na", null)));
  }

  // ---- resuming ----

  @Test
  void resumingStartsAtTheFirstUnansweredQuestionWithTheFilesOrganisationAndRespondent() {
    assess("4\ns\n3\nq\n", WHO).exits(0);

    AssessRun run = assess(LATER, "5\n", "-q", "workshop.yaml", "-a", FILE).exits(0);

    run.assertOut()
        .startsWith(
            """
            Workshop test diagnostic (workshop-test 1.0.0)
            NHS Example CCG · Dr A Smith · perspective self
            Answers are saved after every answer in nhs-example-ccg-2026-11-25.yaml
            To resume later:
              ccg-diag assess -q workshop.yaml -a nhs-example-ccg-2026-11-25.yaml
            2 of 5 statements answered so far.
            ━━━""")
        .contains(
            "Domain 1/2 · Statement 2/5 · 2 answered\nClinical focus\n\nClinicians lead what the group does.")
        .doesNotContain("Organisation:");
    Answers answers = answers(FILE);
    assertThat(answers.answer("clinical.2").key()).isEqualTo("5");
    assertThat(answers.started()).isEqualTo(AssessRun.START);
    assertThat(answers.updated()).isEqualTo(LATER);
  }

  @Test
  void resumingACompleteFileOpensTheReviewOfItsFirstDomainAndEndsWithTheSummary() {
    assess("1\n2\n3\n4\n5\n", WHO).exits(0);

    AssessRun run = assess("", "-q", "workshop.yaml", "-a", FILE).exits(0);

    run.assertOut()
        .contains(
            """
            Review of domain 1/2: 3 of 3 statements answered
            Clinical focus
              1  1    Clinicians shape our decisions.
              2  2    Practices are engaged.
              3  3    We listen to patients.
            A number goes to that statement · d N another domain · Enter carry on · q quit
            >\s
            """)
        .contains("All 5 statements answered.")
        .doesNotContain("Domain 1/2 ·");
  }

  @Test
  void aTeamRevisitsAFinishedFileFromTheReviewAndComesBackToIt() {
    assess("1\n2\n3\n4\n5\n", WHO).exits(0);

    AssessRun run = assess(LATER, "d2\n5\ndk\n\n", "-q", "workshop.yaml", "-a", FILE).exits(0);

    run.assertOut()
        .contains("Review of domain 2/2: 2 of 2 statements answered")
        .contains("Domain 2/2 · Statement 5/5 · 5 answered\nCredible plans\n")
        .contains("  Answer: 5 Strongly agree")
        .contains(
            "Saved statement 5: dk Don't know.\nReview of domain 2/2: 2 of 2 statements answered")
        .contains("  5  dk   Our finances balance.")
        .contains("All 5 statements answered.");
    assertThat(answers(FILE).answer("plans.2").key()).isEqualTo("dk");
  }

  @Test
  void gGoesToAQuestionByNumberOrToTheStartOfADomainAndRShowsTheDomainsAnswers() {
    AssessRun run = assess("g 4\n4\ng d1\nr\n3\n\nq\n", WHO).exits(0);

    run.assertOut()
        .contains("> g 4\n━━━")
        // Straight to statement 4, not to its domain's introduction.
        .contains(
            "Domain 2/2 · Statement 4/5 · 0 answered\nCredible plans\n\n  Our plan is credible.")
        .contains("> g d1\n━━━")
        .contains(
            """
            > r
            Review of domain 1/2: 0 of 3 statements answered
            Clinical focus
            > 1  –    Clinicians shape our decisions.
              2  –    Practices are engaged.
              3  –    We listen to patients.
            """)
        .contains("> 3\n━━━")
        .contains("Domain 1/2 · Statement 3/5 · 1 answered");
    assertThat(answers(FILE).answers()).containsOnlyKeys("plans.1");
  }

  @Test
  void aGoToOutsideTheQuestionnaireGetsAHint() {
    assess("g 6\ng d3\nq\n", WHO)
        .exits(0)
        .assertOut()
        .contains(
            "> g 6\nType g and a statement's number (1-5), or g d and a domain's (1-2).\n> g d3\nType g");
  }

  @Test
  void anAnswersFileForAnotherQuestionnaireIsRefusedAndLeftUntouched() throws Exception {
    String text =
        """
        format: ccg-diag/answers@1
        questionnaire: {id: ccg-authorisation, version: 1.0.0}
        organisation: NHS Example CCG
        answers: {}
        """;
    Files.writeString(dir.resolve("other.yaml"), text);

    AssessRun run = assess("4\n", "-q", "workshop.yaml", "-a", "other.yaml").exits(1);

    run.assertErr()
        .isEqualTo(
            """
            other.yaml:2:21: these answers are for questionnaire 'ccg-authorisation', not 'workshop-test'; choose the right one with -q
            other.yaml: cannot resume these answers (see above); the file was left unchanged
            """);
    assertThat(Files.readString(dir.resolve("other.yaml"))).isEqualTo(text);
    // A refusal leaves nothing behind: no lock file beside the answers.
    assertThat(dir.resolve(".other.yaml.lock")).doesNotExist();
  }

  @Test
  void anAnswersFileThatDoesNotLoadIsRefusedAndLeftUntouched() throws Exception {
    Files.writeString(dir.resolve("broken.yaml"), "format: [\n");

    AssessRun run = assess("4\n", "-q", "workshop.yaml", "-a", "broken.yaml").exits(1);

    run.assertErr()
        .startsWith("broken.yaml:2:1: ")
        .endsWith(
            "broken.yaml: cannot resume these answers (see above); the file was left unchanged\n");
    assertThat(Files.readString(dir.resolve("broken.yaml"))).isEqualTo("format: [\n");
  }

  @Test
  void anAnswersFileOfAnotherVersionResumesWithAWarning() throws Exception {
    assess("4\n", WHO).exits(0);
    Files.writeString(
        dir.resolve(FILE),
        Files.readString(dir.resolve(FILE)).replace("version: 1.0.0", "version: 0.9.0"));

    AssessRun run = assess("5\n", "-q", "workshop.yaml", "-a", FILE).exits(0);

    run.assertErr()
        .contains(
            FILE + ":4:12: warning: these answers were given to version 0.9.0 of 'workshop-test'");
    assertThat(answers(FILE).answer("clinical.2").key()).isEqualTo("5");
  }

  @Test
  void anAnswersFileThatCannotBeCreatedIsRefusedWithTheReason() throws Exception {
    Files.writeString(dir.resolve("notes"), "not a directory");

    assess("4\n", with(WHO, "-a", "notes/a.yaml"))
        .exits(1)
        .assertErr()
        .isEqualTo(
            "notes/a.yaml: cannot lock the answers file: file already exists ("
                + dir.resolve("notes")
                + ")\n");
  }

  // ---- one session per file ----

  @Test
  void aSecondSessionOnTheSameFileIsRefused() throws Exception {
    assess("4\n", WHO).exits(0);
    String before = Files.readString(dir.resolve(FILE));

    try (AnswersFile first = AnswersFile.lock(dir.resolve(FILE)).orElseThrow()) {
      assess("5\n", "-q", "workshop.yaml", "-a", FILE)
          .exits(1)
          .assertErr()
          .isEqualTo(
              FILE
                  + ": another assess session (process "
                  + ProcessHandle.current().pid()
                  + ") is using this answers file; quit that session first (q), then resume\n");
    }
    assertThat(Files.readString(dir.resolve(FILE))).isEqualTo(before);
    assess("5\n", "-q", "workshop.yaml", "-a", FILE).exits(0);
  }

  // ---- the bundled questionnaire ----

  @Test
  void aWholeSessionOnTheBundledQuestionnaire() throws Exception {
    Questionnaire bundled =
        BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
    String input = "4\n".repeat(bundled.questions().size());

    AssessRun run =
        assess(input, "--organisation", "NHS Example CCG", "--respondent", "Dr A Smith").exits(0);

    // "Agree" scores 75, 25 on the three reverse-worded statements: leadership (22 statements, one
    // reversed) is (21 * 75 + 25) / 22 = 72.727; the overall score is the mean of the domains'
    // 71.667,
    // 75, 72.917 (plans: weight 2 on plans.1, one reversed of 23), 75, 75 and 72.727 = 73.7.
    run.assertOut()
        .contains("Domain 1/6 · Statement 1/108 · 0 answered")
        .contains("Domain 6/6 · Statement 108/108 · 107 answered")
        .contains("All 108 statements answered.")
        .contains("  6 Great leaders            ███████████████░░░░░  72.7  Maturing\n")
        .contains("    Overall                  ███████████████░░░░░  73.7  Maturing\n");
    assertThat(Files.readString(dir.resolve(FILE))).contains("complete: true");
  }
}
