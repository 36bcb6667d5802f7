package org.ccgdiag.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * The framework the areas are sorted into: its dimensions (the questionnaire's, or knowledge,
 * skills and mindsets), a paragraph shown above the areas and one line per dimension id. The intro
 * and any line may be absent.
 */
public record Framework(List<Dimension> dimensions, String intro, Map<String, String> lines) {

  public static final Framework NONE = new Framework(Dimension.DEFAULTS, null, Map.of());

  public Framework {
    dimensions = List.copyOf(dimensions);
    lines = Map.copyOf(lines);
  }

  /** The line that explains a dimension, or null when the questionnaire gives none. */
  public String line(Dimension dimension) {
    return lines.get(dimension.id());
  }

  /** The dimension with this id, or null. */
  public Dimension dimension(String id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
  }
}
