package org.ccgdiag.answers;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Questionnaire;

/** Builds {@link Answers} from a parsed YAML or JSON file, checked against the questionnaire. */
public final class AnswersReader {
  private static final Set<String> TOP =
      Set.of(
          "format",
          "questionnaire",
          "organisation",
          "respondent",
          "started",
          "updated",
          "complete",
          "answers",
          "round");
  private static final Set<String> REF = Set.of("id", "version");
  private static final Set<String> RESPONDENT = Set.of("name", "role", "perspective", "consensus");

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
   * way {@link AnswerEntries#readInOrder} stands in for: the differential test holds the two ways
   * equal.
   */
  static Optional<Answers> read(
      Node root, Questionnaire questionnaire, Problems problems, boolean inOrder) {
    Optional<Answers> answers =
        Fields.of(root, "the answers file", problems, TOP)
            .map(top -> build(top, questionnaire, problems, inOrder));
    return problems.hasErrors() ? Optional.empty() : answers;
  }

  private static Answers build(
      Fields top, Questionnaire questionnaire, Problems problems, boolean inOrder) {
    String format = top.requiredText("format");
    if (format != null && !format.equals(Answers.FORMAT)) {
      problems.error(
          top.positionOf("format"),
          "'format' is '"
              + format
              + "'; an answers file has format "
              + Answers.FORMAT
              + (format.startsWith("ccg-diag/questionnaire")
                  ? " (this looks like a questionnaire: use -q)"
                  : ""));
    }
    QuestionnaireRef ref = questionnaireRef(top, questionnaire, problems);
    String organisation =
        withinLimit(
            top, "organisation", top.requiredText("organisation"), TypedText.MAX_LINE_LENGTH);
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
    boolean sameQuestionnaire =
        ref == null || ref.id() == null || ref.id().equals(questionnaire.id());
    boolean otherVersion =
        ref != null && ref.version() != null && !ref.version().equals(questionnaire.version());
    AnswerEntries entries = new AnswerEntries(questionnaire, otherVersion, problems);
    Optional<Node> given = top.node("answers").filter(node -> sameQuestionnaire);
    if (given.isPresent() && !(inOrder && entries.readInOrder(given.get(), answers))) {
      Fields.ofAny(given.get(), "answers", problems).ifPresent(f -> entries.read(f, answers));
    }
    String round =
        withinLimit(top, "round", top.text("round").orElse(null), TypedText.MAX_LINE_LENGTH);
    return new Answers(ref, organisation, respondent, started, updated, complete, answers, round);
  }

  private static QuestionnaireRef questionnaireRef(
      Fields top, Questionnaire questionnaire, Problems problems) {
    if (!top.has("questionnaire")) {
      problems.error(
          top.position(), "the answers file has no 'questionnaire' {id, version}; add it");
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
                    "these answers are for questionnaire '"
                        + id
                        + "', not '"
                        + questionnaire.id()
                        + "'; choose the right one with -q");
              } else if (version != null && !version.equals(questionnaire.version())) {
                problems.warning(
                    f.positionOf("version"),
                    "these answers were given to version "
                        + version
                        + " of '"
                        + id
                        + "'; scored against version "
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
  static String withinLimit(Fields f, String name, String text, int limit) {
    if (text != null && TypedText.length(text.strip()) > limit) {
      f.problems()
          .error(
              f.positionOf(name),
              "'"
                  + name
                  + "' is "
                  + TypedText.length(text.strip())
                  + " characters long; the limit is "
                  + limit);
    }
    return text;
  }

  /** What a consensus value must be; the same rule for answers files and spreadsheets. */
  static final String CONSENSUS_RULE =
      "'consensus' is the number of people who agreed these answers together: a whole number from 1 to "
          + MAX_CONSENSUS;

  static String invalidPerspective(String perspective) {
    return "perspective '"
        + perspective
        + "' is not valid: use 'self' or a stakeholder group id such as"
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
                    top.positionOf(name),
                    "'"
                        + name
                        + "' must be a UTC time such as 2026-11-25T10:02:11Z, not '"
                        + text
                        + "'");
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
    if (text.length() == 20
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      // Days past the 28th, leap seconds and anything out of range are left to Instant.parse.
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= 28
          && hour >= 0
          && hour <= 23
          && minute >= 0
          && minute <= 59
          && second >= 0
          && second <= 59) {
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
}
