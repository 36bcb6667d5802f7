package org.ccgdiag.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.batch.ReportFormat;
import org.ccgdiag.questionnaire.BundledQuestionnaires;

/**
 * The commands assess prints for the user to copy (to resume the answers file, to produce its
 * report), as the user would type them: the program as they invoked it, and each word quoted for
 * the shell where it needs quoting.
 *
 * @param context how paths are shown, and the environment the launcher sets
 * @param questionnaire the -q value given to assess
 * @param report the --report file given, or null
 * @param format the --format given, or null
 */
record ShellCommands(Context context, String questionnaire, String report, ReportFormat format) {
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/@%+=:,-]+");

  /**
   * Set by the launcher script to how the user invoked it ("./ccg-diag"), so printed commands can
   * be copied.
   */
  static final String PROGRAM_VARIABLE = "CCG_DIAG_PROGRAM";

  /** The command that resumes this file with every option it needs. */
  String resume(Path path, Answers answers) {
    return program()
        + " assess"
        + questionnaireWords()
        + " -a "
        + shellWord(context.display(path))
        + (answers.round() == null ? "" : " --round " + shellWord(answers.round()))
        + (report == null ? "" : " --report " + shellWord(report))
        + (format == null ? "" : " --format " + format.extension());
  }

  /** The command that (re)produces the full report of this file. */
  String fullReport(Path path) {
    String name = context.display(path);
    String html = name.replaceFirst("\\.(ya?ml|json)$", "") + ".html";
    return program()
        + " score"
        + questionnaireWords()
        + " "
        + shellWord(name)
        + " --format html > "
        + shellWord(html);
  }

  private String questionnaireWords() {
    return questionnaire.equals(BundledQuestionnaires.DEFAULT_ID)
        ? ""
        : " -q " + shellWord(questionnaire);
  }

  /** The program as the user invoked it: what the launcher says, else its name. */
  private String program() {
    String invoked = context.environment().get(PROGRAM_VARIABLE);
    return invoked == null || invoked.isBlank() ? "ccg-diag" : shellWord(invoked);
  }

  private static String shellWord(String text) {
    return SHELL_SAFE.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
