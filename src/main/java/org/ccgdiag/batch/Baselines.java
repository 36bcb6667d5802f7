package org.ccgdiag.batch;

import java.util.Optional;
import org.ccgdiag.report.compare.ReportSnapshot;

/**
 * Where a group's progress is measured from when the batch itself has no earlier round of its
 * organisation: a report of an earlier run (score --baseline).
 */
@FunctionalInterface
public interface Baselines {
  Baselines NONE = group -> Optional.empty();

  Optional<ReportSnapshot> before(Organisation group);
}
