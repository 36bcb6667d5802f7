package org.ccgdiag.files;

import org.ccgdiag.text.Visible;

/**
 * Text cells of the CSV files the program writes (the summary, the blank answers sheet), made safe
 * to open in a spreadsheet.
 */
public final class CsvCells {
  /**
   * Starts every CSV file written: without it, Excel on Windows reads a CSV in the machine's code
   * page and garbles names such as "Bromley–Lewisham" or "Sjöberg".
   */
  public static final String BYTE_ORDER_MARK = "\uFEFF";

  private CsvCells() {}

  /**
   * A text cell on one line with every control character made visible (see {@link Visible}), and
   * never run as a formula: one whose first character after any spaces (non-breaking ones too,
   * which a spreadsheet may drop) is {@code = + - @} gets a leading {@code '}. Null (no value)
   * stays an empty cell.
   */
  public static String text(String value) {
    String line = Visible.oneLine(value);
    if (line == null) {
      return null;
    }
    int first = 0;
    while (first < line.length()
        && (Character.isSpaceChar(line.charAt(first))
            || Character.isWhitespace(line.charAt(first)))) {
      first++;
    }
    return first < line.length() && "=+-@".indexOf(line.charAt(first)) >= 0 ? "'" + line : line;
  }
}
