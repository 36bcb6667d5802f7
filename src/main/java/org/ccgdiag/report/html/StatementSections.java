package org.ccgdiag.report.html;

import static org.ccgdiag.report.html.Blocks.intro;
import static org.ccgdiag.report.html.Blocks.section;

import java.util.ArrayList;
import java.util.List;
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
    List<Block> blocks = intro(view.divergenceSection());
    if (!view.divergence().isEmpty()) {
      blocks.add(
          Block.bullets(
              view.divergence().stream()
                  .map(
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
                              .build())
                  .toList(),
              false));
    }
    sections.add(section("divergence", view.divergenceSection(), false, blocks));
    room();
  }

  private void room() {
    ReportView.RoomView room = view.room();
    if (room == null) {
      return;
    }
    List<Block> split = intro(room.split());
    if (!room.splitRows().isEmpty()) {
      split.add(
          Block.bullets(
              room.splitRows().stream()
                  .map(
                      v ->
                          statement(Text.builder(), v.statement())
                              .plain(
                                  " ("
                                      + view.words().in(v.statement())
                                      + "): votes "
                                      + v.votes()
                                      + "; spread ")
                              .strong(v.spread())
                              .plain("; agreed: " + v.agreed() + ".")
                              .build())
                  .toList(),
              false));
    }
    sections.add(section("room-split", room.split(), false, split));
    List<Block> moved = intro(room.moved());
    if (!room.movedRows().isEmpty()) {
      moved.add(
          Block.bullets(
              room.movedRows().stream()
                  .map(
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
                              .build())
                  .toList(),
              false));
    }
    sections.add(section("room-moved", room.moved(), false, moved));
  }

  private void contradictions() {
    if (view.contradictions().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.contradictionSection());
    blocks.add(
        Block.bullets(
            view.contradictions().stream()
                .map(
                    c ->
                        statement(
                                statement(Text.builder(), c.statement()).plain(" and "), c.mirror())
                            .plain(": " + c.sentence())
                            .build())
                .toList(),
            false));
    sections.add(section("contradictions", view.contradictionSection(), false, blocks));
  }

  private void dontKnow() {
    if (view.dontKnow().isEmpty()) {
      return;
    }
    List<Block> blocks = intro(view.dontKnowSection());
    blocks.add(
        Block.bullets(
            view.dontKnow().stream()
                .map(
                    s ->
                        statement(Text.builder(), s)
                            .plain(" (" + view.words().in(s) + "): " + s.answers())
                            .build())
                .toList(),
            false));
    sections.add(section("dont-know", view.dontKnowSection(), false, blocks));
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
