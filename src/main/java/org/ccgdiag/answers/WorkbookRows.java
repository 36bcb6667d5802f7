package org.ccgdiag.answers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.ccgdiag.files.FileKinds;
import org.ccgdiag.problem.Position;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of an Excel workbook (.xlsx), streamed from its sheet named <i>Answers</i>, else its
 * first sheet, and located as cells ({@code Answers!L7}). Numbers read as a person sees them (an
 * option key 4 stored as 4.0 is "4"), and dates as Excel stores them: a date-formatted cell is its
 * date, and any number is also offered as a date serial for the date column. Only this class and
 * {@link WorkbookGuard} use the reader, so other files never load it.
 */
final class WorkbookRows implements SheetRows {
  /** The sheet read when a workbook has several. */
  static final String SHEET = "Answers";

  /** Excel's built-in number formats that show dates or times. */
  private static final Set<Integer> DATE_FORMATS =
      Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  private final ReadableWorkbook workbook;
  private final String sheet;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;

  private WorkbookRows(ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.workbook = workbook;
    this.sheet = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
  }

  /** Opens a workbook's sheet of answers, after {@link WorkbookGuard} has checked the file. */
  static WorkbookRows open(Path path) {
    WorkbookGuard.check(path);
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, true));
      ReadableWorkbook opened = workbook;
      Sheet sheet =
          opened
              .getSheets()
              .filter(s -> SHEET.equalsIgnoreCase(s.getName()))
              .findFirst()
              .orElseGet(
                  () ->
                      opened
                          .getSheets()
                          .findFirst()
                          .orElseThrow(() -> unreadable("the workbook has no sheet")));
      return new WorkbookRows(workbook, sheet);
    } catch (IOException | RuntimeException e) {
      closeQuietly(workbook);
      throw e instanceof Unreadable u
          ? u
          : unreadable(
              "cannot be read as an Excel workbook (" + describe(e) + "); " + FileKinds.SAVE_AS);
    }
  }

  @Override
  public Row next() {
    try {
      if (!rows.hasNext()) {
        return null;
      }
      org.dhatim.fastexcel.reader.Row row = rows.next();
      List<Cell> cells = new ArrayList<>(row.getCellCount());
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(cell(row.getCell(i)));
      }
      return new Row(row.getRowNum(), cells);
    } catch (RuntimeException e) {
      // The reader throws unchecked exceptions of several kinds for a sheet it cannot parse.
      throw unreadable(
          "the sheet '" + sheet + "' cannot be read (" + describe(e) + "); " + FileKinds.SAVE_AS);
    }
  }

  @Override
  public Position at(int row, int index) {
    return Position.inSheet(sheet, row, index + 1);
  }

  @Override
  public void close() {
    stream.close();
    closeQuietly(workbook);
  }

  private Cell cell(org.dhatim.fastexcel.reader.Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal number = cell.asNumber();
      String date = date(number);
      return new Cell(isDateFormat(cell) && date != null ? date : plain(number), date);
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return Cell.of(cell.asBoolean() ? "TRUE" : "FALSE");
    }
    return Cell.of(cell.getText()); // text, an error such as #N/A, or a formula's last value
  }

  /** A number as a person reads it: 4.0 is "4"; an absurd exponent keeps its scientific form. */
  private static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return Math.abs(stripped.scale()) > 30 ? stripped.toString() : stripped.toPlainString();
  }

  /**
   * An Excel date serial as the text of a local date and time (to the second), or null outside
   * Excel's range (years 1900 to 9999). In the 1900 system Excel counts a 29 February 1900 that
   * never was, so serials from 61 on are a day early; the 1904 system counts from 1 January 1904.
   */
  private String date(BigDecimal serial) {
    if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
      return null;
    }
    long seconds =
        serial
            .multiply(BigDecimal.valueOf(86_400))
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    long days = seconds / 86_400;
    LocalDate start =
        workbook.isDate1904()
            ? LocalDate.of(1904, 1, 1)
            : LocalDate.of(1899, 12, days < 61 ? 31 : 30);
    LocalDateTime time = start.plusDays(days).atStartOfDay().plusSeconds(seconds % 86_400);
    return (seconds % 86_400 == 0 ? DAY : DAY_AND_TIME).format(time);
  }

  /**
   * Whether a number's format shows it as a date or time (its letters outside quotes and brackets).
   */
  private static boolean isDateFormat(org.dhatim.fastexcel.reader.Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && DATE_FORMATS.contains(id)) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String letters =
        format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
    return letters.matches(".*[dmyhs].*") && !letters.equals("general");
  }

  /** What went wrong, in the words of the deepest cause, without exception class names. */
  private static String describe(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    // The parser's first line says what it found; the rest is its position in a part of the
    // archive.
    return message
        .replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "")
        .strip()
        .lines()
        .findFirst()
        .orElse("");
  }

  private static Unreadable unreadable(String message) {
    return new Unreadable(null, message);
  }

  /**
   * Closes a workbook opened for reading only: a failure to close loses nothing, and must not hide
   * what went wrong.
   */
  private static void closeQuietly(ReadableWorkbook workbook) {
    try {
      if (workbook != null) {
        workbook.close();
      }
    } catch (IOException e) {
      // Nothing was written; there is nothing to recover.
    }
  }
}
