package org.ccgdiag.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccgdiag.problem.Position;
import org.ccgdiag.problem.Problems;

/**
 * The JSON side of {@link Documents}: a JSON document read into the same positioned tree as YAML,
 * with the same limits and the same messages for duplicate keys and deep nesting. A class of its
 * own, so that reading YAML (every start-up's questionnaire) does not set up Jackson.
 */
final class JsonDocuments {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(Documents.MAX_DEPTH + 1).build())
          .build();

  private JsonDocuments() {}

  /** The tree of a JSON text; null after recording the problem when it cannot be read. */
  static Node parse(String text, Problems problems) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      Node root = readJson(parser, first, 0, problems);
      if (parser.nextToken() != null) {
        problems.error(
            position(parser.currentTokenLocation()),
            "unexpected text after the end of the JSON document");
        return null;
      }
      return root;
    } catch (Documents.Unsupported e) {
      problems.error(e.at, e.getMessage());
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.contains("nesting depth")) {
        message = Documents.tooDeep();
      } else {
        message = "JSON syntax error: " + plainJsonMessage(message);
      }
      problems.error(position(e.getLocation()), message);
    } catch (IOException e) {
      problems.error(null, "cannot read the file: " + e.getMessage());
    }
    return null;
  }

  private static final Pattern JSON_LENGTH =
      Pattern.compile(
          "(Number value|Name|String value) length \\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+).*");
  private static final Pattern JSON_NON_STANDARD =
      Pattern.compile("Non-standard token '([^']*)'.*");

  /**
   * Jackson's message without its internals (class and feature names), which mean nothing to an
   * author.
   */
  private static String plainJsonMessage(String message) {
    if (message == null) {
      return "invalid JSON";
    }
    Matcher length = JSON_LENGTH.matcher(message);
    if (length.matches()) {
      String what =
          switch (length.group(1)) {
            case "Number value" -> "a number";
            case "Name" -> "a field name";
            default -> "a text";
          };
      return what
          + " of "
          + length.group(2)
          + " characters is longer than the limit of "
          + length.group(3);
    }
    Matcher nonStandard = JSON_NON_STANDARD.matcher(message);
    if (nonStandard.matches()) {
      return "'" + nonStandard.group(1) + "' is not a JSON value";
    }
    return message.replaceAll(" ?\\(from `[^`]*`\\)|: enable `[^`]*` to allow", "");
  }

  private static Node readJson(JsonParser parser, JsonToken token, int depth, Problems problems)
      throws IOException {
    Position at = position(parser.currentTokenLocation());
    if (token.isStructStart() && depth >= Documents.MAX_DEPTH) {
      throw new Documents.Unsupported(at, Documents.tooDeep());
    }
    switch (token) {
      case START_OBJECT -> {
        List<Node.Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          Node.Scalar key =
              new Node.Scalar(parser.currentName(), position(parser.currentTokenLocation()));
          Node value = readJson(parser, parser.nextToken(), depth + 1, problems);
          Documents.addEntry(entries, seen, key, value, problems);
        }
        return new Node.Mapping(List.copyOf(entries), at);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(readJson(parser, next, depth + 1, problems));
        }
        return new Node.Sequence(List.copyOf(items), at);
      }
      case VALUE_NULL -> {
        return new Node.Scalar(null, at);
      }
      default -> {
        return new Node.Scalar(parser.getText(), at);
      }
    }
  }

  private static Position position(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? null
        : new Position(location.getLineNr(), location.getColumnNr());
  }
}
