package org.ccgdiag.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ccgdiag.answers.Answer;
import org.ccgdiag.answers.Answers;
import org.ccgdiag.answers.OrganisationName;
import org.ccgdiag.answers.QuestionnaireRef;
import org.ccgdiag.answers.Respondent;
import org.ccgdiag.answers.TypedText;
import org.ccgdiag.questionnaire.Option;
import org.ccgdiag.questionnaire.Question;
import org.ccgdiag.questionnaire.Questionnaire;
import org.ccgdiag.questionnaire.SmallQuestionnaire;
import org.ccgdiag.report.html.HtmlReport;
import org.ccgdiag.report.markdown.MarkdownReport;
import org.ccgdiag.scoring.Findings;
import org.ccgdiag.scoring.ItemResult;
import org.ccgdiag.scoring.Scorer;
import org.ccgdiag.scoring.Tally;

/**
 * Fuzz targets over answers built from arbitrary strings and choices: what the writer writes loads
 * back equal; scores lie in 0-100 or are null; the order of respondents changes nothing; the
 * Markdown and HTML reports never carry input's markup.
 */
class AnswersFuzzTest {
  private static final Questionnaire SMALL = SmallQuestionnaire.load();
  private static final String MARKUP = "<b>x</b>";

  @FuzzTest(maxDuration = "2m")
  void writtenAnswersReadBackEqual(FuzzedDataProvider data) {
    Answers answers = answers(data, data.consumeString(TypedText.MAX_LINE_LENGTH));
    assertThat(LoadersFuzzTest.readBack(answers)).isEqualTo(answers);
  }

  @FuzzTest(maxDuration = "2m")
  void scoresAreBoundedAndIndependentOfRespondentOrder(FuzzedDataProvider data) {
    List<Answers> sets = new ArrayList<>();
    int respondents = data.consumeInt(1, 6);
    for (int i = 0; i < respondents; i++) {
      sets.add(answers(data, "Org " + MARKUP));
    }
    Findings report = score(sets);
    Stream.concat(report.domains().stream(), report.areas().stream())
        .map(ItemResult::score)
        .filter(score -> score != null)
        .forEach(
            score ->
                assertThat(score.bigDecimalValue(6, java.math.RoundingMode.HALF_UP))
                    .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    List<Answers> reversed = new ArrayList<>(sets);
    java.util.Collections.reverse(reversed);
    Findings other = score(reversed);
    assertThat(other.domains()).isEqualTo(report.domains());
    assertThat(other.areas()).isEqualTo(report.areas());
    assertThat(other.overall()).isEqualTo(report.overall());
    assertThat(other.developmentNeeds()).isEqualTo(report.developmentNeeds());
    assertThat(other.divergence()).isEqualTo(report.divergence());
    assertThat(MarkdownReport.render(report)).doesNotContain(MARKUP);
    assertThat(HtmlReport.render(report)).doesNotContain(MARKUP);
  }

  private static Findings score(List<Answers> sets) {
    Tally tally = new Tally(SMALL);
    for (int i = 0; i < sets.size(); i++) {
      tally.add(sets.get(i), i);
    }
    return Scorer.score(tally);
  }

  /** One valid answer set: any text, any option of each question's scale or none. */
  private static Answers answers(FuzzedDataProvider data, String organisation) {
    // Every way into the program refuses a name with nothing to see (OrganisationName), as the
    // reader does: answers are only ever made with a usable one.
    String kept = OrganisationName.isUsable(organisation) ? organisation : "Org";
    Respondent respondent =
        new Respondent(data.consumeString(40) + MARKUP, data.consumeString(40), "self");
    Map<String, Answer> byQuestion = new LinkedHashMap<>();
    for (Question question : SMALL.questions()) {
      List<Option> options = SMALL.scaleOf(question).options();
      int choice = data.consumeInt(-1, options.size() - 1);
      String note = data.consumeBoolean() ? data.consumeString(200) + MARKUP : null;
      byQuestion.put(
          question.id(), new Answer(choice < 0 ? null : options.get(choice).key(), note));
    }
    Instant started = Instant.ofEpochSecond(data.consumeLong(0, 4_000_000_000L));
    return new Answers(
        QuestionnaireRef.of(SMALL),
        kept,
        respondent,
        started,
        started.plusSeconds(data.consumeInt(0, 999_999)),
        data.consumeBoolean(),
        byQuestion,
        data.consumeBoolean() ? data.consumeString(20) : null);
  }
}
