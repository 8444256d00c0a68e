package se.alf.rules;

import java.time.Year;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.source.Citation;

/**
 * Scenarios with round numbers, so that expected values can be worked out by hand.
 *
 * <p>The research keys of the 2014 rule set are VR's 2015 shares in whole percent: 27, 21, 20,
 * 12, 11, 8, 2 (sum 101). With an appropriation of 101 000 000 kr every percent point is exactly
 * 1 000 000 kr.
 */
final class TestScenarios {

  private TestScenarios() {}

  static final Sek APPROPRIATION = Sek.ofKronor(101_000_000);

  /** Every input given by the caller: 100 full-year students minimum, 100 actual, all grades B. */
  static Scenario.Builder clean() {
    Scenario.Builder s = Scenario.builder("clean").description("round numbers");
    Year from = Year.of(2015);
    s.inputFrom(Keys.RESEARCH_APPROPRIATION, from, APPROPRIATION)
        .inputFrom(Keys.UNCHANGED_RESEARCH_LEVEL, from, APPROPRIATION)
        .inputFrom(Keys.EDUCATION_RATE, from, Sek.ofKronor(100_000))
        .inputFrom(Keys.RAISED_EDUCATION_RATE, from, Sek.ofKronor(120_000))
        .inputFrom(Keys.CITED_SHARE, from, Ratio.of(1, 2))
        .inputFrom(Keys.QUALITY_AMOUNT_SHARE, from, Ratio.of(1, 5))
        .inputFrom(Keys.WITHHELD_DESTINATION, from, WithheldDestination.RETURNED_TO_STATE)
        .inputFrom(Keys.QUALITY_LOSS, from, QualityLoss.PANEL_SLICE)
        .inputFrom(Keys.LAST_RESEARCH_EVALUATION, from, Year.of(2023))
        .inputFrom(Keys.LAST_USV_EVALUATION, from, Year.of(2023))
        // Region Västerbotten's reform: the supplement the response gives no size for.
        .inputFrom(VasterbottenResponse.SUPPLEMENT, from, Sek.ofKronor(1_000_000));
    for (AlfRegion r : AlfRegion.values()) {
      s.inputFrom(Keys.MINIMUM_HST.of(r), from, FullYearStudents.of(100))
          .inputFrom(Keys.ACTUAL_HST.of(r), from, FullYearStudents.of(100))
          .inputFrom(Keys.BIBLIOMETRIC_WEIGHT.of(r), from, Ratio.ONE)
          .inputFrom(Keys.HIGHLY_CITED_ARTICLES.of(r), from, Ratio.ONE);
    }
    return s;
  }

  /** {@link #clean()} with every region graded B/B/B except those given. */
  static Scenario withGrades(Scenario.Builder s, AlfRegion special, Grade p1, Grade p2, Grade p3) {
    for (AlfRegion r : AlfRegion.values()) {
      RegionEvaluation e = r == special
          ? RegionEvaluation.of(r, p1, p2, p3, Citation.of("test", "grades"))
          : RegionEvaluation.of(r, Grade.GOD_HOG, Grade.GOD_HOG, Grade.GOD_HOG,
              Citation.of("test", "grades"));
      s.inputFrom(Keys.EVALUATION_RESULT.of(r), Year.of(2015), e);
    }
    return s.build();
  }

  static Scenario allGodHog() {
    return withGrades(clean(), AlfRegion.STOCKHOLM, Grade.GOD_HOG, Grade.GOD_HOG, Grade.GOD_HOG);
  }
}
