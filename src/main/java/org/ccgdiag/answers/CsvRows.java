package org.ccgdiag.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccgdiag.problem.Position;

/** The rows of a CSV text (brief section 3b), located as {@code ROW:COLUMN}. */
final class CsvRows implements SheetRows {
  /**
   * RFC 4180 with every record kept, so that row numbers count blank rows as a spreadsheet does.
   */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long row;

  CsvRows(String text) {
    try {
      // A byte-order mark (Excel writes one) is not part of the first header.
      parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing a String does not fail before the first record
    }
    records = parser.iterator();
  }

  @Override
  public Row next() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      row = record.getRecordNumber();
      List<Cell> cells = new ArrayList<>(record.size());
      record.forEach(cell -> cells.add(Cell.of(cell)));
      return new Row((int) row, cells);
    } catch (UncheckedIOException e) {
      String what = String.valueOf(e.getMessage());
      throw new Unreadable(
          new Position((int) row + 1, 1),
          what.contains("EOF")
              ? "a quoted cell is never closed: its opening quote (\") is in this row or a cell of it"
              : "a quoted cell has text after its closing quote: quote the whole cell and double every quote inside it");
    }
  }

  @Override
  public Position at(int row, int index) {
    return new Position(row, index + 1);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // closing a String's reader does not fail
    }
  }
}
