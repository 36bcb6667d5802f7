package org.ccgdiag.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;

/**
 * The rules of the maturity levels: at least one, ids unique, each with a min between 0 and 100,
 * the first at 0 and each above the one before, so that every score reaches exactly one level.
 */
final class LevelReader {
  private static final Set<String> LEVEL = Set.of("id", "label", "min");

  private LevelReader() {}

  static List<Level> read(Fields top) {
    Problems problems = top.problems();
    List<Node> items = top.requiredList("levels");
    List<Level> levels = new ArrayList<>();
    BigFraction previous = null;
    String previousText = null;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Optional<Fields> fields = Fields.of(item, "level " + (i + 1), problems, LEVEL);
      if (fields.isEmpty()) {
        continue;
      }
      Fields f = fields.get();
      String levelId = f.requiredId("id");
      String label = f.requiredText("label");
      Optional<BigFraction> min = f.fraction("min");
      if (!f.has("min")) {
        problems.error(
            f.position(),
            "level " + (i + 1) + " has no 'min'; add the lowest score that reaches it");
      }
      if (levelId != null && !seen.add(levelId)) {
        problems.error(f.positionOf("id"), "duplicate level id '" + levelId + "'");
      }
      if (min.isPresent()) {
        BigFraction value = min.get();
        String written = f.text("min").orElse("").strip();
        if (i == 0 && value.signum() != 0) {
          problems.error(
              f.positionOf("min"), "the first level must have min 0 (it is " + written + ")");
        } else if (value.signum() < 0 || value.subtract(QuestionnaireReader.PERCENT).signum() > 0) {
          problems.error(f.positionOf("min"), "a level's min must be between 0 and 100");
        } else if (previous != null && value.subtract(previous).signum() <= 0) {
          problems.error(
              f.positionOf("min"),
              "levels must be in ascending order of min: "
                  + written
                  + " does not exceed "
                  + previousText);
        }
        previous = value;
        previousText = written;
        levels.add(new Level(levelId, label, value));
      }
    }
    if (items.isEmpty() && top.has("levels")) {
      problems.error(
          top.positionOf("levels"), "there must be at least one level, starting at min 0");
    }
    return levels;
  }
}
