package org.ccgdiag.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;

/**
 * The rules of one answer scale and its options: keys unique whatever their case and free of the
 * session's commands, a score on every scored option and on no other, two scored values at least.
 */
final class ScaleReader {
  static final Set<String> FIELDS = Set.of("id", "options");
  private static final Set<String> OPTION = Set.of("key", "label", "score", "kind");

  private ScaleReader() {}

  static Scale read(Fields f, String what) {
    Problems problems = f.problems();
    String scaleId = f.requiredId("id");
    List<Option> options = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    Set<BigDecimal> scores = new HashSet<>();
    List<Node> items = f.requiredList("options");
    for (int i = 0; i < items.size(); i++) {
      String optionWhat = "option " + (i + 1) + " of " + what;
      Optional<Fields> option = Fields.of(items.get(i), optionWhat, problems, OPTION);
      if (option.isEmpty()) {
        continue;
      }
      Option built = option(option.get(), optionWhat);
      if (built == null) {
        continue;
      }
      if (!keys.add(built.key().toLowerCase(Locale.ROOT))) {
        problems.error(
            option.get().positionOf("key"),
            "duplicate option key '"
                + built.key()
                + "' in "
                + what
                + " (keys are not case-sensitive)");
      }
      if (built.score() != null) {
        scores.add(built.score().stripTrailingZeros());
      }
      options.add(built);
    }
    if (scores.size() < 2) {
      problems.error(
          f.position(),
          what
              + " has "
              + scores.size()
              + " distinct scored value"
              + (scores.size() == 1 ? "" : "s")
              + "; a scale needs at least two (e.g. scores 0 to 4)");
    }
    return new Scale(scaleId, options);
  }

  private static Option option(Fields f, String what) {
    Problems problems = f.problems();
    String key = f.requiredText("key");
    String label = f.requiredText("label");
    String kindText = f.text("kind").orElse("scored");
    Option.Kind kind = null;
    for (Option.Kind k : Option.Kind.values()) {
      if (k.id().equals(kindText)) {
        kind = k;
      }
    }
    if (kind == null) {
      problems.error(
          f.positionOf("kind"),
          "unknown kind '"
              + kindText
              + "' in "
              + what
              + "; use scored, dont-know or not-applicable");
      return null;
    }
    if (key != null
        && (QuestionnaireReader.SESSION_COMMANDS.contains(key.trim().toLowerCase(Locale.ROOT))
            || !key.equals(key.trim()))) {
      problems.error(
          f.positionOf("key"),
          "option key '"
              + key
              + "' cannot be used: n, b, s, ? and q are commands in the session"
              + " (and keys cannot start or end with spaces); choose another key");
    }
    Optional<BigDecimal> score = f.number("score");
    if (kind == Option.Kind.SCORED && score.isEmpty() && !f.has("score")) {
      problems.error(
          f.position(),
          what
              + " is scored but has no 'score'; add one, or set kind: dont-know or not-applicable");
    }
    if (kind != Option.Kind.SCORED && f.has("score")) {
      problems.error(
          f.positionOf("score"), what + " is " + kind.id() + " and cannot have a score; remove it");
    }
    return key == null
        ? null
        : new Option(key, label, kind, kind == Option.Kind.SCORED ? score.orElse(null) : null);
  }
}
