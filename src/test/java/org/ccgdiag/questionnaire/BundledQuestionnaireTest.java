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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccgdiag.load.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled questionnaire ccg-authorisation against the requirements: the six authorisation
 * domains, the knowledge / skills / mindsets framework (Towards authorisation, section 5), the
 * question counts, the scale, the levels and the development resources.
 */
class BundledQuestionnaireTest {
  private static final Questionnaire Q = BundledQuestionnaires.load(BundledQuestionnaires.DEFAULT_ID).orElseThrow();
  private static final Path REPOSITORY_FILE = Path.of("questionnaires", BundledQuestionnaires.DEFAULT_ID + ".yaml");

  private static final List<List<String>> DOMAINS =
      List.of(
          List.of("clinical-focus", "A strong clinical and multi-professional focus which brings real added value"),
          List.of("engagement", "Meaningful engagement with patients, carers and their communities"),
          List.of("plans",
              "Clear and credible plans which continue to deliver the QIPP (quality, innovation, productivity and"
                  + " prevention) challenge within financial resources, in line with national requirements (including"
                  + " excellent outcomes) and local joint health and wellbeing strategies"),
          List.of("governance",
              "Proper constitutional and governance arrangements, with the capacity and capability to deliver all"
                  + " their duties and responsibilities including financial control, as well as effectively commission"
                  + " all the services for which they are responsible"),
          List.of("collaboration",
              "Collaborative arrangements for commissioning with other CCGs, local authorities and the NHS"
                  + " Commissioning Board as well as the appropriate external commissioning support"),
          List.of("leadership", "Great leaders who individually and collectively can make a real difference"));

  /** The columns of the table in 001, section 5, as written there. */
  private static final Map<Dimension, List<String>> FRAMEWORK =
      Map.of(
          Dimension.KNOWLEDGE,
          List.of("Governance", "Finance", "Understanding of local need", "Range of care types",
              "Contracts and commercial processes", "Information management"),
          Dimension.SKILLS,
          List.of("Selling strategy", "How to lead change", "Communication skills", "Continuous quality improvement",
              "Negotiating skills", "Performance management", "Relationship management", "Planning skills",
              "Tackling health inequalities and advancing equality"),
          Dimension.MINDSETS,
          List.of("Transformational not transactional", "Quality at the heart of everything", "Design around the patient",
              "Accountability to the local population", "Working across boundaries", "Working in partnership",
              "Commitment to equality", "Clinical engagement", "Financial responsibility"));

  @Test
  void theRepositoryFileIsValidAndIsWhatTheJarShips() throws IOException {
    String text = Files.readString(REPOSITORY_FILE, StandardCharsets.UTF_8);
    Reading<Questionnaire> reading = Reading.of(REPOSITORY_FILE.toString(), text, QuestionnaireReader::read);

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
        .allSatisfy(domain -> {
          assertThat(domain.description()).as("description of %s", domain.id()).hasSizeGreaterThan(100);
          assertThat(domain.beyond()).as("beyond-authorisation text of %s", domain.id()).hasSizeGreaterThan(100);
        });
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void theFrameworkAreasWithTheirTitlesAsWritten(Dimension dimension) {
    assertThat(Q.areas())
        .filteredOn(area -> area.dimension() == dimension)
        .extracting(Area::title)
        .containsExactlyElementsOf(FRAMEWORK.get(dimension));
  }

  @Test
  void twentyFourAreas() {
    assertThat(Q.areas()).hasSize(24);
    assertThat(Q.areas()).extracting(Area::dimension).filteredOn(Dimension.KNOWLEDGE::equals).hasSize(6);
    assertThat(Q.areas()).extracting(Area::dimension).filteredOn(Dimension.SKILLS::equals).hasSize(9);
    assertThat(Q.areas()).extracting(Area::dimension).filteredOn(Dimension.MINDSETS::equals).hasSize(9);
  }

  @Test
  void between36And120QuestionsAtLeastFivePerDomainAndTwoPerArea() {
    assertThat(Q.questions()).hasSizeBetween(36, 120);
    Map<String, Long> perDomain = count(Q.questions().stream().map(Question::domain));
    Map<String, Long> perArea = count(Q.questions().stream().flatMap(question -> question.areas().stream()));

    assertThat(Q.domains()).allSatisfy(d -> assertThat(perDomain.getOrDefault(d.id(), 0L)).as(d.id()).isGreaterThanOrEqualTo(5));
    assertThat(Q.areas()).allSatisfy(a -> assertThat(perArea.getOrDefault(a.id(), 0L)).as(a.id()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void everyQuestionHasGuidanceAndASource() {
    assertThat(Q.questions())
        .allSatisfy(question -> {
          assertThat(question.text()).as("text of %s", question.id()).isNotBlank();
          assertThat(question.guidance()).as("guidance of %s", question.id()).isNotBlank();
          assertThat(question.source()).as("source of %s", question.id()).isNotBlank();
        });
  }

  @Test
  void questionsAreAskedDomainByDomainInTheDomainsOrder() {
    List<String> domainsAsAsked = Q.questions().stream().map(Question::domain).distinct().toList();

    assertThat(domainsAsAsked).containsExactlyElementsOf(Q.domains().stream().map(Domain::id).toList());
    assertThat(Q.questions())
        .allSatisfy(question -> assertThat(question.id()).startsWith(question.domain() + "."));
  }

  @Test
  void aFivePointScalePlusDontKnowAndNotApplicable() {
    assertThat(Q.questions()).extracting(Question::scale).containsOnly("agreement");
    Scale scale = Q.scales().stream().filter(s -> s.id().equals("agreement")).findFirst().orElseThrow();

    List<BigDecimal> scores =
        scale.options().stream().filter(o -> o.kind() == Option.Kind.SCORED).map(Option::score).toList();
    assertThat(scores).hasSize(5).isSortedAccordingTo(BigDecimal::compareTo).doesNotHaveDuplicates();
    assertThat(scale.options()).extracting(Option::kind)
        .containsOnlyOnce(Option.Kind.DONT_KNOW, Option.Kind.NOT_APPLICABLE)
        .hasSize(7);
    assertThat(scale.options()).extracting(Option::key)
        .noneMatch(key -> QuestionnaireReader.SESSION_COMMANDS.contains(key.toLowerCase(Locale.ROOT)));
  }

  @Test
  void levelsFromNotYetStartedToBeyondAuthorisationWithTheThresholdAsTarget() {
    List<Level> levels = Q.levels();

    assertThat(levels.get(0)).extracting(Level::id, Level::label).containsExactly("not-started", "Not yet started");
    assertThat(levels.get(0).min()).isEqualByComparingTo("0");
    assertThat(levels.get(levels.size() - 1)).extracting(Level::id, Level::label).containsExactly("beyond", "Beyond authorisation");
    assertThat(levels).extracting(Level::min).isSortedAccordingTo(BigDecimal::compareTo);
    Level ready = levels.stream().filter(level -> level.id().equals("ready")).findFirst().orElseThrow();
    assertThat(Q.target()).isEqualByComparingTo(ready.min());
    assertThat(Q.domains()).extracting(Domain::target).allSatisfy(target -> assertThat(target).isEqualByComparingTo(ready.min()));
  }

  @Test
  void aCatalogueOfResourcesReferencedFromEveryDomain() {
    assertThat(Q.resources()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(Q.resources()).allSatisfy(resource -> {
      assertThat(resource.title()).as(resource.id()).isNotBlank();
      assertThat(resource.description()).as(resource.id()).isNotBlank();
    });
    assertThat(Q.domains()).allSatisfy(domain -> assertThat(domain.resources()).as(domain.id()).isNotEmpty());
    assertThat(Q.areas().stream().filter(area -> !area.resources().isEmpty())).as("areas with resources").isNotEmpty();

    Set<String> catalogue = Q.resourcesById().keySet();
    Stream<String> referenced =
        Stream.concat(Q.domains().stream().map(Domain::resources), Q.areas().stream().map(Area::resources))
            .flatMap(Collection::stream);
    assertThat(referenced).allMatch(catalogue::contains);
  }

  @Test
  void theDevelopmentOffersNamedInTheDocumentsAreInTheCatalogue() {
    assertThat(Q.resources())
        .extracting(Resource::id)
        .contains("learning-network", "coaching", "leadership-offer", "equality-delivery-system", "good-governance-tool",
            "model-constitution");
  }

  private static Map<String, Long> count(Stream<String> ids) {
    return ids.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
