package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import org.apache.commons.numbers.fraction.BigFraction;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A validated questionnaire: the domains and the knowledge / skills / mindsets areas it assesses,
 * its questions in asking order, and the levels, targets and resources its reports use. Defaults
 * are already applied (every domain and area has its effective target, {@code terms} and
 * {@code framework} are never null). {@code retired} lists ids of questions an earlier version had:
 * answers to them are ignored with a warning rather than rejected. {@code index} is worked out
 * from the lists (whatever the constructor is given for it: pass null): lookups by id, made once per
 * questionnaire rather than a scan for each of a batch's answers or a map for each report.
 */
public record Questionnaire(
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
    List<String> retired,
    Index index) {

  public static final String FORMAT = "ccg-diag/questionnaire@1";

  /**
   * The scales, domains, areas and resources by id (the first of any repeated id), each domain's
   * number from 1 and each question's (its position, as the session shows it).
   */
  public record Index(
      Map<String, Scale> scales,
      Map<String, Domain> domains,
      Map<String, Integer> domainNumbers,
      Map<String, Area> areas,
      Map<String, Resource> resources,
      Map<String, Integer> questionNumbers) {}

  public Questionnaire {
    levels = List.copyOf(levels);
    scales = List.copyOf(scales);
    domains = List.copyOf(domains);
    areas = List.copyOf(areas);
    questions = List.copyOf(questions);
    resources = List.copyOf(resources);
    terms = terms == null ? Terms.DEFAULT : terms;
    framework = framework == null ? Framework.NONE : framework;
    retired = List.copyOf(retired);
    Map<String, Integer> domainNumbers = new HashMap<>();
    for (int d = 0; d < domains.size(); d++) {
      if (domains.get(d).id() != null) {
        domainNumbers.putIfAbsent(domains.get(d).id(), d + 1);
      }
    }
    Map<String, Integer> questionNumbers = new HashMap<>();
    for (int q = 0; q < questions.size(); q++) {
      questionNumbers.putIfAbsent(questions.get(q).id(), q + 1);
    }
    index = new Index(
        index(scales, Scale::id), index(domains, Domain::id), Collections.unmodifiableMap(domainNumbers),
        index(areas, Area::id), index(resources, Resource::id), Collections.unmodifiableMap(questionNumbers));
  }

  /**
   * A statement as messages name it, by the number the session shows and its id, in the
   * questionnaire's word for a statement: "statement 15 (clinical-focus.18)".
   */
  public String statementName(String questionId) {
    Integer number = index.questionNumbers().get(questionId);
    return number == null ? terms.statement().one() + " '" + questionId + "'" : terms.statement().one() + " " + number + " (" + questionId + ")";
  }

  public Map<String, Resource> resourcesById() {
    return index.resources();
  }

  public Map<String, Area> areasById() {
    return index.areas();
  }

  public Scale scaleOf(Question question) {
    Scale scale = index.scales().get(question.scale());
    if (scale == null) {
      throw new NoSuchElementException("no scale " + question.scale());
    }
    return scale;
  }

  public Domain domainOf(Question question) {
    Domain domain = index.domains().get(question.domain());
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
        + ", " + terms.statement().count(questions.size());
  }

  public List<Question> questionsIn(Domain domain) {
    return questions.stream().filter(q -> q.domain().equals(domain.id())).toList();
  }

  /** Items by id, the first of a repeated id; an item without an id is left out (the reader reports it). */
  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> byId = new HashMap<>();
    for (T item : items) {
      if (id.apply(item) != null) {
        byId.putIfAbsent(id.apply(item), item);
      }
    }
    return Collections.unmodifiableMap(byId);
  }
}
