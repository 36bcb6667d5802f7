package org.ccgdiag.batch;

import java.util.Locale;
import org.ccgdiag.scoring.Tally;

/**
 * One organisation of a batch: the tally of all its answer files, and the slug its report files
 * are named by. Its name is spelt as in its first answer file.
 */
public record Organisation(String slug, Tally tally) {

  public String name() {
    return tally.organisation();
  }

  /** How answer files are grouped: names that differ only in case or surrounding spaces are one organisation. */
  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
