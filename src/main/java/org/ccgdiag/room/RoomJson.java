package org.ccgdiag.room;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The room's two JSON bodies, with jackson-core's streaming reader and writer: a vote read by a
 * bounded, strict reader (exactly {@code {"question": string, "key": string}}, nothing else), and
 * the state a phone polls.
 */
final class RoomJson {
  /** The largest vote body accepted; a larger one gets a 413. */
  static final int MAX_BODY = 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(1)
                  .maxStringLength(MAX_BODY)
                  .maxNumberLength(32)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  record VoteRequest(String question, String key) {}

  private RoomJson() {}

  /** The vote a body carries, or empty when it is anything but one object with the two strings. */
  static Optional<VoteRequest> vote(byte[] body) {
    String question = null;
    String key = null;
    try (JsonParser parser = FACTORY.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          return Optional.empty();
        }
        switch (field) {
          case "question" -> question = parser.getText();
          case "key" -> key = parser.getText();
          default -> {
            return Optional.empty();
          }
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return Optional.empty();
      }
    } catch (IOException | RuntimeException malformed) {
      // Malformed JSON, a duplicate field or a broken limit: all the same bad request.
      return Optional.empty();
    }
    return question == null || key == null
        ? Optional.empty()
        : Optional.of(new VoteRequest(question, key));
  }

  /**
   * The state one member sees: the phase, the page's heading, the statement, the counts, their own
   * vote, the votes once closed.
   */
  static byte[] state(RoomState.View view, RoomSettings settings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("phase", view.phase().json());
      json.writeStringField("organisation", settings.organisation());
      json.writeStringField("statementWord", settings.statementWord());
      json.writeNumberField("joined", view.joined());
      json.writeNumberField("voted", view.voted());
      if (view.statement() == null) {
        json.writeNullField("question");
      } else {
        writeQuestion(json, view.statement(), view.round());
      }
      json.writeStringField("mine", view.mine());
      if (view.votes() != null) {
        json.writeObjectFieldStart("votes");
        for (Map.Entry<String, Integer> vote : view.votes().entrySet()) {
          json.writeNumberField(vote.getKey(), vote.getValue());
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail
    }
    return out.toByteArray();
  }

  private static void writeQuestion(JsonGenerator json, RoomStatement statement, int round)
      throws IOException {
    json.writeObjectFieldStart("question");
    json.writeStringField("id", statement.questionId());
    json.writeNumberField("number", statement.number());
    json.writeNumberField("total", statement.total());
    json.writeNumberField("round", round);
    json.writeStringField("text", statement.text());
    json.writeArrayFieldStart("options");
    for (RoomOption option : statement.options()) {
      json.writeStartObject();
      json.writeStringField("key", option.key());
      json.writeStringField("label", option.label());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
