package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated questionnaire: the domains and the knowledge / skills / mindsets areas it assesses,
 * its questions in asking order, and the levels, targets and resources its reports use. Defaults
 * are already applied (every domain and area has its effective target, {@code terms} and
 * {@code framework} are never null). {@code retired} lists ids of questions an earlier version had:
 * answers to them are ignored with a warning rather than rejected.
 */
public record Questionnaire(
    String id,
    String version,
    String title,
    String description,
    BigDecimal minCoverage,
    BigDecimal target,
    List<Level> levels,
    List<Scale> scales,
    List<Domain> domains,
    List<Area> areas,
    List<Question> questions,
    List<Resource> resources,
    Terms terms,
    Framework framework,
    List<String> retired) {

  public static final String FORMAT = "ccg-diag/questionnaire@1";

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
  }

  public Map<String, Resource> resourcesById() {
    return index(resources, Resource::id);
  }

  public Map<String, Area> areasById() {
    return index(areas, Area::id);
  }

  // Plain loops over a handful of scales and domains: these are called for every answer of every
  // file in a batch, where a stream pipeline per call cost more than the lookup itself.
  public Scale scaleOf(Question question) {
    for (int i = 0; i < scales.size(); i++) { // indexed: C1 allocates an iterator per loop
      if (scales.get(i).id().equals(question.scale())) {
        return scales.get(i);
      }
    }
    throw new NoSuchElementException("no scale " + question.scale());
  }

  public Domain domainOf(Question question) {
    for (Domain domain : domains) {
      if (domain.id().equals(question.domain())) {
        return domain;
      }
    }
    throw new NoSuchElementException("no domain " + question.domain());
  }

  public List<Question> questionsIn(Domain domain) {
    return questions.stream().filter(q -> q.domain().equals(domain.id())).toList();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    return items.stream()
        .collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> a));
  }
}
