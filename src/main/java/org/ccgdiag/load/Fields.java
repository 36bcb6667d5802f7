package org.ccgdiag.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;

/**
 * Reads the fields of one mapping in a file, recording a located problem for every unknown field,
 * missing field and wrongly typed value, and carrying on so that all problems are found at once.
 */
public final class Fields {
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private final Node.Mapping mapping;
  private final String what;
  private final Problems problems;
  private final Map<String, Node.Entry> entries = new LinkedHashMap<>();

  /**
   * {@code allowed} null accepts every field name (a mapping keyed by ids, checked by the caller).
   */
  private Fields(Node.Mapping mapping, String what, Problems problems, Set<String> allowed) {
    this.mapping = mapping;
    this.what = what;
    this.problems = problems;
    for (Node.Entry entry : mapping.entries()) {
      String name = entry.key().text();
      if (allowed == null || allowed.contains(name)) {
        entries.put(name, entry);
      } else {
        problems.error(entry.key().position(), unknownField(name, allowed));
      }
    }
  }

  /**
   * The fields of {@code node} if it is a mapping; otherwise records a problem and returns empty.
   *
   * @param what how messages name the thing, e.g. "question 'leadership.3'"
   */
  public static Optional<Fields> of(
      Node node, String what, Problems problems, Set<String> allowed) {
    if (node instanceof Node.Mapping mapping) {
      return Optional.of(new Fields(mapping, what, problems, allowed));
    }
    problems.error(node.position(), what + " must be a mapping (key: value), not " + node.kind());
    return Optional.empty();
  }

  /**
   * The entries of {@code node} if it is a mapping, whatever their names (for mappings keyed by
   * ids, such as the answers, whose caller reports unknown ids in its own words).
   */
  public static Optional<Fields> ofAny(Node node, String what, Problems problems) {
    return of(node, what, problems, null);
  }

  /** The field names present, in file order. */
  public Set<String> names() {
    return java.util.Collections.unmodifiableSet(entries.keySet());
  }

  /** Where a field's key is, or the mapping itself when the field is absent. */
  public Position keyPosition(String name) {
    Node.Entry entry = entries.get(name);
    return entry == null ? mapping.position() : entry.key().position();
  }

  /**
   * The candidate nearest to a misspelt name, when one is near enough to suggest ({@link
   * NearestName}), while the file's budget of hints lasts: a file of hundreds of thousands of
   * unknown names gets hints for the first ones only.
   */
  public static Optional<String> closest(
      String name, java.util.Collection<String> candidates, Problems problems) {
    return problems.takeHint() ? NearestName.among(name, candidates) : Optional.empty();
  }

  public Position position() {
    return mapping.position();
  }

  public Problems problems() {
    return problems;
  }

  public boolean has(String name) {
    Node.Entry entry = entries.get(name);
    return entry != null && !(entry.value() instanceof Node.Scalar s && s.isNull());
  }

  public Optional<Node> node(String name) {
    Node.Entry entry = entries.get(name); // one lookup: called for every question of every file
    return entry == null || (entry.value() instanceof Node.Scalar s && s.isNull())
        ? Optional.empty()
        : Optional.of(entry.value());
  }

  /** Where a field's value is, or the mapping itself when the field is absent. */
  public Position positionOf(String name) {
    Node.Entry entry = entries.get(name);
    return entry == null ? mapping.position() : entry.value().position();
  }

  public Optional<String> text(String name) {
    Node.Entry entry = entries.get(name);
    if (entry == null || !(entry.value() instanceof Node.Scalar scalar)) {
      if (entry != null) {
        problems.error(
            entry.value().position(),
            "'" + name + "' of " + what + " must be a single value, not " + entry.value().kind());
      }
      return Optional.empty();
    }
    if (scalar.isNull()) {
      return Optional.empty();
    }
    return Optional.of(scalar.text());
  }

  public String requiredText(String name) {
    Node.Entry entry = entries.get(name);
    if (entry == null) {
      problems.error(mapping.position(), what + " has no '" + name + "'; add it");
      return null;
    }
    Optional<String> value = text(name).filter(text -> !text.isBlank());
    if (value.isEmpty() && entry.value() instanceof Node.Scalar) {
      problems.error(
          entry.value().position(), "'" + name + "' of " + what + " is empty; give it a value");
    }
    return value.orElse(null);
  }

  /** A required id made of lower-case letters, digits and hyphens. */
  public String requiredId(String name) {
    String id = requiredText(name);
    if (id != null && !ID.matcher(id).matches()) {
      problems.error(
          positionOf(name),
          "'"
              + id
              + "' is not a valid id: use lower-case letters, digits and hyphens only (e.g. "
              + suggestId(id)
              + ")");
    }
    return id;
  }

  /**
   * Largest magnitude of any number in the formats (scores, weights, targets, coverage, level
   * minimums): far beyond any real one, and small enough that arithmetic on it stays cheap.
   */
  public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000");

  /** Most digits after the decimal point of any number in the formats. */
  public static final int MAX_DECIMALS = 6;

  /** A number as people write it: no exponent ({@code 1e-99999} would cost minutes to use). */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,7})(\\.\\d{1,20})?");

  /**
   * A number, bounded when it is read: less than {@link #MAX_MAGNITUDE} in size, with at most
   * {@link #MAX_DECIMALS} digits after the point, in plain decimal notation.
   */
  public Optional<BigDecimal> number(String name) {
    return text(name)
        .flatMap(
            text -> {
              String plain = text.strip();
              if (!NUMBER.matcher(plain).matches()) {
                problems.error(
                    positionOf(name),
                    "'"
                        + name
                        + "' of "
                        + what
                        + " must be a number, not '"
                        + quoted(plain)
                        + "' (write it like 70 or 0.5)");
                return Optional.empty();
              }
              BigDecimal value = new BigDecimal(plain);
              if (value.abs().compareTo(MAX_MAGNITUDE) >= 0
                  || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                problems.error(
                    positionOf(name),
                    "'"
                        + name
                        + "' of "
                        + what
                        + " is "
                        + plain
                        + "; numbers must be less than "
                        + MAX_MAGNITUDE.toPlainString()
                        + " in size, with at most "
                        + MAX_DECIMALS
                        + " digits after the point");
                return Optional.empty();
              }
              return Optional.of(value);
            });
  }

  /** A fraction as an author writes one: whole numbers of at most 7 digits, the divisor not 0. */
  private static final Pattern FRACTION = Pattern.compile("([+-]?\\d{1,7})\\s*/\\s*(\\d{1,7})");

  /**
   * A number that may also be written as a fraction {@code a/b} (a level's min or a target of
   * 100/3): exact, so that a third is a third and not 33.333333.
   */
  public Optional<BigFraction> fraction(String name) {
    Optional<String> text = text(name).map(String::strip);
    if (text.isEmpty() || !text.get().contains("/")) {
      return number(name).map(Fields::exact);
    }
    var matcher = FRACTION.matcher(text.get());
    if (!matcher.matches() || Long.parseLong(matcher.group(2)) == 0) {
      problems.error(
          positionOf(name),
          "'"
              + name
              + "' of "
              + what
              + " must be a number or a fraction, not '"
              + quoted(text.get())
              + "' (write it like 70, 62.5 or 100/3)");
      return Optional.empty();
    }
    return Optional.of(
        BigFraction.of(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
  }

  /** A decimal as the exact fraction it is: 33.333333 stays 33333333/1000000. */
  public static BigFraction exact(BigDecimal value) {
    return value.scale() <= 0
        ? BigFraction.of(value.toBigIntegerExact())
        : BigFraction.of(value.unscaledValue(), java.math.BigInteger.TEN.pow(value.scale()));
  }

  /** A number or fraction within [min, max], or the default when absent. */
  public BigFraction fraction(
      String name, BigFraction min, BigFraction max, BigFraction otherwise) {
    Optional<BigFraction> value = fraction(name);
    if (value.isPresent()
        && (value.get().subtract(min).signum() < 0 || value.get().subtract(max).signum() > 0)) {
      problems.error(
          positionOf(name),
          "'"
              + name
              + "' of "
              + what
              + " is "
              + text(name).orElse("").strip()
              + "; it must be between "
              + min
              + " and "
              + max);
    }
    return value.orElse(otherwise);
  }

  /** Input quoted in a message: long enough to recognise, never a screenful. */
  public static String quoted(String text) {
    int limit = 60;
    return text.codePointCount(0, text.length()) <= limit
        ? text
        : text.substring(0, text.offsetByCodePoints(0, limit)) + "...";
  }

  /** A number within [min, max], or the default when absent. */
  public BigDecimal number(String name, BigDecimal min, BigDecimal max, BigDecimal otherwise) {
    Optional<BigDecimal> value = number(name);
    if (value.isPresent()
        && (value.get().subtract(min).signum() < 0 || value.get().subtract(max).signum() > 0)) {
      problems.error(
          positionOf(name),
          "'"
              + name
              + "' of "
              + what
              + " is "
              + value.get().toPlainString()
              + "; it must be between "
              + min.toPlainString()
              + " and "
              + max.toPlainString());
    }
    return value.orElse(otherwise);
  }

  public boolean bool(String name, boolean otherwise) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return otherwise;
    }
    return switch (value.get()) {
      case "true", "True", "TRUE", "yes" -> true;
      case "false", "False", "FALSE", "no" -> false;
      default -> {
        problems.error(positionOf(name), "'" + name + "' of " + what + " must be true or false");
        yield otherwise;
      }
    };
  }

  /** The items of a list field (empty when absent or not a list, with a problem for the latter). */
  public List<Node> list(String name) {
    Node.Entry entry = entries.get(name);
    if (entry == null || entry.value() instanceof Node.Scalar s && s.isNull()) {
      return List.of();
    }
    if (entry.value() instanceof Node.Sequence sequence) {
      return sequence.items();
    }
    problems.error(
        entry.value().position(),
        "'" + name + "' of " + what + " must be a list, not " + entry.value().kind());
    return List.of();
  }

  public List<Node> requiredList(String name) {
    if (!entries.containsKey(name)) {
      problems.error(mapping.position(), what + " has no '" + name + "'; add it");
    }
    return list(name);
  }

  /** A list of plain texts (ids), each with its position, for reference checks. */
  public List<Node.Scalar> textList(String name) {
    List<Node.Scalar> texts = new ArrayList<>();
    for (Node item : list(name)) {
      if (item instanceof Node.Scalar scalar && !scalar.isNull()) {
        texts.add(scalar);
      } else {
        problems.error(
            item.position(), "items of '" + name + "' must be single values, not " + item.kind());
      }
    }
    return texts;
  }

  private String unknownField(String name, Set<String> allowed) {
    String hint =
        closest(name, allowed, problems)
            .map(c -> "; did you mean '" + c + "'?")
            .orElse(
                "; the fields allowed here are "
                    + String.join(", ", allowed.stream().sorted().toList()));
    return "unknown field '" + quoted(name) + "' in " + what + hint;
  }

  private static String suggestId(String id) {
    String slug =
        id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "my-id" : slug;
  }
}
