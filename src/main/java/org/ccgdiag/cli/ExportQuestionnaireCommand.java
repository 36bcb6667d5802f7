package org.ccgdiag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.ccgdiag.answers.SpreadsheetTemplate;
import org.ccgdiag.answers.WorkbookTemplate;
import org.ccgdiag.files.AtomicFile;
import org.ccgdiag.questionnaire.BundledQuestionnaires;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Prints a bundled questionnaire: its YAML, comments included, for authors to adapt; or its blank
 * spreadsheet, for a survey tool or Excel; or writes its blank workbook (never to stdout).
 */
@Command(
    name = "export",
    description = {
      "Print a bundled questionnaire on stdout: as YAML, ready to adapt, or (--format csv)",
      "as the blank spreadsheet of answers: the header row to load into a survey tool or",
      "send as a sheet (organisation, respondent, role, perspective, round, date, then one",
      "column per statement by its number and full text), or (--format xlsx -o FILE) as the",
      "blank workbook: a dropdown of answers in each cell and a sheet saying how to fill it in.",
      "Score the filled sheet directly, or import it."
    })
final class ExportQuestionnaireCommand implements Runnable {

  /** What the questionnaire is exported as. */
  /** The formats as --format takes them. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("yaml", "csv", "xlsx").iterator();
    }
  }

  enum Format {
    YAML,
    CSV,
    XLSX
  }

  private final Context context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The id of a bundled questionnaire.")
  String id;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      converter = FormatConverter.class,
      completionCandidates = ExportQuestionnaireCommand.Formats.class,
      description =
          "yaml (the questionnaire), csv (its blank spreadsheet of answers) or xlsx (its blank workbook,"
              + " with -o); default: yaml.")
  Format format;

  @Option(
      names = "--notes",
      description = "With --format csv or xlsx: a '<id> note' column after each statement.")
  boolean notes;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of stdout (needed for xlsx).")
  String output;

  ExportQuestionnaireCommand(Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    if (format == Format.XLSX && output == null) {
      throw new UserException(
          ExitCode.USAGE,
          "a workbook is not text to print; give -o FILE, e.g. -o " + id + ".xlsx",
          null);
    }
    byte[] content =
        (switch (format) {
              case CSV ->
                  BundledQuestionnaires.load(id)
                      .map(q -> bytes(SpreadsheetTemplate.render(q, notes)));
              case XLSX ->
                  BundledQuestionnaires.load(id).map(q -> WorkbookTemplate.render(q, notes));
              case YAML -> BundledQuestionnaires.text(id).map(ExportQuestionnaireCommand::bytes);
            })
            .orElseThrow(
                () ->
                    new UserException(
                        id
                            + ": no bundled questionnaire has this id (bundled: "
                            + String.join(", ", BundledQuestionnaires.ids())
                            + ")"));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(content, StandardCharsets.UTF_8));
      out.flush();
      return;
    }
    Path file = context.resolve(output);
    try {
      AtomicFile.write(file, content, AtomicFile.Durability.UNSYNCED, context.fileMode());
    } catch (IOException e) {
      throw new UserException(
          ExitCode.INVALID_INPUT,
          context.display(file) + ": cannot write it: " + Diagnostics.describe(e),
          e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an export format; use yaml, csv or xlsx");
      }
    }
  }
}
