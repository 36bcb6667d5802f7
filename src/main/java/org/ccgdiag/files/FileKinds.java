package org.ccgdiag.files;

/**
 * What a file that is not text is, told from its first bytes or its name, so that a message can say
 * what it is and what to do rather than report a stray control character.
 */
public final class FileKinds {
  /** What to do with any spreadsheet ccg-diag cannot read. */
  public static final String SAVE_AS = "save it as .xlsx or .csv";

  private FileKinds() {}

  /**
   * Why bytes that should be text are not, naming what they are, or null when they do not start as
   * a binary format known here (the text reader then reports what it finds).
   */
  public static String binary(byte[] bytes) {
    String what = kind(bytes);
    return what == null
        ? null
        : "this is " + what + ", not text; to read answers from a spreadsheet, " + SAVE_AS;
  }

  /** The binary format that bytes start with, in words, or null. */
  public static String kind(byte[] bytes) {
    if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
      return "a ZIP archive (an Excel workbook or an OpenDocument spreadsheet, by the look of it)";
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "an old-style Office file (an Excel 97-2003 workbook, .xls, by the look of it)";
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    return null;
  }

  /**
   * What a file found in a directory is when it is a spreadsheet in a format ccg-diag does not read
   * (by its name), or null: a directory search says so rather than skip it without a word.
   */
  public static String unreadSpreadsheet(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith(".") || lower.startsWith("~$")) {
      return null;
    }
    if (lower.endsWith(".xls")) {
      return "an Excel 97-2003 workbook (.xls)";
    }
    if (lower.endsWith(".xlsm") || lower.endsWith(".xlsb")) {
      return "an Excel workbook with macros or in binary form ("
          + lower.substring(lower.lastIndexOf('.'))
          + ")";
    }
    if (lower.endsWith(".ods")) {
      return "an OpenDocument spreadsheet (.ods)";
    }
    if (lower.endsWith(".numbers")) {
      return "a Numbers spreadsheet (.numbers)";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... head) {
    if (bytes.length < head.length) {
      return false;
    }
    for (int i = 0; i < head.length; i++) {
      if ((bytes[i] & 0xFF) != head[i]) {
        return false;
      }
    }
    return true;
  }
}
