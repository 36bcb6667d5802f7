package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A validated questionnaire: the domains and the knowledge / skills / mindsets areas it assesses,
 * its questions in asking order, and the levels, targets and resources its reports use. Defaults
 * are already applied (every domain and area has its effective target, {@code terms} and {@code
 * framework} are never null). {@code retired} lists ids of questions an earlier version had:
 * answers to them are ignored with a warning rather than rejected.
 *
 * <p>A value like a record, with a record's accessors, equality and text over the fifteen things it
 * is made of; a class rather than a record only so that it can also hold lookups by id worked out
 * once from its lists (rather than a scan for each of a batch's answers or a map for each report),
 * which a record could hold only as a component every caller would have to pass.
 */
public final class Questionnaire {

  public static final String FORMAT = "ccg-diag/questionnaire@1";

  private final String id;
  private final String version;
  private final String title;
  private final String description;
  private final BigDecimal minCoverage;
  private final BigFraction target;
  private final List<Level> levels;
  private final List<Scale> scales;
  private final List<Domain> domains;
  private final List<Area> areas;
  private final List<Question> questions;
  private final List<Resource> resources;
  private final Terms terms;
  private final Framework framework;
  private final List<String> retired;

  // The lookups: by id (the first of any repeated id), each domain's and question's number from 1.
  private final Map<String, Scale> scalesById;
  private final Map<String, Domain> domainsById;
  private final Map<String, Integer> domainNumbers;
  private final Map<String, Area> areasById;
  private final Map<String, Resource> resourcesById;
  private final Map<String, Integer> questionNumbers;

  public Questionnaire(
      String id,
      String version,
      String title,
      String description,
      BigDecimal minCoverage,
      BigFraction target,
      List<Level> levels,
      List<Scale> scales,
      List<Domain> domains,
      List<Area> areas,
      List<Question> questions,
      List<Resource> resources,
      Terms terms,
      Framework framework,
      List<String> retired) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.description = description;
    this.minCoverage = minCoverage;
    this.target = target;
    this.levels = List.copyOf(levels);
    this.scales = List.copyOf(scales);
    this.domains = List.copyOf(domains);
    this.areas = List.copyOf(areas);
    this.questions = List.copyOf(questions);
    this.resources = List.copyOf(resources);
    this.terms = terms == null ? Terms.DEFAULT : terms;
    this.framework = framework == null ? Framework.NONE : framework;
    this.retired = List.copyOf(retired);
    this.scalesById = byId(this.scales, Scale::id);
    this.domainsById = byId(this.domains, Domain::id);
    this.areasById = byId(this.areas, Area::id);
    this.resourcesById = byId(this.resources, Resource::id);
    this.domainNumbers = numbers(this.domains, Domain::id);
    this.questionNumbers = numbers(this.questions, Question::id);
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public BigDecimal minCoverage() {
    return minCoverage;
  }

  public BigFraction target() {
    return target;
  }

  public List<Level> levels() {
    return levels;
  }

  public List<Scale> scales() {
    return scales;
  }

  public List<Domain> domains() {
    return domains;
  }

  public List<Area> areas() {
    return areas;
  }

  public List<Question> questions() {
    return questions;
  }

  public List<Resource> resources() {
    return resources;
  }

  public Terms terms() {
    return terms;
  }

  public Framework framework() {
    return framework;
  }

  public List<String> retired() {
    return retired;
  }

  /**
   * A statement as messages name it, by the number the session shows and its id, in the
   * questionnaire's word for a statement: "statement 15 (clinical-focus.18)".
   */
  public String statementName(String questionId) {
    Integer number = questionNumbers.get(questionId);
    return number == null
        ? terms.statement().one() + " '" + questionId + "'"
        : terms.statement().one() + " " + number + " (" + questionId + ")";
  }

  /**
   * A question's number from 1, its place in asking order as the session shows it; null for an
   * unknown id.
   */
  public Integer questionNumber(String questionId) {
    return questionNumbers.get(questionId);
  }

  /** A domain's number from 1, its place in the questionnaire; null for an unknown id. */
  public Integer domainNumber(String domainId) {
    return domainNumbers.get(domainId);
  }

  public Map<String, Domain> domainsById() {
    return domainsById;
  }

  public Map<String, Resource> resourcesById() {
    return resourcesById;
  }

  public Map<String, Area> areasById() {
    return areasById;
  }

  public Scale scaleOf(Question question) {
    Scale scale = scalesById.get(question.scale());
    if (scale == null) {
      throw new NoSuchElementException("no scale " + question.scale());
    }
    return scale;
  }

  public Domain domainOf(Question question) {
    Domain domain = domainsById.get(question.domain());
    if (domain == null) {
      throw new NoSuchElementException("no domain " + question.domain());
    }
    return domain;
  }

  /**
   * Its size in its own words: "6 domains, 31 areas, 100 statements", "5 business functions, 15
   * security practices, 28 assessment questions"; areas left out when it has none.
   */
  public String size() {
    return terms.domain().count(domains.size())
        + (areas.isEmpty() ? "" : ", " + terms.area().count(areas.size()))
        + ", "
        + terms.statement().count(questions.size());
  }

  public List<Question> questionsIn(Domain domain) {
    return questions.stream().filter(q -> q.domain().equals(domain.id())).toList();
  }

  /** Equal when all fifteen things it is made of are equal (the lookups follow from them). */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Questionnaire that
            && Objects.equals(id, that.id)
            && Objects.equals(version, that.version)
            && Objects.equals(title, that.title)
            && Objects.equals(description, that.description)
            && Objects.equals(minCoverage, that.minCoverage)
            && Objects.equals(target, that.target)
            && levels.equals(that.levels)
            && scales.equals(that.scales)
            && domains.equals(that.domains)
            && areas.equals(that.areas)
            && questions.equals(that.questions)
            && resources.equals(that.resources)
            && terms.equals(that.terms)
            && framework.equals(that.framework)
            && retired.equals(that.retired);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
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
        retired);
  }

  /** As a record shows itself: {@code Questionnaire[id=..., version=..., ...]}. */
  @Override
  public String toString() {
    return "Questionnaire[id="
        + id
        + ", version="
        + version
        + ", title="
        + title
        + ", description="
        + description
        + ", minCoverage="
        + minCoverage
        + ", target="
        + target
        + ", levels="
        + levels
        + ", scales="
        + scales
        + ", domains="
        + domains
        + ", areas="
        + areas
        + ", questions="
        + questions
        + ", resources="
        + resources
        + ", terms="
        + terms
        + ", framework="
        + framework
        + ", retired="
        + retired
        + "]";
  }

  /**
   * Items by id, the first of a repeated id; an item without an id is left out (the reader reports
   * it).
   */
  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> byId = new HashMap<>();
    for (T item : items) {
      if (id.apply(item) != null) {
        byId.putIfAbsent(id.apply(item), item);
      }
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * Each item's number from 1 by its id, the first of a repeated id; an item without an id is left
   * out.
   */
  private static <T> Map<String, Integer> numbers(List<T> items, Function<T, String> id) {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (id.apply(items.get(i)) != null) {
        numbers.putIfAbsent(id.apply(items.get(i)), i + 1);
      }
    }
    return Collections.unmodifiableMap(numbers);
  }
}
