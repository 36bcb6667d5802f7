package org.ccgdiag.cli;

import java.time.Clock;
import java.util.function.Predicate;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.OrganisationName;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.answers.TypedText;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.session.Session;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * assess's options that say whose answers a session holds (the organisation, respondent, round and
 * consensus): checked, asked for when a new session leaves them out, and matched against a file
 * that is resumed.
 */
final class RespondentOptions {
  private static final int MAX_CONSENSUS = 1000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--organisation", paramLabel = "NAME", description = "The organisation assessed.")
  String organisation;

  @Option(
      names = "--respondent",
      paramLabel = "NAME",
      description =
          "Who answers, e.g. a name. Asked when not given (Enter: an anonymous answer set, never"
              + " merged with another); with --consensus, the team's.")
  String respondent;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "The respondent's role, e.g. 'Clinical lead'.")
  String role;

  @Option(
      names = "--perspective",
      paramLabel = "P",
      description =
          "self (default: the organisation's own team) or a stakeholder group, e.g. member-practice.")
  String perspective;

  @Option(
      names = "--round",
      paramLabel = "R",
      description =
          "A label for this assessment round, e.g. 2012-01: written in the answers file and its default name.")
  String round;

  @Option(
      names = "--consensus",
      paramLabel = "N",
      description =
          "The answers are agreed together by N people (2-1000) in a workshop: one respondent, the team's view.")
  Integer consensus;

  /** Refuses, as a usage error, options that no answers file could hold. */
  void check() {
    if (perspective != null && !Respondent.isValidPerspective(perspective)) {
      throw usage(
          "--perspective '"
              + perspective
              + "' is not valid: use self, or a stakeholder group id of lower-case"
              + " letters, digits and hyphens such as member-practice");
    }
    if (organisation != null && organisation.isBlank()) {
      throw usage("--organisation is empty: give the organisation's name");
    }
    if (organisation != null && !OrganisationName.isUsable(organisation)) {
      throw usage(OrganisationName.problem("--organisation", organisation));
    }
    for (String[] option :
        new String[][] {
          {"--organisation", organisation},
          {"--respondent", respondent},
          {"--role", role},
          {"--round", round}
        }) {
      if (option[1] != null && !TypedText.fitsLine(option[1])) {
        throw usage(tooLong(option[0], option[1]));
      }
    }
    if (round != null && round.isBlank()) {
      throw usage("--round is empty: give the round's label, e.g. 2012-01");
    }
    if (consensus != null && consensus == 1) {
      throw usage(
          "--consensus 1 is not a consensus: give the number of people who agreed the answers (2-"
              + MAX_CONSENSUS
              + "), or leave it out for one person's answers");
    }
    if (consensus != null && (consensus < 2 || consensus > MAX_CONSENSUS)) {
      throw usage(
          "--consensus " + consensus + " is not a number of people from 2 to " + MAX_CONSENSUS);
    }
  }

  /**
   * The answers of a new session. With --organisation and --respondent given nothing is asked;
   * otherwise whatever the options left out, Enter taking the default in brackets.
   */
  Answers newAnswers(
      AssessConsole console,
      AssessView view,
      Questionnaire questionnaire,
      boolean room,
      Clock clock) {
    boolean interview = organisation == null || respondent == null;
    if (interview) {
      console.print(view.interview(questionnaire));
    }
    String org =
        organisation != null
            ? organisation
            : ask(
                console,
                view,
                "Organisation: ",
                null,
                OrganisationName::isUsable,
                "The organisation's name is needed: it names the answers file and the report.");
    // Only an agreed set is the team's by default ("Leadership team"): a person's set must never
    // take
    // a name that another person's set could share, or scoring would count the two as one.
    String team = questionnaire.terms().team().one();
    String everyone = Character.toUpperCase(team.charAt(0)) + team.substring(1);
    String name =
        respondent != null
            ? respondent
            : consensus != null || room
                ? ask(console, view, "Respondent [" + everyone + "]: ", everyone, n -> true, "")
                : ask(
                    console, view, "Your name (Enter to answer anonymously): ", "", n -> true, "");
    String job =
        role != null || !interview ? role : ask(console, view, "Role [none]: ", "", r -> true, "");
    String group =
        perspective != null || !interview
            ? perspective
            : ask(
                console,
                view,
                "Perspective: self, or a stakeholder group such as member-practice [self]: ",
                Respondent.SELF,
                Respondent::isValidPerspective,
                "Type self, or a group id such as member-practice (a-z, 0-9 and hyphens).");
    Respondent who =
        new Respondent(
            name.isBlank() ? null : name.strip(),
            job == null || job.isBlank() ? null : job.strip(),
            group == null ? Respondent.SELF : group,
            consensus);
    return Session.start(
        questionnaire, org.strip(), who, round == null ? null : round.strip(), clock);
  }

  /**
   * Asks until a valid answer comes; Enter gives {@code otherwise} (null when an answer is needed).
   */
  private static String ask(
      AssessConsole console,
      AssessView view,
      String prompt,
      String otherwise,
      Predicate<String> valid,
      String hint) {
    while (true) {
      String line =
          console
              .readLine(prompt)
              .orElseThrow(
                  () ->
                      new UserException(
                          "ccg-diag assess: left before the session started; nothing was saved"))
              .strip();
      String value = line.isEmpty() ? otherwise : line;
      if (!TypedText.fitsLine(line)) {
        console.print(view.hint(tooLong("That", line)));
      } else if (value != null && valid.test(value)) {
        return value;
      } else {
        console.print(view.hint(hint));
      }
    }
  }

  /** The answers, when --round and --consensus (if given) match them. */
  Answers matching(Answers resumed, String name) {
    if (round != null && !round.strip().equals(resumed.round())) {
      throw usage(
          "--round "
              + round.strip()
              + " does not match "
              + name
              + ", which is "
              + (resumed.round() == null ? "for no round" : "for round " + resumed.round())
              + ": resume it without --round, or start a new file for round "
              + round.strip());
    }
    Integer agreed = resumed.respondent().consensus();
    if (consensus != null && !consensus.equals(agreed)) {
      throw usage(
          "--consensus "
              + consensus
              + " does not match "
              + name
              + ", which holds "
              + (agreed == null ? "one person's answers" : "answers agreed by " + agreed)
              + ": resume it without --consensus");
    }
    return resumed;
  }

  private static String tooLong(String what, String text) {
    return what
        + " is "
        + TypedText.length(text.strip())
        + " characters long; a name keeps at most "
        + TypedText.MAX_LINE_LENGTH;
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}
