package org.ccgdiag.answers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.Scale;

/**
 * The {@code answers} of one file, statement id to answer: each an option key, {answer, note} or
 * the room's votes, checked against its statement's scale, and kept in the questionnaire's order.
 * Answers given to another version of the questionnaire may use an option that version had and this
 * one lacks (the second edition dropped "not applicable" from statutory statements): with {@code
 * otherVersion}, those are ignored with a warning, not rejected.
 */
final class AnswerEntries {
  private static final Set<String> ANSWER = Set.of("answer", "note");
  private static final Set<String> ANSWER_WITH_VOTES = Set.of("answer", "votes", "note");

  private final Questionnaire questionnaire;
  private final boolean otherVersion;
  private final Problems problems;

  AnswerEntries(Questionnaire questionnaire, boolean otherVersion, Problems problems) {
    this.questionnaire = questionnaire;
    this.otherVersion = otherVersion;
    this.problems = problems;
  }

  /**
   * Reads answers listed in the questionnaire's order, as every file ccg-diag writes them, walking
   * the file's entries and the questions side by side instead of building a map of the entries;
   * false (nothing read) for any other mapping, which {@link #read} then reads. Both give the same
   * answers and problems, in the same order.
   */
  boolean readInOrder(Node node, Map<String, Answer> answers) {
    if (!(node instanceof Node.Mapping mapping)) {
      return false;
    }
    List<Question> questions = questionnaire.questions();
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
      if (!(value instanceof Node.Scalar scalar
          && scalar.isNull())) { // an empty answer is no answer, as Fields.node has it
        Answer answer = answer(value, asked[e]);
        if (!answer.isEmpty()) {
          answers.put(asked[e].id(), answer);
        }
      }
    }
    return true;
  }

  /** Reads any mapping of answers, through a map of its entries. */
  void read(Fields f, Map<String, Answer> answers) {
    // Questionnaire order, whatever the file's order, so every later step sees the same sequence.
    int found = 0;
    for (Question question : questionnaire.questions()) {
      Optional<Node> node = f.node(question.id());
      if (node.isPresent()) {
        found++;
        Answer answer = answer(node.get(), question);
        if (!answer.isEmpty()) {
          answers.put(question.id(), answer);
        }
      }
    }
    // Only a file with more entries than known questions can name an unknown one.
    if (found < f.names().size()) {
      reportUnknownQuestions(f);
    }
  }

  private void reportUnknownQuestions(Fields f) {
    Set<String> questionIds =
        questionnaire.questions().stream()
            .map(Question::id)
            .collect(Collectors.toUnmodifiableSet());
    for (String name : f.names()) {
      if (questionnaire.retired().contains(name)) {
        problems.warning(
            f.keyPosition(name),
            "'"
                + Fields.quoted(name)
                + "' is not asked in version "
                + questionnaire.version()
                + " of '"
                + questionnaire.id()
                + "' (it was retired); its answer is ignored");
      } else if (!questionIds.contains(name)) {
        problems.error(
            f.keyPosition(name),
            "unknown question '"
                + Fields.quoted(name)
                + "': questionnaire '"
                + questionnaire.id()
                + "' "
                + questionnaire.version()
                + " has no such question"
                + Fields.closest(name, questionIds, problems)
                    .map(id -> "; did you mean '" + id + "'?")
                    .orElse(""));
      }
    }
  }

  private Answer answer(Node node, Question question) {
    // Shorthand: `leadership.3: "4"` is the same as `leadership.3: {answer: "4"}`.
    if (node instanceof Node.Scalar scalar) {
      return new Answer(optionKey(scalar.text(), scalar, question), null);
    }
    if (node instanceof Node.Mapping mapping && isCommonShape(mapping)) {
      return commonShape(mapping, question);
    }
    String what = "the answer to " + questionnaire.statementName(question.id());
    return Fields.of(node, what, problems, ANSWER_WITH_VOTES)
        .map(
            f -> {
              String key =
                  f.text("answer")
                      .map(text -> optionKey(text, f.node("answer").orElseThrow(), question))
                      .orElse(null);
              Map<String, Integer> votes =
                  f.node("votes").map(v -> votes(v, question)).orElse(null);
              return new Answer(
                  key,
                  AnswersReader.withinLimit(
                      f, "note", f.text("note").orElse(null), TypedText.MAX_NOTE_LENGTH),
                  votes);
            })
        .orElse(Answer.NONE);
  }

  /**
   * The room's votes: option key to a whole number of people, 1 to {@link Answer#MAX_VOTERS}; keys
   * in the scale's order. A key not in the scale or a count that is not such a number is located.
   */
  private Map<String, Integer> votes(Node node, Question question) {
    String what = "the votes on " + questionnaire.statementName(question.id());
    if (!(node instanceof Node.Mapping mapping)) {
      problems.error(
          node.position(),
          what + " must be a mapping of option keys to counts, e.g. {\"4\": 3, \"5\": 2}");
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      String key = optionKey(entry.key().text(), entry.key(), question);
      String count = entry.value() instanceof Node.Scalar scalar ? scalar.text() : null;
      if (count == null
          || !count.matches("[0-9]{1,4}")
          || Integer.parseInt(count) < 1
          || Integer.parseInt(count) > Answer.MAX_VOTERS) {
        problems.error(
            entry.value().position(),
            "in "
                + what
                + ", the count for '"
                + entry.key().text()
                + "' must be a whole number"
                + " of people from 1 to "
                + Answer.MAX_VOTERS);
      } else if (key != null) {
        counts.merge(key, Integer.parseInt(count), Integer::sum);
      }
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (Option option : questionnaire.scaleOf(question).options()) {
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
    for (int i = 0;
        i < entries.size();
        i++) { // indexed here and below: C1 allocates an iterator per loop
      Node.Entry entry = entries.get(i);
      if (!(entry.value() instanceof Node.Scalar value) || !ANSWER.contains(entry.key().text())) {
        return false;
      }
      if (entry.key().text().equals("note")
          && value.text() != null
          && TypedText.length(value.text().strip()) > TypedText.MAX_NOTE_LENGTH) {
        return false;
      }
    }
    return true;
  }

  /**
   * The common shape read without a Fields map and Optionals per answer: what the detailed path
   * gives for it.
   */
  private Answer commonShape(Node.Mapping mapping, Question question) {
    String key = null;
    String note = null;
    List<Node.Entry> entries = mapping.entries();
    for (int i = 0; i < entries.size(); i++) {
      Node.Entry entry = entries.get(i);
      Node.Scalar value = (Node.Scalar) entry.value();
      if (entry.key().text().equals("answer")) {
        key = optionKey(value.text(), value, question);
      } else {
        note = value.text();
      }
    }
    return new Answer(key, note);
  }

  /**
   * The option a key names; {@code at} (where a problem is reported) is asked for its position only
   * then.
   */
  private String optionKey(String key, Node at, Question question) {
    if (key == null) {
      return null;
    }
    Scale scale = questionnaire.scaleOf(question);
    Optional<Option> option = scale.option(key);
    if (option.isEmpty()) {
      String message =
          "'"
              + key
              + "' is not an answer to "
              + questionnaire.statementName(question.id())
              + "; its scale '"
              + scale.id()
              + "' has keys "
              + scale.keys();
      if (otherVersion) {
        problems.warning(
            at.position(), message + " in version " + questionnaire.version() + "; ignored");
      } else {
        problems.error(at.position(), message);
      }
      return null;
    }
    return option.get().key();
  }
}
