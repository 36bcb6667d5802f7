package org.ccgdiag.answers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.files.FileMode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes answers files in the YAML form of the format, atomically. */
public final class AnswersWriter {
  private AnswersWriter() {}

  /**
   * Synced to disk: answers are the one thing a user cannot make again. Returns the bytes written.
   */
  public static byte[] write(Answers answers, Path path, FileMode mode) throws IOException {
    byte[] content = toYaml(answers).getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(path, content, AtomicFile.Durability.SYNCED, mode);
    return content;
  }

  public static String toYaml(Answers answers) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("format", Answers.FORMAT);
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("id", answers.questionnaire().id());
    ref.put("version", answers.questionnaire().version());
    top.put("questionnaire", ref);
    top.put("organisation", answers.organisation());
    putIfSet(top, "round", answers.round());
    Map<String, Object> respondent = new LinkedHashMap<>();
    putIfSet(respondent, "name", answers.respondent().name());
    putIfSet(respondent, "role", answers.respondent().role());
    respondent.put("perspective", answers.respondent().perspective());
    putIfSet(respondent, "consensus", answers.respondent().consensus());
    top.put("respondent", respondent);
    putIfSet(top, "started", answers.started() == null ? null : answers.started().toString());
    putIfSet(top, "updated", answers.updated() == null ? null : answers.updated().toString());
    top.put("complete", answers.complete());
    Map<String, Object> entries = new LinkedHashMap<>();
    answers
        .answers()
        .forEach(
            (questionId, answer) -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              putIfSet(entry, "answer", answer.key());
              putIfSet(entry, "votes", answer.votes());
              putIfSet(entry, "note", answer.note());
              entries.put(questionId, entry);
            });
    top.put("answers", entries);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(100);
    options.setSplitLines(true);
    options.setIndent(2);
    return new Yaml(options).dump(top);
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
