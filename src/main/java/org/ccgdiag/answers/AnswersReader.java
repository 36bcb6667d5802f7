package org.ccgdiag.answers;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;

/** Builds {@link Answers} from a parsed YAML or JSON file, checked against the questionnaire. */
public final class AnswersReader {
  private static final Set<String> TOP =
      Set.of("format", "questionnaire", "organisation", "respondent", "started", "updated", "complete", "answers", "round");
  private static final Set<String> REF = Set.of("id", "version");
  private static final Set<String> RESPONDENT = Set.of("name", "role", "perspective", "consensus");
  private static final Set<String> ANSWER = Set.of("answer", "note");
  private static final Set<String> ANSWER_WITH_VOTES = Set.of("answer", "votes", "note");

  /** More people than any workshop holds: a typing slip, not a team. */
  private static final int MAX_CONSENSUS = 1000;

  private AnswersReader() {}

  /** Reads an answers file; empty (with problems recorded) when it cannot be used. */
  public static Optional<Answers> read(Path path, Questionnaire questionnaire, Problems problems) {
    Node root = Documents.read(path, problems);
    return root == null ? Optional.empty() : read(root, questionnaire, problems);
  }

  public static Optional<Answers> read(Node root, Questionnaire questionnaire, Problems problems) {
    return read(root, questionnaire, problems, true);
  }

  /**
   * With {@code inOrder} false, every mapping of answers is read through a map of its entries, the
   * way {@link #readInOrder} stands in for: the differential test holds the two ways equal.
   */
  static Optional<Answers> read(Node root, Questionnaire questionnaire, Problems problems, boolean inOrder) {
    Optional<Answers> answers =
        Fields.of(root, "the answers file", problems, TOP).map(top -> build(top, questionnaire, problems, inOrder));
    return problems.hasErrors() ? Optional.empty() : answers;
  }

  private static Answers build(Fields top, Questionnaire questionnaire, Problems problems, boolean inOrder) {
    String format = top.requiredText("format");
    if (format != null && !format.equals(Answers.FORMAT)) {
      problems.error(
          top.positionOf("format"),
          "'format' is '" + format + "'; an answers file has format " + Answers.FORMAT
              + (format.startsWith("ccg-diag/questionnaire") ? " (this looks like a questionnaire: use -q)" : ""));
    }
    QuestionnaireRef ref = questionnaireRef(top, questionnaire, problems);
    String organisation = withinLimit(top, "organisation", top.requiredText("organisation"), TypedText.MAX_LINE_LENGTH);
    OrganisationName.check(organisation, top.positionOf("organisation"), problems);
    Respondent respondent =
        top.node("respondent")
            .flatMap(node -> Fields.of(node, "respondent", problems, RESPONDENT))
            .map(f -> respondent(f, problems))
            .orElse(new Respondent(null, null, Respondent.SELF));
    Instant started = instant(top, "started", problems);
    Instant updated = instant(top, "updated", problems);
    boolean complete = top.bool("complete", false);
    Map<String, Answer> answers = new LinkedHashMap<>();
    // Answers to another questionnaire are reported once (above), not once per question it lacks.
    boolean sameQuestionnaire = ref == null || ref.id() == null || ref.id().equals(questionnaire.id());
    boolean otherVersion = ref != null && ref.version() != null && !ref.version().equals(questionnaire.version());
    Context context = new Context(questionnaire, otherVersion, problems);
    Optional<Node> given = top.node("answers").filter(node -> sameQuestionnaire);
    if (given.isPresent() && !(inOrder && readInOrder(given.get(), context, answers))) {
      Fields.ofAny(given.get(), "answers", problems).ifPresent(f -> readAnswers(f, context, answers));
    }
    String round = withinLimit(top, "round", top.text("round").orElse(null), TypedText.MAX_LINE_LENGTH);
    return new Answers(ref, organisation, respondent, started, updated, complete, answers, round);
  }

  private static QuestionnaireRef questionnaireRef(Fields top, Questionnaire questionnaire, Problems problems) {
    if (!top.has("questionnaire")) {
      problems.error(top.position(), "the answers file has no 'questionnaire' {id, version}; add it");
      return null;
    }
    return top.node("questionnaire")
        .flatMap(node -> Fields.of(node, "'questionnaire'", problems, REF))
        .map(
            f -> {
              String id = f.requiredText("id");
              String version = f.text("version").orElse(null);
              if (id != null && !id.equals(questionnaire.id())) {
                problems.error(
                    f.positionOf("id"),
                    "these answers are for questionnaire '" + id + "', not '" + questionnaire.id()
                        + "'; choose the right one with -q");
              } else if (version != null && !version.equals(questionnaire.version())) {
                problems.warning(
                    f.positionOf("version"),
                    "these answers were given to version " + version + " of '" + id + "'; scored against version "
                        + questionnaire.version());
              }
              return new QuestionnaireRef(id, version);
            })
        .orElse(null);
  }

  private static Respondent respondent(Fields f, Problems problems) {
    String perspective = f.text("perspective").map(String::strip).orElse(Respondent.SELF);
    if (!Respondent.isValidPerspective(perspective)) {
      problems.error(f.positionOf("perspective"), invalidPerspective(perspective));
    }
    Integer consensus = f.text("consensus").map(AnswersReader::headCount).orElse(null);
    if (f.has("consensus") && consensus == null) {
      problems.error(f.positionOf("consensus"), CONSENSUS_RULE);
    }
    return new Respondent(
        withinLimit(f, "name", f.text("name").orElse(null), TypedText.MAX_LINE_LENGTH),
        withinLimit(f, "role", f.text("role").orElse(null), TypedText.MAX_LINE_LENGTH),
        perspective,
        consensus);
  }

  /**
   * The text of a field, with an error when it is longer than the session lets anyone type: a file
   * is refused rather than cut short without a word.
   */
  private static String withinLimit(Fields f, String name, String text, int limit) {
    if (text != null && TypedText.length(text.strip()) > limit) {
      f.problems().error(
          f.positionOf(name),
          "'" + name + "' is " + TypedText.length(text.strip()) + " characters long; the limit is " + limit);
    }
    return text;
  }

  /** What a consensus value must be; the same rule for answers files and spreadsheets. */
  static final String CONSENSUS_RULE =
      "'consensus' is the number of people who agreed these answers together: a whole number from 1 to " + MAX_CONSENSUS;

  static String invalidPerspective(String perspective) {
    return "perspective '" + perspective + "' is not valid: use 'self' or a stakeholder group id such as"
        + " member-practice (lower-case letters, digits and hyphens)";
  }

  /** A consensus head count, or null when the text is not one. */
  static Integer headCount(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int n = Integer.parseInt(digits);
    return n >= 1 && n <= MAX_CONSENSUS ? n : null;
  }

  private static Instant instant(Fields top, String name, Problems problems) {
    return top.text(name)
        .map(
            text -> {
              try {
                return parseInstant(text.strip());
              } catch (DateTimeParseException e) {
                problems.error(
                    top.positionOf(name), "'" + name + "' must be a UTC time such as 2026-11-25T10:02:11Z, not '" + text + "'");
                return null;
              }
            })
        .orElse(null);
  }

  /**
   * What Instant.parse gives, with the form ccg-diag writes ({@code 2026-11-25T10:02:11Z}) read by
   * hand: a batch reads two times per file, and DateTimeFormatter took a few percent of reading.
   */
  static Instant parseInstant(String text) {
    if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      // Days past the 28th, leap seconds and anything out of range are left to Instant.parse.
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour >= 0 && hour <= 23
          && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
      }
    }
    return Instant.parse(text);
  }

  /** The number the ASCII digits at {@code start} make, or -1 if any is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Set<String> questionIds(Questionnaire questionnaire) {
    return questionnaire.questions().stream().map(Question::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * What checking one file's answers needs. Answers given to another version of the questionnaire
   * may use an option that version had and this one lacks (the second edition dropped "not
   * applicable" from statutory statements): those are ignored with a warning, not rejected.
   */
  private record Context(Questionnaire questionnaire, boolean otherVersion, Problems problems) {}

  /**
   * Reads answers listed in the questionnaire's order, as every file ccg-diag writes them, walking
   * the file's entries and the questions side by side instead of building a map of the entries;
   * false (nothing read) for any other mapping, which {@link #readAnswers} then reads. Both give the
   * same answers and problems, in the same order.
   */
  private static boolean readInOrder(Node node, Context context, Map<String, Answer> answers) {
    if (!(node instanceof Node.Mapping mapping)) {
      return false;
    }
    List<Question> questions = context.questionnaire().questions();
    List<Node.Entry> entries = mapping.entries();
    Question[] asked = new Question[entries.size()];
    int next = 0;
    for (int e = 0; e < asked.length; e++) {
      String id = entries.get(e).key().text();
      while (next < questions.size() && !questions.get(next).id().equals(id)) {
        next++;
      }
      if (next == questions.size()) {
        return false; // out of order, unknown, retired or repeated
      }
      asked[e] = questions.get(next++);
    }
    for (int e = 0; e < asked.length; e++) {
      Node value = entries.get(e).value();
      if (!(value instanceof Node.Scalar scalar && scalar.isNull())) { // an empty answer is no answer, as Fields.node has it
        Answer answer = answer(value, asked[e], context);
        if (!answer.isEmpty()) {
          answers.put(asked[e].id(), answer);
        }
      }
    }
    return true;
  }

  private static void readAnswers(Fields f, Context context, Map<String, Answer> answers) {
    Questionnaire questionnaire = context.questionnaire();
    Problems problems = context.problems();
    // Questionnaire order, whatever the file's order, so every later step sees the same sequence.
    int found = 0;
    for (Question question : questionnaire.questions()) {
      Optional<Node> node = f.node(question.id());
      if (node.isPresent()) {
        found++;
        Answer answer = answer(node.get(), question, context);
        if (!answer.isEmpty()) {
          answers.put(question.id(), answer);
        }
      }
    }
    // Only a file with more entries than known questions can name an unknown one.
    if (found < f.names().size()) {
      reportUnknownQuestions(f, questionnaire, problems);
    }
  }

  private static void reportUnknownQuestions(Fields f, Questionnaire questionnaire, Problems problems) {
    Set<String> questionIds = questionIds(questionnaire);
    for (String name : f.names()) {
      if (questionnaire.retired().contains(name)) {
        problems.warning(
            f.keyPosition(name),
            "'" + Fields.quoted(name) + "' is not asked in version " + questionnaire.version() + " of '" + questionnaire.id()
                + "' (it was retired); its answer is ignored");
      } else if (!questionIds.contains(name)) {
        problems.error(
            f.keyPosition(name),
            "unknown question '" + Fields.quoted(name) + "': questionnaire '" + questionnaire.id() + "' " + questionnaire.version()
                + " has no such question"
                + Fields.closest(name, questionIds, problems).map(id -> "; did you mean '" + id + "'?").orElse(""));
      }
    }
  }

  private static Answer answer(Node node, Question question, Context context) {
    // Shorthand: `leadership.3: "4"` is the same as `leadership.3: {answer: "4"}`.
    if (node instanceof Node.Scalar scalar) {
      return new Answer(optionKey(scalar.text(), scalar, question, context), null);
    }
    if (node instanceof Node.Mapping mapping && isCommonShape(mapping)) {
      return commonShape(mapping, question, context);
    }
    String what = "the answer to " + context.questionnaire().statementName(question.id());
    return Fields.of(node, what, context.problems(), ANSWER_WITH_VOTES)
        .map(
            f -> {
              String key =
                  f.text("answer")
                      .map(text -> optionKey(text, f.node("answer").orElseThrow(), question, context))
                      .orElse(null);
              Map<String, Integer> votes = f.node("votes").map(v -> votes(v, question, context)).orElse(null);
              return new Answer(
                  key, withinLimit(f, "note", f.text("note").orElse(null), TypedText.MAX_NOTE_LENGTH), votes);
            })
        .orElse(Answer.NONE);
  }

  /**
   * The room's votes: option key to a whole number of people, 1 to {@link Answer#MAX_VOTERS}; keys
   * in the scale's order. A key not in the scale or a count that is not such a number is located.
   */
  private static Map<String, Integer> votes(Node node, Question question, Context context) {
    String what = "the votes on " + context.questionnaire().statementName(question.id());
    if (!(node instanceof Node.Mapping mapping)) {
      context.problems().error(node.position(), what + " must be a mapping of option keys to counts, e.g. {\"4\": 3, \"5\": 2}");
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      String key = optionKey(entry.key().text(), entry.key(), question, context);
      String count = entry.value() instanceof Node.Scalar scalar ? scalar.text() : null;
      if (count == null || !count.matches("[0-9]{1,4}") || Integer.parseInt(count) < 1
          || Integer.parseInt(count) > Answer.MAX_VOTERS) {
        context.problems().error(
            entry.value().position(), "in " + what + ", the count for '" + entry.key().text() + "' must be a whole number"
                + " of people from 1 to " + Answer.MAX_VOTERS);
      } else if (key != null) {
        counts.merge(key, Integer.parseInt(count), Integer::sum);
      }
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (Option option : context.questionnaire().scaleOf(question).options()) {
      if (counts.containsKey(option.key())) {
        ordered.put(option.key(), counts.get(option.key()));
      }
    }
    return ordered;
  }

  /**
   * {answer, note} with single values and a note within its limit, as nearly every file has:
   * nothing there for the detailed path to report but the answer's key, which both paths check.
   */
  private static boolean isCommonShape(Node.Mapping mapping) {
    List<Node.Entry> entries = mapping.entries();
    for (int i = 0; i < entries.size(); i++) { // indexed here and below: C1 allocates an iterator per loop
      Node.Entry entry = entries.get(i);
      if (!(entry.value() instanceof Node.Scalar value) || !ANSWER.contains(entry.key().text())) {
        return false;
      }
      if (entry.key().text().equals("note") && value.text() != null
          && TypedText.length(value.text().strip()) > TypedText.MAX_NOTE_LENGTH) {
        return false;
      }
    }
    return true;
  }

  /** The common shape read without a Fields map and Optionals per answer: what the detailed path gives for it. */
  private static Answer commonShape(Node.Mapping mapping, Question question, Context context) {
    String key = null;
    String note = null;
    List<Node.Entry> entries = mapping.entries();
    for (int i = 0; i < entries.size(); i++) {
      Node.Entry entry = entries.get(i);
      Node.Scalar value = (Node.Scalar) entry.value();
      if (entry.key().text().equals("answer")) {
        key = optionKey(value.text(), value, question, context);
      } else {
        note = value.text();
      }
    }
    return new Answer(key, note);
  }

  /** The option a key names; {@code at} (where a problem is reported) is asked for its position only then. */
  private static String optionKey(String key, Node at, Question question, Context context) {
    if (key == null) {
      return null;
    }
    Scale scale = context.questionnaire().scaleOf(question);
    Optional<Option> option = scale.option(key);
    if (option.isEmpty()) {
      String message =
          "'" + key + "' is not an answer to " + context.questionnaire().statementName(question.id()) + "; its scale '"
              + scale.id() + "' has keys " + scale.keys();
      if (context.otherVersion()) {
        context.problems().warning(at.position(), message + " in version " + context.questionnaire().version() + "; ignored");
      } else {
        context.problems().error(at.position(), message);
      }
      return null;
    }
    return option.get().key();
  }
}
