package org.ccgdiag.batch;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ccgdiag.load.Documents;
import org.ccgdiag.load.Fields;
import org.ccgdiag.load.Node;
import org.ccgdiag.problem.Problems;
import org.ccgdiag.questionnaire.Domain;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.report.compare.ReportSnapshot;
import org.ccgdiag.report.json.SnapshotReader;
import org.ccgdiag.scoring.Status;

/**
 * The baselines of {@code score --baseline}: one JSON report (for the group of its organisation, or
 * for the only group), or an earlier output folder or its summary.json. From a folder each group is
 * measured against its organisation's latest earlier round there (by round label; rows without a
 * round count as earlier than any), read from that round's JSON report when the folder has it, else
 * from its summary row (overall and domain scores only).
 */
public final class BaselineFiles implements Baselines {
  private final Questionnaire questionnaire;
  private final Path folder;
  private final Function<Path, String> display;
  private final List<Row> rows;
  private final ReportSnapshot report;
  private final Problems problems;

  /**
   * A summary row: {@code insufficient} holds the ids of the domains that had too little evidence.
   */
  private record Row(
      String organisation,
      String round,
      String report,
      BigDecimal overall,
      boolean overallSufficient,
      Map<String, BigDecimal> domains,
      java.util.Set<String> insufficient) {}

  private BaselineFiles(
      Questionnaire questionnaire,
      Path folder,
      Function<Path, String> display,
      List<Row> rows,
      ReportSnapshot report,
      Problems problems) {
    this.questionnaire = questionnaire;
    this.folder = folder;
    this.display = display;
    this.rows = rows;
    this.report = report;
    this.problems = problems;
  }

  /**
   * Reads {@code path} (a JSON report, a folder or a summary.json); empty with problems recorded
   * when it cannot be used. Problems met later, while groups are scored, are {@link #warnings()}.
   */
  public static Optional<BaselineFiles> read(
      Path path, Questionnaire questionnaire, Function<Path, String> display, Problems problems) {
    Path summary = Files.isDirectory(path) ? path.resolve("summary.json") : path;
    if (Files.isDirectory(path) && !Files.isRegularFile(summary)) {
      problems.error(
          null,
          "no summary.json in this folder: --baseline takes an earlier score -o folder, its"
              + " summary.json or a JSON report");
      return Optional.empty();
    }
    Node root = Documents.read(summary, problems);
    if (root == null) {
      return Optional.empty();
    }
    if (root instanceof Node.Sequence sequence) {
      List<Row> rows = new ArrayList<>();
      boolean ours = false;
      for (Node item : sequence.items()) {
        Optional<Fields> row = Fields.ofAny(item, "a summary row", problems);
        if (row.isPresent()) {
          rows.add(row(row.get(), questionnaire));
          ours |= questionnaire.domains().stream().anyMatch(d -> row.get().has(d.id()));
        }
      }
      if (!rows.isEmpty() && !ours) {
        problems.error(
            null,
            "a summary of another questionnaire: no row has a column of the domains of '"
                + questionnaire.id()
                + "' ("
                + String.join(", ", questionnaire.domains().stream().map(Domain::id).toList())
                + "); --baseline takes an earlier run of the same questionnaire");
      }
      return problems.hasErrors()
          ? Optional.empty()
          : Optional.of(
              new BaselineFiles(
                  questionnaire,
                  summary.getParent(),
                  display,
                  rows,
                  null,
                  new Problems(problems.file())));
    }
    Optional<ReportSnapshot> report =
        SnapshotReader.read(summary, display.apply(summary), problems);
    if (report.isPresent() && !report.get().questionnaireId().equals(questionnaire.id())) {
      problems.error(
          null,
          "a report of questionnaire '"
              + report.get().questionnaireId()
              + "', but the answers are scored"
              + " with '"
              + questionnaire.id()
              + "'; --baseline takes an earlier run of the same questionnaire");
      return Optional.empty();
    }
    return report.map(
        r ->
            new BaselineFiles(
                questionnaire, null, display, List.of(), r, new Problems(problems.file())));
  }

  /**
   * Why no group of this batch can be measured from the baseline (another group's report or
   * summary, or only rounds as late as theirs), or empty when one can: a baseline that shows no
   * change anywhere is a mistake to say, not to pass over.
   */
  public Optional<String> unusable(List<Organisation> groups) {
    Problems reasons = new Problems(null);
    if (groups.stream().anyMatch(g -> find(g, reasons).isPresent())) {
      return Optional.empty();
    }
    return Optional.of(
        reasons.sorted().stream().findFirst().map(p -> p.message() + "; ").orElse("")
            + "--baseline takes an earlier run of the organisations scored here");
  }

  /**
   * The files a baseline at {@code path} may be read from, inputs of the run: a report alone, or
   * the JSON files of a folder (or of a summary.json's folder), whose summary names the reports it
   * reads.
   */
  public static List<Path> inputs(Path path) {
    Path folder =
        Files.isDirectory(path)
            ? path
            : path.getFileName().toString().equals("summary.json") ? path.getParent() : null;
    if (folder == null) {
      return List.of(path);
    }
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
    } catch (java.io.IOException e) {
      return List.of(path); // unreadable: reading the baseline reports it
    }
  }

  private static Row row(Fields f, Questionnaire questionnaire) {
    Map<String, BigDecimal> domains = new LinkedHashMap<>();
    for (Domain d : questionnaire.domains()) {
      f.number(d.id()).ifPresent(score -> domains.put(d.id(), score));
    }
    String insufficient = Status.INSUFFICIENT_EVIDENCE.id();
    java.util.Set<String> thin = new java.util.HashSet<>();
    f.node("domain_status")
        .flatMap(n -> Fields.ofAny(n, "'domain_status'", new Problems(null)))
        .ifPresent(
            statuses -> {
              for (Domain d : questionnaire.domains()) {
                if (statuses.text(d.id()).filter(insufficient::equals).isPresent()) {
                  thin.add(d.id());
                }
              }
            });
    return new Row(
        f.text("organisation").orElse(null),
        f.text("round").orElse(null),
        f.text("report").orElse(null),
        f.number("overall").orElse(null),
        !f.text("status").filter(insufficient::equals).isPresent(),
        domains,
        thin);
  }

  /**
   * What went wrong while groups were scored: reports that could not be read, organisations not
   * matched.
   */
  public List<org.ccgdiag.problem.Problem> warnings() {
    synchronized (problems) {
      return problems.sorted();
    }
  }

  @Override
  public Optional<ReportSnapshot> before(Organisation group) {
    synchronized (problems) {
      return find(group, problems);
    }
  }

  /** The group's baseline; when there is none, why, as a warning in {@code reasons}. */
  private Optional<ReportSnapshot> find(Organisation group, Problems reasons) {
    String who = group.name() == null ? "no organisation" : group.name();
    String shown =
        "no change is shown for " + who + (group.round() == null ? "" : " round " + group.round());
    if (report != null) {
      if (!sameOrganisation(report.organisation(), group)) {
        reasons.warning(
            null, "a report of " + report.organisation() + ", not " + who + ": " + shown);
        return Optional.empty();
      }
      if (!earlier(report.round(), group)) {
        reasons.warning(
            null,
            "a report of round "
                + report.round()
                + ", not earlier than round "
                + group.round()
                + ": "
                + shown);
        return Optional.empty();
      }
      return Optional.of(report);
    }
    List<Row> ours = rows.stream().filter(r -> sameOrganisation(r.organisation(), group)).toList();
    Optional<Row> latest =
        ours.stream()
            .filter(r -> earlier(r.round(), group))
            .max(
                Comparator.comparing(Row::round, Comparator.nullsFirst(Comparator.naturalOrder())));
    if (latest.isEmpty()) {
      reasons.warning(
          null,
          (ours.isEmpty()
                  ? "no row of " + who
                  : "no round of "
                      + who
                      + " earlier than round "
                      + group.round()
                      + " (it has "
                      + String.join(", ", ours.stream().map(Row::round).toList())
                      + ")")
              + ": "
              + shown);
    }
    return latest.map(this::snapshot);
  }

  private static boolean sameOrganisation(String organisation, Organisation group) {
    return organisation != null
        && group.name() != null
        && Organisation.key(organisation, null).equals(Organisation.key(group.name(), null));
  }

  /**
   * Rounds are labels sorted as text (2012-01 before 2012-07); a missing round is earlier than any.
   */
  private static boolean earlier(String round, Organisation group) {
    return group.round() == null
        || round == null
        || round.strip().compareTo(group.round().strip()) < 0;
  }

  private ReportSnapshot snapshot(Row row) {
    Path json = row.report() == null ? null : folder.resolve(row.report() + ".json");
    if (json != null && Files.isRegularFile(json)) {
      Problems found = new Problems(display.apply(json));
      Optional<ReportSnapshot> snapshot = SnapshotReader.read(json, display.apply(json), found);
      if (snapshot.isPresent()) {
        return snapshot.get();
      }
      synchronized (problems) {
        found
            .sorted()
            .forEach(
                p -> problems.warning(null, p.toString() + " (its summary row is used instead)"));
      }
    }
    String source = display.apply(folder.resolve("summary.json"));
    return ReportSnapshot.ofSummaryRow(
        source,
        questionnaire,
        row.organisation(),
        row.round(),
        row.overall(),
        row.overallSufficient(),
        row.domains(),
        row.insufficient());
  }
}
