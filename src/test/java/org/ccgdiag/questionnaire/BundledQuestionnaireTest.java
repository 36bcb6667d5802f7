package org.ccgdiag.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.AnswersReader;
import org.ccgdiag.load.Reading;
import org.ccgdiag.problem.Problem;
import org.ccgdiag.report.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled questionnaire ccg-authorisation against the issue's requirements: the six
 * authorisation domains, the knowledge / skills / mindsets framework (Towards authorisation,
 * section 5), the question counts, the scales, the levels and the development resources; and, for
 * the second edition (issue 7), sources that name a seed document and section, evidence and
 * stakeholder wording on every statement, no "not applicable" on statutory duties, valid mirror
 * pairs, and retired ids that let first-edition answer files load with warnings only; for the third
 * edition (issue 22), stakeholder wording only where partners can see, no conditional statement,
 * levels that name stages of development only, resource titles the documents use, second-edition
 * answer files that load, the new statements for the themes the second edition missed, every
 * quotation verbatim with its document named in the source, and the "weakest" rule on the bundled
 * questionnaire.
 */
class BundledQuestionnaireTest {
  private static final Questionnaire Q =
      BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
  private static final Path REPOSITORY_FILE =
      Path.of("questionnaires", BundledQuestionnaires.DEFAULT_ID + ".yaml");

  /** The first edition, as released (git show 3e64dc5:questionnaires/ccg-authorisation.yaml). */
  private static final Path FIRST_EDITION_FILE =
      Path.of("src/test/resources/questionnaires/ccg-authorisation-1.0.0.yaml");

  private static final Path FIRST_EDITION_ANSWERS =
      Path.of("src/test/resources/answers/first-edition-complete.yaml");

  /** The second edition, as released (git show 7b4a077:questionnaires/ccg-authorisation.yaml). */
  private static final Path SECOND_EDITION_FILE =
      Path.of("src/test/resources/questionnaires/ccg-authorisation-2.0.0.yaml");

  private static final Path SECOND_EDITION_ANSWERS =
      Path.of("src/test/resources/answers/second-edition-complete.yaml");

  /**
   * A source: one of the seed documents by its title words (optionally dated), then the section the
   * words come from, as the document divides itself (numbered section, domain and sub-theme,
   * Foreword, a dated entry of a technical appendix).
   */
  private static final Pattern SOURCE =
      Pattern.compile(
          "(?<document>Towards authorisation \\(Sept 2011\\)"
              + "|Towards authorisation, technical appendix 4 \\(supporting documentation\\)"
              + "|Technical appendix 2: supporting material for CCGs \\(Feb 2012\\)"
              + "|Potential development beyond authorisation"
              + "|Useful information about CCGs)"
              + ", (?<section>(section \\d|domain \\d|autumn 2011|september 2011|august 2011|organisation design).*)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Statutory duties that apply to every CCG: a statement about them can never be "not applicable".
   */
  private static final Pattern STATUTORY =
      Pattern.compile(
          "constitution|financial control|probity|safeguarding|conflicts of interest|equality duty"
              + "|information governance|internal controls|accountable officer|chief finance officer"
              + "|appoint .*governing body",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(we|our|us|ours|ourselves)\\b", Pattern.CASE_INSENSITIVE);

  private static final List<List<String>> DOMAINS =
      List.of(
          List.of(
              "clinical-focus",
              "A strong clinical and multi-professional focus which brings real added value"),
          List.of(
              "engagement", "Meaningful engagement with patients, carers and their communities"),
          List.of(
              "plans",
              "Clear and credible plans which continue to deliver the QIPP (quality, innovation, productivity and"
                  + " prevention) challenge within financial resources, in line with national requirements (including"
                  + " excellent outcomes) and local joint health and wellbeing strategies"),
          List.of(
              "governance",
              "Proper constitutional and governance arrangements, with the capacity and capability to deliver all"
                  + " their duties and responsibilities including financial control, as well as effectively commission"
                  + " all the services for which they are responsible"),
          List.of(
              "collaboration",
              "Collaborative arrangements for commissioning with other CCGs, local authorities and the NHS"
                  + " Commissioning Board as well as the appropriate external commissioning support"),
          List.of(
              "leadership",
              "Great leaders who individually and collectively can make a real difference"));

  /** The columns of the table in 001, section 5, as written there. */
  private static final Map<Dimension, List<String>> FRAMEWORK =
      Map.of(
          Dimension.KNOWLEDGE,
          List.of(
              "Governance",
              "Finance",
              "Understanding of local need",
              "Range of care types",
              "Contracts and commercial processes",
              "Information management"),
          Dimension.SKILLS,
          List.of(
              "Selling strategy",
              "How to lead change",
              "Communication skills",
              "Continuous quality improvement",
              "Negotiating skills",
              "Performance management",
              "Relationship management",
              "Planning skills",
              "Tackling health inequalities and advancing equality"),
          Dimension.MINDSETS,
          List.of(
              "Transformational not transactional",
              "Quality at the heart of everything",
              "Design around the patient",
              "Accountability to the local population",
              "Working across boundaries",
              "Working in partnership",
              "Commitment to equality",
              "Clinical engagement",
              "Financial responsibility"));

  @Test
  void theRepositoryFileIsValidAndIsWhatTheJarShips() throws IOException {
    String text = Files.readString(REPOSITORY_FILE, StandardCharsets.UTF_8);
    Reading<Questionnaire> reading =
        Reading.of(REPOSITORY_FILE.toString(), text, QuestionnaireReader::read);

    assertThat(reading.lines()).isEmpty();
    assertThat(reading.value()).contains(Q);
    assertThat(BundledQuestionnaires.text(BundledQuestionnaires.DEFAULT_ID)).contains(text);
  }

  @Test
  void itIsTheDefaultAndListedBundledQuestionnaire() {
    assertThat(BundledQuestionnaires.ids()).contains(BundledQuestionnaires.DEFAULT_ID);
    assertThat(Q.id()).isEqualTo("ccg-authorisation");
    assertThat(Q.version()).isNotBlank();
    assertThat(Q.title()).isNotBlank();
    assertThat(Q.description()).isNotBlank();
    assertThat(BundledQuestionnaires.load("no-such-questionnaire")).isEmpty();
    assertThat(BundledQuestionnaires.text("no-such-questionnaire")).isEmpty();
  }

  @Test
  void theSixAuthorisationDomainsInTheDocumentsOrder() {
    assertThat(Q.domains())
        .extracting(domain -> List.of(domain.id(), domain.title()))
        .containsExactlyElementsOf(DOMAINS);
    assertThat(Q.domains())
        .allSatisfy(
            domain -> {
              assertThat(domain.description())
                  .as("description of %s", domain.id())
                  .hasSizeGreaterThan(100);
              assertThat(domain.beyond())
                  .as("beyond-authorisation text of %s", domain.id())
                  .hasSizeGreaterThan(100);
            });
  }

  @ParameterizedTest
  @MethodSource("dimensions")
  void theFrameworkAreasWithTheirTitlesAsWritten(Dimension dimension) {
    assertThat(Q.areas())
        .filteredOn(area -> dimension.equals(area.dimension()))
        .extracting(Area::title)
        .containsExactlyElementsOf(FRAMEWORK.get(dimension));
  }

  static List<Dimension> dimensions() {
    return Dimension.DEFAULTS;
  }

  @Test
  void twentyFourAreas() {
    assertThat(Q.areas()).hasSize(24);
    assertThat(Q.areas())
        .extracting(Area::dimension)
        .filteredOn(Dimension.KNOWLEDGE::equals)
        .hasSize(6);
    assertThat(Q.areas())
        .extracting(Area::dimension)
        .filteredOn(Dimension.SKILLS::equals)
        .hasSize(9);
    assertThat(Q.areas())
        .extracting(Area::dimension)
        .filteredOn(Dimension.MINDSETS::equals)
        .hasSize(9);
  }

  @Test
  void between36And120QuestionsAtLeastFivePerDomainAndTwoPerArea() {
    assertThat(Q.questions()).hasSizeBetween(36, 120);
    Map<String, Long> perDomain = count(Q.questions().stream().map(Question::domain));
    Map<String, Long> perArea =
        count(Q.questions().stream().flatMap(question -> question.areas().stream()));

    assertThat(Q.domains())
        .allSatisfy(
            d ->
                assertThat(perDomain.getOrDefault(d.id(), 0L))
                    .as(d.id())
                    .isGreaterThanOrEqualTo(5));
    assertThat(Q.areas())
        .allSatisfy(
            a -> assertThat(perArea.getOrDefault(a.id(), 0L)).as(a.id()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void everyQuestionHasGuidanceAndASource() {
    assertThat(Q.questions())
        .allSatisfy(
            question -> {
              assertThat(question.text()).as("text of %s", question.id()).isNotBlank();
              assertThat(question.guidance()).as("guidance of %s", question.id()).isNotBlank();
              assertThat(question.source()).as("source of %s", question.id()).isNotBlank();
            });
  }

  @Test
  void questionsAreAskedDomainByDomainInTheDomainsOrder() {
    List<String> domainsAsAsked = Q.questions().stream().map(Question::domain).distinct().toList();

    assertThat(domainsAsAsked)
        .containsExactlyElementsOf(Q.domains().stream().map(Domain::id).toList());
    assertThat(Q.questions())
        .allSatisfy(question -> assertThat(question.id()).startsWith(question.domain() + "."));
  }

  @Test
  void aFivePointScalePlusDontKnowAndNotApplicableAndTheSameWithoutNotApplicable() {
    assertThat(Q.questions())
        .extracting(Question::scale)
        .containsOnly("agreement", "agreement-no-na");
    Scale agreement = scale("agreement");
    Scale noNa = scale("agreement-no-na");

    List<BigDecimal> scores =
        agreement.options().stream()
            .filter(o -> o.kind() == Option.Kind.SCORED)
            .map(Option::score)
            .toList();
    assertThat(scores)
        .hasSize(5)
        .isSortedAccordingTo(BigDecimal::compareTo)
        .doesNotHaveDuplicates();
    assertThat(agreement.options())
        .extracting(Option::kind)
        .containsOnlyOnce(Option.Kind.DONT_KNOW, Option.Kind.NOT_APPLICABLE)
        .hasSize(7);
    assertThat(noNa.options())
        .containsExactlyElementsOf(
            agreement.options().stream()
                .filter(o -> o.kind() != Option.Kind.NOT_APPLICABLE)
                .toList());
    assertThat(Stream.concat(agreement.options().stream(), noNa.options().stream()))
        .extracting(Option::key)
        .noneMatch(
            key -> QuestionnaireReader.SESSION_COMMANDS.contains(key.toLowerCase(Locale.ROOT)));
  }

  @Test
  void levelsKeepTheFirstEditionsMinimumsButNameStagesOfDevelopmentOnly() {
    List<Level> levels = Q.levels();

    assertThat(levels)
        .extracting(Level::id, Level::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("not-started", "Not yet started"),
            org.assertj.core.groups.Tuple.tuple("early", "Early development"),
            org.assertj.core.groups.Tuple.tuple("developing", "Developing"),
            org.assertj.core.groups.Tuple.tuple("maturing", "Maturing"),
            org.assertj.core.groups.Tuple.tuple("advanced", "Advanced development"));
    assertThat(levels)
        .extracting(Level::min)
        .extracting(BigFraction::intValue)
        .containsExactly(0, 25, 50, 70, 85)
        .containsExactlyElementsOf(
            firstEdition().levels().stream().map(level -> level.min().intValue()).toList());
    // No verdict and no stage "beyond" what a CCG of 2011-12 could reach; "emerging" was every CCG.
    assertThat(levels)
        .allSatisfy(
            level -> {
              assertThat(level.id()).doesNotContain("ready", "beyond", "emerging");
              assertThat(level.label().toLowerCase(Locale.ROOT))
                  .doesNotContain("ready", "authoris", "beyond", "emerging");
            });
    Level maturing =
        levels.stream().filter(level -> level.id().equals("maturing")).findFirst().orElseThrow();
    assertThat(Q.target()).isEqualByComparingTo(maturing.min());
    assertThat(Q.domains())
        .extracting(Domain::target)
        .allSatisfy(target -> assertThat(target).isEqualByComparingTo(maturing.min()));
  }

  @Test
  void theThirdEditionSaysAuthorisationIsTheBoardsDecisionAndThisIsOnlyPreparation() {
    assertThat(Q.version()).isEqualTo("3.0.0");
    assertThat(Q.description())
        .contains("a useful developmental tool")
        .contains("Authorisation itself is decided by the NHS Commissioning Board")
        .contains("only preparation")
        .doesNotContainIgnoringCase("ready for authorisation");
  }

  @Test
  void termsAndTheFrameworkInTheDocumentsWords() {
    assertThat(Q.terms())
        .isEqualTo(new Terms("CCG", "leadership team", "PCT cluster", "statement"));
    Framework framework = Q.framework();
    assertThat(framework.intro())
        .contains("three areas where emerging CCGs considered they needed support");
    assertThat(framework.line(Dimension.KNOWLEDGE))
        .contains("equipped with the knowledge they need");
    assertThat(framework.line(Dimension.SKILLS))
        .contains("the full set of required healthcare and business skills");
    assertThat(framework.line(Dimension.MINDSETS))
        .contains("the right mindsets to drive the changes");
  }

  @Test
  void everySourceNamesASeedDocumentAndASection() {
    assertThat(Q.questions())
        .allSatisfy(
            question ->
                assertThat(question.source().replaceAll("\\s+", " "))
                    .as("source of %s", question.id())
                    .matches(SOURCE));
  }

  @Test
  void everyStatementHasEvidenceAndAnyStakeholderWordingIsInTheThirdPerson() {
    assertThat(Q.questions())
        .allSatisfy(
            question ->
                assertThat(question.evidence()).as("evidence of %s", question.id()).isNotBlank());
    assertThat(Q.questions())
        .filteredOn(question -> question.stakeholderText() != null)
        .allSatisfy(
            question ->
                assertThat(question.stakeholderText())
                    .as("stakeholder text of %s", question.id())
                    .isNotBlank()
                    .doesNotContainPattern(FIRST_PERSON)
                    .isNotEqualTo(question.text()));
  }

  /**
   * Partners give "views on the CCG's willingness and ability to be involved in partnership working
   * and their relationship to the local population" (Towards authorisation): internal governance,
   * finance, staffing and leadership development are not theirs to rate.
   */
  @Test
  void stakeholdersAreAskedOnlyAboutWhatPartnersCanSee() {
    Set<String> asked =
        Q.questions().stream()
            .filter(question -> question.stakeholderText() != null)
            .map(Question::id)
            .collect(Collectors.toSet());

    assertThat(asked).hasSize(59);
    assertThat(Q.questions())
        .filteredOn(question -> question.domain().equals("governance"))
        .as("internal governance, finance and staffing (domain 4)")
        .allSatisfy(question -> assertThat(asked).as(question.id()).doesNotContain(question.id()));
    // Finance, the operating model and staffing, the CCG's own leaders and their development.
    assertThat(asked)
        .doesNotContain(
            "plans.3",
            "plans.20",
            "plans.21",
            "collaboration.8",
            "collaboration.9",
            "collaboration.13",
            "leadership.1",
            "leadership.4",
            "leadership.6",
            "leadership.8",
            "leadership.9",
            "leadership.10",
            "leadership.11",
            "leadership.14",
            "leadership.15",
            "leadership.20",
            // the CCG's own tracking, its preparation for the Commissioning Outcomes Framework,
            // research evidence
            "plans.6",
            "plans.16",
            "plans.22",
            // the third edition's new internal statements: the staff transition, the Chair's
            // appointment
            "governance.28",
            "leadership.21");
    Pattern internal =
        Pattern.compile(
            "running costs|financial|budgets delegated|chief finance officer|accountable officer"
                + "|development plan|governing body|staff|our constitution|appoint",
            Pattern.CASE_INSENSITIVE);
    assertThat(Q.questions())
        .filteredOn(question -> asked.contains(question.id()))
        .allSatisfy(
            question ->
                assertThat(question.text()).as(question.id()).doesNotContainPattern(internal));
    // Partnership working and the relationship to the local population stay in the 360.
    assertThat(asked)
        .contains(
            "engagement.2",
            "engagement.4",
            "collaboration.3",
            "collaboration.5",
            "leadership.2",
            "leadership.3",
            "clinical-focus.15",
            // the third edition's new statements on work with partners and providers
            "plans.23",
            "plans.24",
            "plans.25",
            "plans.26",
            "plans.27",
            "leadership.22");
  }

  /**
   * Issue 22, item 3: the themes the second edition missed, each in its domain and in areas of the
   * framework, asked of partners only where they can see it.
   */
  @ParameterizedTest
  @MethodSource("newThemes")
  void theThirdEditionsNewThemesAreStatementsInTheirDomains(
      String id, String domain, String words, boolean partners) {
    Question question =
        Q.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();

    assertThat(question.domain()).isEqualTo(domain);
    assertThat(question.text().replaceAll("\\s+", " ")).containsIgnoringCase(words);
    assertThat(question.areas()).as("areas of %s", id).isNotEmpty();
    assertThat(question.guidance()).as("guidance of %s quotes the documents", id).contains("\"");
    assertThat(question.stakeholderText() != null)
        .as("%s asked of partners", id)
        .isEqualTo(partners);
    assertThat(Q.retired()).doesNotContain(id);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> newThemes() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "plans.23", "plans", "joint health and wellbeing strategy", true),
        org.junit.jupiter.params.provider.Arguments.of(
            "plans.24", "plans", "tackle inequalities", true),
        org.junit.jupiter.params.provider.Arguments.of(
            "plans.25", "plans", "skills base of the workforce", true),
        org.junit.jupiter.params.provider.Arguments.of(
            "plans.26", "plans", "information technology", true),
        org.junit.jupiter.params.provider.Arguments.of(
            "plans.27", "plans", "future use of estate", true),
        org.junit.jupiter.params.provider.Arguments.of(
            "governance.28", "governance", "transfer of staff", false),
        org.junit.jupiter.params.provider.Arguments.of(
            "leadership.21", "leadership", "Chair of our governing body", false),
        org.junit.jupiter.params.provider.Arguments.of(
            "leadership.22", "leadership", "oversight of public services", true));
  }

  @Test
  void thereAre108StatementsEightOfThemNewInTheThirdEdition() {
    Set<String> second =
        secondEdition().questions().stream().map(Question::id).collect(Collectors.toSet());

    assertThat(Q.questions()).hasSize(108);
    assertThat(Q.questions())
        .extracting(Question::id)
        .filteredOn(id -> !second.contains(id))
        .containsExactlyInAnyOrder(
            "governance.24",
            "governance.25",
            "governance.26",
            "governance.27",
            "plans.23",
            "plans.24",
            "plans.25",
            "plans.26",
            "plans.27",
            "governance.28",
            "leadership.21",
            "leadership.22");
  }

  /**
   * Every quotation in guidance is the documents' own words (quote marks, spacing, page furniture
   * and a hyphen broken across lines aside; "..." joins pieces), and the source names a document it
   * comes from (issue 22, item 8: a citation names every part it quotes).
   */
  @Test
  void everyQuotationIsVerbatimAndItsDocumentIsNamedInTheSource() throws IOException {
    Map<String, String> documents = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> file : SEED_DOCUMENTS.entrySet()) {
      String text =
          Files.readString(
              Path.of("src/test/resources/seeds", file.getKey()), StandardCharsets.UTF_8);
      documents.put(
          file.getValue(), quotable(text.replaceAll("(?m)^\\s*<?https?://\\S+\\s*$", "")));
    }
    Pattern quotation = Pattern.compile("(?<!edition asked about )\"([^\"]+)\"");

    assertThat(Q.questions())
        .allSatisfy(
            question -> {
              var quotes = quotation.matcher(question.guidance());
              while (quotes.find()) {
                for (String piece : quotes.group(1).split("\\s*\\.\\.\\.\\s*")) {
                  String words = quotable(piece).replaceAll("[.,;:]+$", "").strip();
                  List<String> from =
                      documents.entrySet().stream()
                          .filter(d -> d.getValue().contains(words))
                          .map(Map.Entry::getKey)
                          .toList();
                  assertThat(from).as("%s quotes \"%s\"", question.id(), piece).isNotEmpty();
                  assertThat(from)
                      .as(
                          "%s's source names a document it quotes \"%s\" from",
                          question.id(), piece)
                      .anyMatch(
                          document -> question.source().replaceAll("\\s+", " ").contains(document));
                }
              }
            });
  }

  /** The seed files and the words a source uses to name each. */
  private static final Map<String, String> SEED_DOCUMENTS =
      Map.of(
          "000_83bd157b349f6a87.txt", "technical appendix 4",
          "001_4f1017bb49c286ca.txt", "Towards authorisation (Sept 2011)",
          "002_5864a62d1fa9ffa4.txt", "Useful information about CCGs",
          "003_e41ddda1bd3c0b55.txt", "Technical appendix 2",
          "004_e0fb98425a52ff6f.txt", "Potential development beyond authorisation");

  private static String quotable(String text) {
    return plain(
        text.replace('\u201c', '"')
            .replace('\u201d', '"')
            .replace("\u2022", " ")
            .replaceAll("-\\s*\n\\s*", "-"));
  }

  /**
   * Issue 22, item 7, on the bundled questionnaire: a statement that one of five could score (the
   * others "don't know") is not among the weakest, however low, but among "don't know" hot spots;
   * one all five scored low is.
   */
  @Test
  void aStatementFewCouldScoreIsNotAmongTheWeakestStatements() {
    org.ccgdiag.scoring.Tally tally = new org.ccgdiag.scoring.Tally(Q);
    for (int i = 0; i < 5; i++) {
      StringBuilder yaml =
          new StringBuilder(
              "format: ccg-diag/answers@1\nquestionnaire: {id: ccg-authorisation, version: 3.0.0}\n"
                  + "organisation: NHS Example CCG\nround: \"2012-03\"\nrespondent: {name: \"R"
                  + i
                  + "\", perspective: self}\n"
                  + "complete: true\nanswers:\n");
      for (Question question : Q.questions()) {
        String answer =
            switch (question.id()) {
              case "plans.23" -> i == 0 ? "1" : "dk";
              case "plans.24" -> "2";
              default -> question.reverse() ? "2" : "4";
            };
        yaml.append("  ")
            .append(question.id())
            .append(": {answer: \"")
            .append(answer)
            .append("\"}\n");
      }
      Reading<Answers> reading =
          Reading.of(
              "r" + i + ".yaml",
              yaml.toString(),
              (root, problems) -> AnswersReader.read(root, Q, problems));
      assertThat(reading.errors()).isEmpty();
      tally.add(reading.valid(), i);
    }
    String md =
        org.ccgdiag.report.markdown.MarkdownReport.render(org.ccgdiag.scoring.Scorer.score(tally));

    String weakest = Fixtures.section(md, "The statements behind the scores");
    assertThat(weakest)
        .contains("Our plans set out how we will tackle inequalities.")
        .doesNotContain("joint health and wellbeing strategy as it");
    assertThat(Fixtures.section(md, "\"Don't know\" hot spots"))
        .contains("We are aligning our commissioning plans with the joint health and");
  }

  /**
   * An agree/disagree scale cannot rate "where X, then Y": "Disagree" is ambiguous when X is false.
   */
  @Test
  void noStatementIsConditional() {
    Pattern conditional =
        Pattern.compile(
            "^(where|if|when|unless|in case)\\b|,\\s*(if|where) ", Pattern.CASE_INSENSITIVE);
    assertThat(Q.questions())
        .allSatisfy(
            question ->
                assertThat(question.text()).as(question.id()).doesNotContainPattern(conditional));
  }

  @Test
  void statementsOnStatutoryDutiesHaveNoNotApplicableOption() {
    List<Question> statutory =
        Q.questions().stream()
            .filter(question -> STATUTORY.matcher(question.text()).find())
            .toList();

    assertThat(statutory)
        .extracting(Question::id)
        .contains(
            "governance.26",
            "governance.3",
            "governance.5",
            "governance.9",
            "governance.6",
            "governance.27",
            "governance.18",
            "governance.19",
            "governance.20",
            "leadership.9",
            "leadership.10");
    assertThat(statutory)
        .allSatisfy(
            question ->
                assertThat(Q.scaleOf(question).options())
                    .as("options of %s", question.id())
                    .extracting(Option::kind)
                    .doesNotContain(Option.Kind.NOT_APPLICABLE));
  }

  @Test
  void everyReverseStatementMirrorsAPositiveStatementOnTheSameScale() {
    Map<String, Question> byId =
        Q.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));

    assertThat(Q.questions())
        .filteredOn(Question::reverse)
        .isNotEmpty()
        .allSatisfy(
            question ->
                assertThat(question.mirrors()).as("mirror of %s", question.id()).isNotNull());
    assertThat(Q.questions())
        .filteredOn(question -> question.mirrors() != null)
        .allSatisfy(
            question -> {
              Question mirrored = byId.get(question.mirrors());
              assertThat(mirrored)
                  .as("%s mirrors %s", question.id(), question.mirrors())
                  .isNotNull();
              assertThat(mirrored.reverse())
                  .as("%s and %s differ in reverse", question.id(), mirrored.id())
                  .isNotEqualTo(question.reverse());
              assertThat(mirrored.scale()).isEqualTo(question.scale());
            });
  }

  @Test
  void onlyTheStatementsTheDocumentsSingleOutWeighMore() {
    assertThat(Q.questions())
        .filteredOn(question -> question.weight().compareTo(BigDecimal.ONE) != 0)
        .extracting(Question::id)
        .containsExactlyInAnyOrder("plans.1", "collaboration.8");
  }

  @Test
  void retiredIdsAreEarlierEditionsIdsThatNoLiveStatementUses() {
    Set<String> live = Q.questions().stream().map(Question::id).collect(Collectors.toSet());
    Set<String> firstEdition =
        firstEdition().questions().stream().map(Question::id).collect(Collectors.toSet());
    Set<String> secondEdition =
        secondEdition().questions().stream().map(Question::id).collect(Collectors.toSet());

    assertThat(firstEdition).hasSize(71);
    assertThat(secondEdition).hasSize(100);
    assertThat(Q.retired())
        .isNotEmpty()
        .doesNotHaveDuplicates()
        .allSatisfy(
            id -> {
              assertThat(live).as("live ids").doesNotContain(id);
              assertThat(firstEdition.contains(id) || secondEdition.contains(id))
                  .as("%s is an earlier edition's id", id)
                  .isTrue();
            });
    // Every earlier statement is either still asked, under its id, or retired.
    assertThat(firstEdition).allMatch(id -> live.contains(id) || Q.retired().contains(id));
    assertThat(secondEdition).allMatch(id -> live.contains(id) || Q.retired().contains(id));
    assertThat(Q.retired())
        .contains("governance.1", "governance.11", "governance.13", "governance.16");
  }

  @Test
  void aCompleteSecondEditionAnswersFileLoadsWithWarningsOnly() throws IOException {
    String text = Files.readString(SECOND_EDITION_ANSWERS, StandardCharsets.UTF_8);
    Reading<Answers> second =
        Reading.of(
            SECOND_EDITION_ANSWERS.toString(),
            text,
            (root, problems) -> AnswersReader.read(root, secondEdition(), problems));
    assertThat(second.lines()).isEmpty();
    assertThat(second.valid().answers()).hasSize(100);

    Reading<Answers> reading =
        Reading.of(
            SECOND_EDITION_ANSWERS.toString(),
            text,
            (root, problems) -> AnswersReader.read(root, Q, problems));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.warnings())
        .extracting(Problem::message)
        .anyMatch(message -> message.contains("version 2.0.0"))
        .filteredOn(message -> message.contains("(it was retired)"))
        .hasSize(4);
    assertThat(reading.valid().answers())
        .hasSize(96)
        .doesNotContainKeys("governance.1", "governance.11", "governance.13", "governance.16");
  }

  @Test
  void aCompleteFirstEditionAnswersFileLoadsWithWarningsOnly() throws IOException {
    String text = Files.readString(FIRST_EDITION_ANSWERS, StandardCharsets.UTF_8);
    Reading<Answers> reading =
        Reading.of(
            FIRST_EDITION_ANSWERS.toString(),
            text,
            (root, problems) -> AnswersReader.read(root, Q, problems));

    assertThat(reading.errors()).isEmpty();
    Answers answers = reading.valid();
    assertThat(answers.questionnaire().version()).isEqualTo("1.0.0");
    assertThat(reading.warnings())
        .extracting(Problem::message)
        .anyMatch(message -> message.contains("version 1.0.0"))
        .filteredOn(message -> message.contains("(it was retired)"))
        .hasSize(
            (int)
                Q.retired().stream()
                    .filter(
                        id -> firstEdition().questions().stream().anyMatch(q -> q.id().equals(id)))
                    .count());
    assertThat(answers.answers().keySet())
        .doesNotContainAnyElementsOf(Q.retired())
        .isSubsetOf(Q.questions().stream().map(Question::id).toList());
  }

  @Test
  void theFirstEditionAnswersFixtureAnswersAll71FirstEditionStatements() throws IOException {
    Reading<Answers> reading =
        Reading.of(
            FIRST_EDITION_ANSWERS.toString(),
            Files.readString(FIRST_EDITION_ANSWERS, StandardCharsets.UTF_8),
            (root, problems) -> AnswersReader.read(root, firstEdition(), problems));

    assertThat(reading.lines()).isEmpty();
    assertThat(reading.valid().answers()).hasSize(71);
  }

  @Test
  void aCatalogueOfResourcesReferencedFromEveryDomain() {
    assertThat(Q.resources()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(Q.resources())
        .allSatisfy(
            resource -> {
              assertThat(resource.title()).as(resource.id()).isNotBlank();
              assertThat(resource.description()).as(resource.id()).isNotBlank();
            });
    assertThat(Q.domains())
        .allSatisfy(domain -> assertThat(domain.resources()).as(domain.id()).isNotEmpty());
    assertThat(Q.areas().stream().filter(area -> !area.resources().isEmpty()))
        .as("areas with resources")
        .isNotEmpty();

    Set<String> catalogue = Q.resourcesById().keySet();
    Stream<String> referenced =
        Stream.concat(
                Q.domains().stream().map(Domain::resources),
                Q.areas().stream().map(Area::resources))
            .flatMap(Collection::stream);
    assertThat(referenced).allMatch(catalogue::contains);
    assertThat(Q.questions().stream().flatMap(question -> question.resources().stream()))
        .allMatch(catalogue::contains);
  }

  /**
   * Every resource is called what the documents call it (quotes and spacing aside), so it can be
   * found.
   */
  @Test
  void everyResourceTitleIsOneTheDocumentsUse() throws IOException {
    StringBuilder documents = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        documents.append(Files.readString(file, StandardCharsets.UTF_8)).append(' ');
      }
    }
    String text = plain(documents.toString());

    assertThat(Q.resources())
        .hasSizeGreaterThanOrEqualTo(30)
        .allSatisfy(
            resource -> assertThat(text).as(resource.id()).contains(plain(resource.title())));
    assertThat(Q.resources())
        .extracting(Resource::id)
        .contains(
            "interim-governance",
            "legal-status-guidance",
            "operating-framework-2012-13",
            "procurement-guide");
  }

  private static String plain(String text) {
    return text.replace('\u2018', '\'')
        .replace('\u2019', '\'')
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  @Test
  void theDevelopmentOffersNamedInTheDocumentsAreInTheCatalogue() {
    assertThat(Q.resources())
        .extracting(Resource::id)
        .contains(
            "learning-network",
            "coaching",
            "leadership-offer",
            "equality-delivery-system",
            "good-governance-tool",
            "model-constitution",
            "cooperation-and-competition",
            "audit-committee-handbook",
            "practices-working-together",
            "authorisation-guide");
    assertThat(Q.resourcesById().get("governance-framework").title())
        .isEqualTo(
            "Towards establishment: Creating responsive and accountable clinical commissioning groups");
  }

  @Test
  void
      informationManagementPointsToCommissioningIntelligenceAndTheReadyReckonerIsNotSuggestedForQippPlans() {
    assertThat(Q.areasById().get("information-management").resources())
        .contains("commissioning-support-guidance");
    Domain plans =
        Q.domains().stream()
            .filter(domain -> domain.id().equals("plans"))
            .findFirst()
            .orElseThrow();
    assertThat(plans.resources()).doesNotContain("running-costs-ready-reckoner");
    assertThat(Q.areasById().get("planning-skills").resources())
        .doesNotContain("running-costs-ready-reckoner");
  }

  private static Scale scale(String id) {
    return Q.scales().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Questionnaire firstEdition() {
    return edition(FIRST_EDITION_FILE);
  }

  private static Questionnaire secondEdition() {
    return edition(SECOND_EDITION_FILE);
  }

  private static Questionnaire edition(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return Reading.of(file.toString(), text, QuestionnaireReader::read).valid();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Long> count(Stream<String> ids) {
    return ids.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
