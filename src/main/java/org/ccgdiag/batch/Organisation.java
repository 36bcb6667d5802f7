package org.ccgdiag.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.files.Slugs;
import org.ccgdiag.scoring.Tally;

/**
 * One group of a batch: an organisation's answer files of one round (brief section 4, "Grouping"),
 * their tally, and the slug its report files are named by: {@code nhs-lakeside-ccg--2012-07}, or
 * {@code nhs-lakeside-ccg} for files without a round. The name is spelt as in the group's first
 * answer file.
 */
public record Organisation(String slug, Tally tally) {

  public String name() {
    return tally.organisation();
  }

  public String round() {
    return tally.round();
  }

  /** Whether two groups are rounds of one organisation. */
  boolean sameOrganisationAs(Organisation other) {
    return name() != null && other.name() != null && normal(name()).equals(normal(other.name()));
  }

  /**
   * How answer files are grouped: names (and rounds) that differ only in case or surrounding spaces
   * are one organisation (one round); files without a round form a group of their own.
   */
  record Key(String organisation, String round) {}

  static Key key(String organisation, String round) {
    return new Key(normal(organisation), round == null ? "" : normal(round));
  }

  private static String normal(String text) {
    return Answers.organisationKey(text);
  }

  /**
   * The groups sorted by organisation, then round (as text, so labels such as 2012-01 and 2012-07
   * sort in time order), with distinct slugs: one per organisation, plus the round's.
   */
  static List<Organisation> inOrder(Map<Key, Tally> tallies, String reserved) {
    Map<String, Map<String, Tally>> byOrganisation = new TreeMap<>();
    tallies.forEach(
        (key, tally) ->
            byOrganisation
                .computeIfAbsent(key.organisation(), k -> new TreeMap<>())
                .put(key.round(), tally));
    List<String> names = new ArrayList<>(byOrganisation.keySet());
    List<String> slugs = Slugs.distinct(names, Set.of(reserved));
    List<Organisation> groups = new ArrayList<>(tallies.size());
    for (int i = 0; i < names.size(); i++) {
      Map<String, Tally> rounds = byOrganisation.get(names.get(i));
      List<String> labels = new ArrayList<>(rounds.keySet());
      List<String> roundSlugs = Slugs.distinct(labels, Set.of());
      for (int r = 0; r < labels.size(); r++) {
        String slug = slugs.get(i) + (labels.get(r).isEmpty() ? "" : "--" + roundSlugs.get(r));
        groups.add(new Organisation(slug, rounds.get(labels.get(r))));
      }
    }
    return groups;
  }
}
