package org.ccgdiag.report.markdown;

import static org.ccgdiag.report.markdown.MarkdownText.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccgdiag.report.ReportView;

/**
 * The Markdown report's sections that quote the team's statements: the lowest- and highest-rated,
 * where the team disagrees (and, after a room, how its votes went), contradictions, "don't know"
 * hot spots and the notes left with the answers.
 */
final class StatementSections {
  private final ReportView view;
  private final MarkdownLines out;

  StatementSections(ReportView view, MarkdownLines out) {
    this.view = view;
    this.out = out;
  }

  /** Writes the sections in the report's order. */
  void write() {
    statements();
    divergence();
    contradictions();
    dontKnow();
    notes();
  }

  private void statements() {
    if (view.weakest().isEmpty()) {
      return;
    }
    out.heading(view.weakestSection());
    statementList(view.weakest());
    out.line("### " + escape(view.strongestSection().heading()));
    out.line();
    out.line(escape(view.strongestSection().intro()));
    out.line();
    statementList(view.strongest());
  }

  private void statementList(List<ReportView.Statement> statements) {
    for (ReportView.Statement s : statements) {
      out.line(
          "- **"
              + s.score()
              + "** "
              + statement(s)
              + " ("
              + view.words().in(s)
              + "): "
              + escape(s.answers())
              + notes(s));
    }
    out.line();
  }

  private void divergence() {
    listed(
        view.divergenceSection(),
        view.divergence(),
        d ->
            statement(d.statement())
                + " ("
                + view.words().in(d.statement())
                + "), spread **"
                + d.spread()
                + "**: lowest "
                + escape(d.low())
                + " from "
                + escape(d.lowWho())
                + "; highest "
                + escape(d.high())
                + " from "
                + escape(d.highWho())
                + ".");
    room();
  }

  private void room() {
    ReportView.RoomView room = view.room();
    if (room == null) {
      return;
    }
    listed(
        room.split(),
        room.splitRows(),
        v ->
            statement(v.statement())
                + " ("
                + view.words().in(v.statement())
                + "): votes "
                + escape(v.votes())
                + "; spread **"
                + v.spread()
                + "**; agreed: "
                + escape(v.agreed())
                + ".");
    listed(
        room.moved(),
        room.movedRows(),
        v ->
            statement(v.statement())
                + " ("
                + view.words().in(v.statement())
                + "): the middle vote was "
                + escape(v.middle())
                + "; the team agreed "
                + escape(v.agreed())
                + " (votes "
                + escape(v.votes())
                + ").");
  }

  private void contradictions() {
    if (!view.contradictions().isEmpty()) {
      listed(
          view.contradictionSection(),
          view.contradictions(),
          c ->
              statement(c.statement())
                  + " and "
                  + statement(c.mirror())
                  + ": "
                  + escape(c.sentence()));
    }
  }

  private void dontKnow() {
    if (!view.dontKnow().isEmpty()) {
      listed(
          view.dontKnowSection(),
          view.dontKnow(),
          s -> statement(s) + " (" + view.words().in(s) + "): " + escape(s.answers()));
    }
  }

  /** A section's heading and intro, then one bullet a row and, after any, a blank line. */
  private <T> void listed(ReportView.Section heading, List<T> rows, Function<T, String> line) {
    out.heading(heading);
    rows.forEach(row -> out.line("- " + line.apply(row)));
    if (!rows.isEmpty()) {
      out.line();
    }
  }

  private void notes() {
    out.heading(view.notesSection());
    for (ReportView.NoteGroup group : view.notes()) {
      out.line("### " + escape(group.domain()));
      out.line();
      for (ReportView.Statement s : group.statements()) {
        out.line("- " + statement(s));
        s.notes().forEach(note -> out.line("  - " + escape(note)));
      }
      out.line();
    }
  }

  /** A statement as the report quotes it. */
  static String statement(ReportView.Statement s) {
    return "\"" + escape(s.text()) + "\"";
  }

  /** The team's notes on a statement, quoted after it. */
  static String notes(ReportView.Statement s) {
    List<String> quoted = new ArrayList<>();
    s.notes().forEach(n -> quoted.add("*" + escape(n) + "*"));
    return quoted.isEmpty() ? "" : ". Notes: " + String.join("; ", quoted);
  }
}
