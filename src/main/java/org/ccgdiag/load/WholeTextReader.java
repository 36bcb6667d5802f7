package org.ccgdiag.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character source over a text already in memory. SnakeYAML's own {@link StreamReader}
 * reads 1,024 characters at a time and copies everything not yet consumed on each read, so a scalar
 * of n characters costs n²/1,024 copies (a 4 MB note took 13 s); this one converts the text once
 * and only moves a pointer, so loading is linear in the file's length. It behaves as the original
 * does: same positions, same marks, the same error for a character YAML does not allow.
 */
final class WholeTextReader extends StreamReader {
  private static final String NAME = "'string'";

  private final int[] codePoints;
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  WholeTextReader(String text) {
    super(text);
    this.codePoints = text.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      if (!isPrintable(codePoints[i])) {
        throw new ReaderException(NAME, i, codePoints[i], "special characters are not allowed");
      }
    }
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, index, line, column, codePoints, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < codePoints.length; i++) {
      int c = codePoints[pointer++];
      index++;
      documentIndex++;
      // A CR ends a line unless an LF follows (that one ends it), as in StreamReader.
      boolean loneCr = c == '\r' && pointer < codePoints.length && codePoints[pointer] != '\n';
      if (Constant.LINEBR.has(c) || loneCr) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return peek(0);
  }

  @Override
  public int peek(int offset) {
    int at = pointer + offset;
    return at < codePoints.length ? codePoints[at] : 0;
  }

  @Override
  public String prefix(int length) {
    if (length == 0 || pointer >= codePoints.length) {
      return "";
    }
    return new String(codePoints, pointer, Math.min(length, codePoints.length - pointer));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    index += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }
}
