package org.ccgdiag.problem;

/**
 * A 1-based line and column in a source file; in a workbook, a row and column of a named sheet,
 * printed as a cell reference ({@code Answers!L7}) the way Excel shows it.
 */
public record Position(int line, int column, String sheet) {

  public Position(int line, int column) {
    this(line, column, null);
  }

  /** Row {@code row} and column {@code column} (both from 1) of sheet {@code sheet}. */
  public static Position inSheet(String sheet, int row, int column) {
    return new Position(row, column, sheet);
  }

  /** Line and column of a character offset in a text. */
  public static Position ofOffset(CharSequence text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, end - lineStart + 1);
  }

  /** The column as a person finds it: its letters in a sheet (L), its number in a text file. */
  public String columnName() {
    return sheet == null ? Integer.toString(column) : letters(column);
  }

  /** Excel's column letters: 1 is A, 26 is Z, 27 is AA. */
  public static String letters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  @Override
  public String toString() {
    if (sheet == null) {
      return line + ":" + column;
    }
    // A sheet name with spaces or punctuation is quoted, its quotes doubled, as Excel writes it.
    String name =
        sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
    return name + "!" + letters(column) + line;
  }
}
