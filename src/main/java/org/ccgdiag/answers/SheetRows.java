package org.ccgdiag.answers;

import java.util.List;
import org.ccgdiag.problem.Position;

/**
 * Where the rows of a spreadsheet of answers come from: a CSV text or a workbook's sheet. Both give
 * rows of cells as text, numbered as the file numbers them, so {@link SpreadsheetReader} reads
 * either the same way; each locates a cell its own way ({@code 7:12} or {@code Answers!L7}).
 */
interface SheetRows extends AutoCloseable {

  /**
   * One row: its number (1 is the header) and its cells from the first column; a missing cell is
   * null.
   */
  record Row(int number, List<Cell> cells) {
    public Row {
      cells = java.util.Collections.unmodifiableList(cells);
    }
  }

  /**
   * One cell: its text as a person reads it, and for a number in a workbook the same number read as
   * an Excel date (a date column may hold one; null otherwise).
   */
  record Cell(String text, String date) {
    public static Cell of(String text) {
      return new Cell(text, null);
    }
  }

  /** A file that cannot be read as rows, at a position when one applies. */
  final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Position at;

    Unreadable(Position at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** The next row in order, or null after the last; blank rows may be left out. */
  Row next();

  /** Where the cell of row {@code row} and column {@code index} (from 0) is. */
  Position at(int row, int index);

  @Override
  void close();
}
