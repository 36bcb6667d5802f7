package org.ccgdiag.questionnaire;

import java.util.Locale;

/**
 * A closed set of terms (an enum) written in files and reports in lower case with hyphens, e.g.
 * {@code NOT_APPLICABLE} as {@code not-applicable}.
 */
public interface Term {
  String name();

  default String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
