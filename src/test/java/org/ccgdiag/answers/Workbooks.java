package org.ccgdiag.answers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks written for tests by Apache POI, an implementation independent of the one ccg-diag
 * reads with: each cell a String (text), a Double (a number), a LocalDateTime (a date-formatted
 * number) or null (no cell); and hand-made archives for the hostile cases.
 */
public final class Workbooks {
  private Workbooks() {}

  /** Writes sheets (name to rows) in order. */
  public static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
        Sheet sheet = workbook.createSheet(entry.getKey());
        List<List<Object>> rows = entry.getValue();
        for (int r = 0; r < rows.size(); r++) {
          Row row = sheet.createRow(r);
          List<Object> cells = rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof String text) {
              row.createCell(c).setCellValue(text);
            } else if (value instanceof Double number) {
              row.createCell(c).setCellValue(number);
            } else if (value instanceof LocalDateTime time) {
              row.createCell(c).setCellValue(time);
              row.getCell(c).setCellStyle(date);
            }
          }
        }
      }
      workbook.write(out);
    }
    return file;
  }

  /** A ZIP archive of the given parts (name to text), as a hostile or mistaken file would be. */
  public static Path zip(Path file, Map<String, String> parts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A workbook-shaped archive whose sheet inflates to {@code bytes} of spaces: a zip bomb. */
  public static Path bomb(Path file, long bytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written < bytes; written += spaces.length) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    return file;
  }
}
