package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;

/**
 * Builds a {@link Questionnaire} from a parsed file, checking every rule of the format and
 * recording all problems with their positions.
 */
public final class QuestionnaireReader {

  /** Inputs of the workshop session, which therefore cannot be option keys. */
  public static final Set<String> SESSION_COMMANDS = Set.of("n", "b", "s", "?", "q");

  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigFraction DEFAULT_TARGET = BigFraction.of(70);
  static final BigFraction PERCENT = BigFraction.of(100);
  private static final BigDecimal DEFAULT_MIN_COVERAGE = new BigDecimal("0.5");

  private static final Set<String> TOP =
      Set.of(
          "format",
          "id",
          "version",
          "title",
          "description",
          "min_coverage",
          "target",
          "levels",
          "scales",
          "domains",
          "areas",
          "questions",
          "resources",
          "terms",
          "framework",
          "retired",
          "dimensions",
          "numbered_domains");
  private static final Set<String> DOMAIN =
      Set.of("id", "title", "description", "beyond", "target", "resources");
  private static final Set<String> AREA = Set.of("id", "dimension", "title", "target", "resources");
  private static final Set<String> QUESTION =
      Set.of(
          "id",
          "domain",
          "areas",
          "text",
          "guidance",
          "scale",
          "weight",
          "reverse",
          "source",
          "evidence",
          "stakeholder_text",
          "mirrors",
          "resources");
  private static final Set<String> RESOURCE = Set.of("id", "title", "description", "url");
  private static final Set<String> DIMENSION = Set.of("id", "title");

  private final Problems problems;
  private final CrossReferences references;

  private QuestionnaireReader(Problems problems) {
    this.problems = problems;
    this.references = new CrossReferences(problems);
  }

  /** Reads a questionnaire file; returns empty (with problems recorded) when it is not valid. */
  public static Optional<Questionnaire> read(Path path, Problems problems) {
    Node root = Documents.read(path, problems);
    return root == null ? Optional.empty() : read(root, problems);
  }

  /** Builds a questionnaire from a parsed document; empty when any error was found. */
  public static Optional<Questionnaire> read(Node root, Problems problems) {
    Optional<Questionnaire> questionnaire =
        Fields.of(root, "the questionnaire", problems, TOP)
            .map(new QuestionnaireReader(problems)::build);
    return problems.hasErrors() ? Optional.empty() : questionnaire;
  }

  private Questionnaire build(Fields top) {
    String format = top.requiredText("format");
    if (format != null && !format.equals(Questionnaire.FORMAT)) {
      problems.error(
          top.positionOf("format"),
          "'format' is '"
              + format
              + "'; a questionnaire has format "
              + Questionnaire.FORMAT
              + (format.startsWith("ccg-diag/answers")
                  ? " (this looks like an answers file)"
                  : ""));
    }
    String id = top.requiredId("id");
    String version = top.requiredText("version");
    String title = top.requiredText("title");
    String description = top.text("description").orElse(null);
    BigDecimal minCoverage = top.number("min_coverage", ZERO, ONE, DEFAULT_MIN_COVERAGE);
    BigFraction target = top.fraction("target", BigFraction.ZERO, PERCENT, DEFAULT_TARGET);

    List<Level> levels = LevelReader.read(top);
    List<Scale> scales =
        Sections.read(
            problems,
            top.requiredList("scales"),
            "scale",
            ScaleReader.FIELDS,
            ScaleReader::read,
            Scale::id);
    List<Resource> resources =
        Sections.read(
            problems, top.list("resources"), "resource", RESOURCE, this::resource, Resource::id);
    List<Node> domainItems = top.requiredList("domains");
    List<Domain> domains =
        Sections.read(
            problems,
            domainItems,
            "domain",
            DOMAIN,
            (f, what) -> domain(f, what, target),
            Domain::id);
    List<Dimension> dimensions =
        top.has("dimensions")
            ? Sections.read(
                problems,
                top.requiredList("dimensions"),
                "dimension",
                DIMENSION,
                (f, what) -> new Dimension(f.requiredId("id"), f.requiredText("title")),
                Dimension::id)
            : Dimension.DEFAULTS;
    List<Area> areas =
        Sections.read(
            problems,
            top.list("areas"),
            "area",
            AREA,
            (f, what) -> area(f, what, target, dimensions),
            Area::id);
    // Statements are named as the questionnaire names them, numbered as the session numbers them.
    TermsReader words = new TermsReader(problems);
    Terms terms = words.terms(top);
    List<Question> questions =
        Sections.read(
            problems,
            top.requiredList("questions"),
            terms.statement().one(),
            QUESTION,
            this::question,
            Question::id);
    if (domains.isEmpty() && top.has("domains")) {
      problems.error(
          top.positionOf("domains"), "the questionnaire has no domains; add at least one");
    }

    Map<String, Set<String>> known = new HashMap<>();
    known.put("domain", ids(domains, Domain::id));
    known.put("area", ids(areas, Area::id));
    known.put("scale", ids(scales, Scale::id));
    known.put("resource", ids(resources, Resource::id));
    references.check(known);
    checkEveryDomainAsked(domainItems, domains, questions);
    Mirrors.check(top.list("questions"), questions, terms.statement().one(), problems);
    Framework framework = words.framework(top, dimensions);
    return new Questionnaire(
        id,
        version,
        title,
        description,
        minCoverage,
        target,
        levels,
        scales,
        domains,
        areas,
        questions,
        resources,
        terms,
        framework,
        retired(top, questions));
  }

  /** Ids of earlier versions' questions: unique, and not the id of a question this version asks. */
  private List<String> retired(Fields top, List<Question> questions) {
    Set<String> live = ids(questions, Question::id);
    Set<String> retired = new LinkedHashSet<>();
    for (Node.Scalar id : top.textList("retired")) {
      if (live.contains(id.text())) {
        problems.error(
            id.position(),
            "'"
                + id.text()
                + "' is retired but is still the id of a question; remove it from 'retired'");
      } else if (!retired.add(id.text())) {
        problems.error(id.position(), "'retired' lists '" + id.text() + "' twice");
      }
    }
    return List.copyOf(retired);
  }

  private Resource resource(Fields f, String what) {
    return new Resource(
        f.requiredId("id"),
        f.requiredText("title"),
        f.text("description").orElse(null),
        f.text("url").orElse(null));
  }

  private Domain domain(Fields f, String what, BigFraction defaultTarget) {
    String domainId = f.requiredId("id");
    return new Domain(
        domainId,
        f.requiredText("title"),
        f.requiredText("description"),
        f.text("beyond").orElse(null),
        f.fraction("target", BigFraction.ZERO, PERCENT, defaultTarget),
        references.list(f, "resources", "resource", what));
  }

  private Area area(Fields f, String what, BigFraction defaultTarget, List<Dimension> dimensions) {
    String areaId = f.requiredId("id");
    String dimensionText = f.requiredText("dimension");
    Dimension dimension = null;
    if (dimensionText != null) {
      dimension =
          dimensions.stream().filter(d -> d.id().equals(dimensionText)).findFirst().orElse(null);
      if (dimension == null) {
        problems.error(
            f.positionOf("dimension"),
            "unknown dimension '"
                + dimensionText
                + "' in "
                + what
                + "; use "
                + joinOr(ids(dimensions, Dimension::id)));
      }
    }
    return new Area(
        areaId,
        dimension,
        f.requiredText("title"),
        f.fraction("target", BigFraction.ZERO, PERCENT, defaultTarget),
        references.list(f, "resources", "resource", what));
  }

  private Question question(Fields f, String what) {
    String questionId = f.requiredText("id");
    String domain = f.requiredText("domain");
    if (domain != null) {
      references.one(f, "domain", "domain", what);
    }
    List<String> areas = references.list(f, "areas", "area", what);
    String scale = f.requiredText("scale");
    if (scale != null) {
      references.one(f, "scale", "scale", what);
    }
    BigDecimal weight = f.number("weight").orElse(ONE);
    if (weight.signum() <= 0) {
      problems.error(f.positionOf("weight"), "the weight of " + what + " must be greater than 0");
    }
    return new Question(
        questionId,
        domain,
        areas,
        f.requiredText("text"),
        f.text("guidance").orElse(null),
        scale,
        weight,
        f.bool("reverse", false),
        f.text("source").orElse(null),
        f.text("evidence").orElse(null),
        f.text("stakeholder_text").orElse(null),
        f.text("mirrors").orElse(null),
        references.list(f, "resources", "resource", what));
  }

  private void checkEveryDomainAsked(
      List<Node> items, List<Domain> domains, List<Question> questions) {
    Set<String> unasked = ids(domains, Domain::id);
    questions.forEach(q -> unasked.remove(q.domain()));
    // A duplicate is skipped when the domains are built, so the first item with an id is the
    // domain.
    for (Node item : items) {
      String domainId = Sections.idOf(item);
      if (domainId != null && unasked.remove(domainId)) {
        problems.error(
            item.position(),
            "domain '" + domainId + "' has no question; add one or remove the domain");
      }
    }
  }

  /** "knowledge, skills or mindsets". */
  private static String joinOr(Set<String> ids) {
    List<String> all = List.copyOf(ids);
    return all.size() < 2
        ? String.join("", all)
        : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> ids = new LinkedHashSet<>();
    items.forEach(item -> ids.add(id.apply(item)));
    return ids;
  }
}
