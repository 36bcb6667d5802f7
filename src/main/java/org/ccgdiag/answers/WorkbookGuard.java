package org.ccgdiag.answers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ccgdiag.files.FileKinds;

/**
 * Checks a workbook before the reader parses it, because the reader has no limits of its own:
 * fastexcel-reader 0.19.0 opens the archive with commons-compress and inflates parts as it reads
 * them, keeps every shared string it has passed in a list, and parses XML with Aalto with DTDs off
 * (no external entities) but no cap on sizes. So a zip bomb, a huge shared-strings table or a DTD
 * (the entity expansion tricks need one; Excel never writes one) is refused here, after reading at
 * most {@link #MAX_XML} inflated bytes, counted as they come rather than trusted from the archive's
 * directory.
 */
final class WorkbookGuard {
  /** Largest workbook file accepted; a sheet of thousands of respondents is a few hundred KiB. */
  static final long MAX_FILE = 16L * 1024 * 1024;

  /** Most parts (files) in the archive; a workbook has a dozen or so. */
  static final int MAX_ENTRIES = 1_000;

  /** Most XML, inflated, over all parts. */
  static final long MAX_XML = 128L * 1024 * 1024;

  /** Most entries in the shared-strings table. */
  static final int MAX_SHARED_STRINGS = 1_000_000;

  private static final byte[][] REFUSED = {bytes("<!DOCTYPE"), bytes("<!ENTITY")};
  private static final byte[] SHARED_STRING = bytes("<si");

  private WorkbookGuard() {}

  /** Refuses a file that is not a workbook or breaks a limit, saying which. */
  static void check(Path path) {
    byte[] head = head(path);
    if (head.length < 4 || FileKinds.kind(head) == null || head[0] != 'P') {
      throw refused(
          "not an Excel workbook (.xlsx)"
              + (FileKinds.kind(head) == null ? "" : ": it is " + FileKinds.kind(head))
              + "; "
              + FileKinds.SAVE_AS);
    }
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
        throw refused(
            "an OpenDocument spreadsheet (.ods) with an .xlsx name, which ccg-diag does not read; "
                + FileKinds.SAVE_AS);
      }
      if (zip.getEntry("[Content_Types].xml") == null) {
        throw refused(
            "a ZIP archive but not an Excel workbook (it has no [Content_Types].xml); "
                + FileKinds.SAVE_AS);
      }
      scan(zip);
    } catch (ZipException e) {
      throw refused(
          "not a readable Excel workbook (a damaged ZIP archive: "
              + e.getMessage()
              + "); "
              + FileKinds.SAVE_AS);
    } catch (IOException e) {
      throw refused("cannot read the workbook: " + e.getMessage());
    }
  }

  private static byte[] head(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw refused("not a regular file (a pipe, a device or a directory)");
      }
      if (attributes.size() > MAX_FILE) {
        throw refused(
            "the file is "
                + attributes.size()
                + " bytes, larger than the limit of "
                + MAX_FILE
                + " for a workbook");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return in.readNBytes(8);
      }
    } catch (NoSuchFileException e) {
      throw refused("no such file");
    } catch (IOException e) {
      throw refused("cannot read the file: " + e.getMessage());
    }
  }

  private static void scan(ZipFile zip) throws IOException {
    Set<String> names = new HashSet<>();
    long xml = 0;
    int entries = 0;
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry entry = e.nextElement();
      if (++entries > MAX_ENTRIES) {
        throw refused(
            "the workbook has more than "
                + MAX_ENTRIES
                + " parts; refused (a workbook has a few dozen)");
      }
      String name = entry.getName().toLowerCase(Locale.ROOT);
      if (!names.add(name)) {
        throw refused(
            "the workbook holds two parts named '"
                + entry.getName()
                + "'; refused as a damaged or crafted archive");
      }
      if (name.endsWith(".xml") || name.endsWith(".rels")) {
        xml += scan(zip, entry, MAX_XML - xml, name.endsWith("sharedstrings.xml"));
      }
    }
  }

  /**
   * Inflates one XML part, refusing a DTD, too many shared strings or more than {@code budget}
   * bytes; its size.
   */
  private static long scan(ZipFile zip, ZipEntry entry, long budget, boolean sharedStrings)
      throws IOException {
    Matcher[] refused = {new Matcher(REFUSED[0]), new Matcher(REFUSED[1])};
    Matcher strings = new Matcher(SHARED_STRING);
    long size = 0;
    int count = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        size += n;
        if (size > budget) {
          throw refused(
              "the workbook inflates to more than "
                  + MAX_XML
                  + " bytes of XML; refused (a zip bomb, or far larger than any sheet of answers)");
        }
        if (size == n
            && n > 1
            && (buffer[0] == 0 || buffer[1] == 0 || (buffer[0] & 0xFF) >= 0xFE)) {
          // UTF-16 or UTF-32 would hide a DTD from the byte scan below; Excel writes UTF-8.
          throw refused(
              "the workbook's part '"
                  + entry.getName()
                  + "' is not UTF-8 XML, as Excel writes it; refused");
        }
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (refused[0].next(b) || refused[1].next(b)) {
            throw refused(
                "the workbook's part '"
                    + entry.getName()
                    + "' declares a DTD or an entity, which Excel never writes; refused");
          }
          if (sharedStrings && strings.next(b) && ++count > MAX_SHARED_STRINGS) {
            throw refused(
                "the workbook has more than " + MAX_SHARED_STRINGS + " shared strings; refused");
          }
        }
      }
    }
    return size;
  }

  /**
   * Finds a fixed byte sequence in a stream of bytes, across buffer boundaries (the needles do not
   * overlap themselves).
   */
  private static final class Matcher {
    private final byte[] needle;
    private int matched;

    Matcher(byte[] needle) {
      this.needle = needle;
    }

    /** Whether the needle ends at this byte. */
    boolean next(byte b) {
      matched = b == needle[matched] ? matched + 1 : (b == needle[0] ? 1 : 0);
      if (matched == needle.length) {
        matched = 0;
        return true;
      }
      return false;
    }
  }

  private static SheetRows.Unreadable refused(String message) {
    return new SheetRows.Unreadable(null, message);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
