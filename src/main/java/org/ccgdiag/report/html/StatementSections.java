package org.ccgdiag.report.html;

import static org.ccgdiag.report.html.Blocks.intro;
import static org.ccgdiag.report.html.Blocks.section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccgdiag.report.ReportView;
import org.ccgdiag.report.html.Page.Block;
import org.ccgdiag.report.html.Page.Details;
import org.ccgdiag.report.html.Page.Section;

/**
 * The HTML report's sections that quote the team's statements: the lowest- and highest-rated, where
 * the team disagrees (and, after a room, how its votes went), contradictions, "don't know" hot
 * spots and the notes left with the answers.
 */
final class StatementSections {
  private final ReportView view;
  private final List<Section> sections = new ArrayList<>();

  private StatementSections(ReportView view) {
    this.view = view;
  }

  /** The sections, in the report's order. */
  static List<Section> of(ReportView view) {
    StatementSections statements = new StatementSections(view);
    statements.statements();
    statements.divergence();
    statements.contradictions();
    statements.dontKnow();
    statements.notes();
    return statements.sections;
  }

  private void statements() {
    if (view.weakest().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.weakestSection());
    blocks.add(statementList(view.weakest()));
    blocks.add(Block.subheading(view.strongestSection().heading()));
    blocks.addAll(intro(view.strongestSection()));
    blocks.add(statementList(view.strongest()));
    sections.add(section("statements", view.weakestSection(), true, blocks));
  }

  private Block statementList(List<ReportView.Statement> statements) {
    return Block.bullets(
        statements.stream()
            .map(
                s ->
                    notes(
                            statement(Text.builder().strong(s.score()).plain(" "), s)
                                .plain(" (" + view.words().in(s) + "): " + s.answers()),
                            s)
                        .build())
            .toList(),
        false);
  }

  private void divergence() {
    listed(
        "divergence",
        view.divergenceSection(),
        view.divergence(),
        d ->
            statement(Text.builder(), d.statement())
                .plain(" (" + view.words().in(d.statement()) + "), spread ")
                .strong(d.spread())
                .plain(
                    ": lowest "
                        + d.low()
                        + " from "
                        + d.lowWho()
                        + "; highest "
                        + d.high()
                        + " from "
                        + d.highWho()
                        + ".")
                .build());
    room();
  }

  private void room() {
    ReportView.RoomView room = view.room();
    if (room == null) {
      return;
    }
    listed(
        "room-split",
        room.split(),
        room.splitRows(),
        v ->
            statement(Text.builder(), v.statement())
                .plain(
                    " (" + view.words().in(v.statement()) + "): votes " + v.votes() + "; spread ")
                .strong(v.spread())
                .plain("; agreed: " + v.agreed() + ".")
                .build());
    listed(
        "room-moved",
        room.moved(),
        room.movedRows(),
        v ->
            statement(Text.builder(), v.statement())
                .plain(
                    " ("
                        + view.words().in(v.statement())
                        + "): the middle vote was "
                        + v.middle()
                        + "; the team agreed ")
                .strong(v.agreed())
                .plain(" (votes " + v.votes() + ").")
                .build());
  }

  private void contradictions() {
    if (!view.contradictions().isEmpty()) {
      listed(
          "contradictions",
          view.contradictionSection(),
          view.contradictions(),
          c ->
              statement(statement(Text.builder(), c.statement()).plain(" and "), c.mirror())
                  .plain(": " + c.sentence())
                  .build());
    }
  }

  private void dontKnow() {
    if (!view.dontKnow().isEmpty()) {
      listed(
          "dont-know",
          view.dontKnowSection(),
          view.dontKnow(),
          s ->
              statement(Text.builder(), s)
                  .plain(" (" + view.words().in(s) + "): " + s.answers())
                  .build());
    }
  }

  /** A section of its intro and, when there are any, one bullet a row. */
  private <T> void listed(
      String id, ReportView.Section heading, List<T> rows, Function<T, Text> line) {
    List<Block> blocks = intro(heading);
    if (!rows.isEmpty()) {
      blocks.add(Block.bullets(rows.stream().map(line).toList(), false));
    }
    sections.add(section(id, heading, false, blocks));
  }

  private void notes() {
    List<Block> blocks = intro(view.notesSection());
    for (ReportView.NoteGroup group : view.notes()) {
      blocks.add(Block.subheading(group.domain()));
      blocks.add(
          Block.details(
              new Details(
                  group.statements().stream()
                      .map(
                          s ->
                              new Details.Entry(
                                  statement(Text.builder(), s).build(),
                                  s.notes().stream().map(Text::of).toList()))
                      .toList())));
    }
    sections.add(section("notes", view.notesSection(), false, blocks));
  }

  /** A statement quoted in curly quotes, after what the builder already holds. */
  static Text.Builder statement(Text.Builder text, ReportView.Statement s) {
    return text.plain("\u201c" + s.text() + "\u201d");
  }

  /** The team's notes on a statement, quoted after it in italics. */
  private static Text.Builder notes(Text.Builder text, ReportView.Statement s) {
    if (!s.notes().isEmpty()) {
      text.plain(". Notes: ").em(String.join("; ", s.notes()));
    }
    return text;
  }
}
