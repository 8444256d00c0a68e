package se.alf.rules.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.quality.RegionEvaluation;
import se.alf.research.Permit;
import se.alf.rules.Keys;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.sensitivity.SensitivityRow.Status;
import se.alf.rules.sensitivity.SensitivityRow.Tried;
import se.alf.source.Citation;

/**
 * Hand cases of the sensitivity analysis. In 2024 under {@code alf-2014} with the published
 * scenario, Örebro's education is rate × min(actual, minimum) = 79 547 kr × min(800, 715)
 * = 56 876 105,00 kr (README, "The published scenario": rate 79 547 kr, minimum 715, base 800).
 */
class SensitivityTest {

  private static final RuleSet ALF_2014 = RuleSets.alf2014();
  private static final RuleSet PM_2024 = RuleSets.proposal2024();
  private static final Scenario PUBLISHED = Scenarios.published();
  private static final Citation TEST = Citation.of("test", "sensitivity");

  static SensitivityRow row(Sensitivity s, String keyId) {
    return s.rows().stream().filter(r -> r.keyId().equals(keyId)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + keyId + " in " + s.rows()));
  }

  private static Sensitivity orebroEducation2024(Scenario scenario) {
    return Sensitivity.of(ALF_2014).line(Line.EDUCATION)
        .over(scenario, Year.of(2024), AlfRegion.OREBRO);
  }

  private static Scenario withInput(Parameters.Builder changes) {
    return PUBLISHED.with("mine", changes.build());
  }

  @Test
  void varyingOrebrosActualStudentsChangesEducationByRateTimesTheCompensatedChange() {
    // Örebro trains 700 (the caller's input for 2024), below its minimum 715. ±10 %: 630 and 770.
    // Compensated: min(630, 715) = 630 and min(770, 715) = 715 (the minimum caps the high end).
    // Line: 630 × 79 547 = 50 114 610,00 kr; 715 × 79 547 = 56 876 105,00 kr.
    // Swing: (715 − 630) × 79 547 = 85 × 79 547 = 6 761 495,00 kr, not 140 × 79 547.
    Sensitivity s = orebroEducation2024(withInput(Parameters.builder().putYear(
        Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2024), FullYearStudents.of(700),
        Basis.INPUT, TEST)));
    SensitivityRow actual = row(s, "actual-hst[orebro]");
    assertEquals(Status.AFFECTS, actual.status());
    assertEquals(FullYearStudents.of(700), actual.base());
    assertEquals(FullYearStudents.of(630), actual.low());
    assertEquals(FullYearStudents.of(770), actual.high());
    assertEquals(Sek.ofKronor(50_114_610), actual.lineAtLow());
    assertEquals(Sek.ofKronor(56_876_105), actual.lineAtHigh());
    assertEquals(Sek.ofKronor(6_761_495), actual.swing());
    assertEquals(Basis.INPUT, actual.basis());
    assertEquals(Optional.of(AlfRegion.OREBRO), actual.region());
    assertTrue(actual.input().fromScenario());
    assertEquals(List.of(), actual.ruleSets());
    // the line with every input as given: 700 × 79 547 = 55 682 900,00 kr
    assertEquals(Sek.ofKronor(55_682_900), s.base());
  }

  @Test
  void anActualAboveTheMinimumIsReadButHasNoEffect() {
    // Published: no actual-hst[orebro]; the rule derives it from the base, 800 (an assumption).
    // ±10 %: 720 and 880, both above the minimum 715: education stays 56 876 105,00 kr.
    Sensitivity s = orebroEducation2024(PUBLISHED);
    SensitivityRow base = row(s, "actual-hst.base[orebro]");
    assertEquals(Status.NO_EFFECT, base.status());
    assertEquals(Sek.ZERO, base.swing());
    assertEquals(Sek.ofKronor(56_876_105), base.lineAtLow());
    assertEquals("read for Örebro, education, 2024 (alf-2014), but the line does not change"
        + " over this range", base.reason());
  }

  @Test
  void theMinimumAndTheRateMoveTheLineByTenPercentEach() {
    // minimum ±10 %: 643,5 and 786,5, both below the 800 trained: compensated follows.
    //   643,5 × 79 547 = 51 188 494,50 kr; 786,5 × 79 547 = 62 563 715,50 kr; swing 143 × 79 547
    //   = 11 375 221,00 kr.
    // rate ±10 %: 71 592,30 and 87 501,70 kr × 715 = the same two amounts and the same swing.
    Sensitivity s = orebroEducation2024(PUBLISHED);
    for (String id : List.of("minimum-hst[orebro]", "education.rate-per-hst")) {
      SensitivityRow r = row(s, id);
      assertEquals(Sek.of(new java.math.BigDecimal("51188494.50")), r.lineAtLow(), id);
      assertEquals(Sek.of(new java.math.BigDecimal("62563715.50")), r.lineAtHigh(), id);
      assertEquals(Sek.ofKronor(11_375_221), r.swing(), id);
    }
    assertEquals(Sek.of(new java.math.BigDecimal("71592.30")),
        row(s, "education.rate-per-hst").low());
    assertEquals(FullYearStudents.of(Ratio.of(1287, 2)), row(s, "minimum-hst[orebro]").low());
    // equal swings are ranked by key id
    assertEquals("education.rate-per-hst", s.rows().get(0).keyId());
    assertEquals("minimum-hst[orebro]", s.rows().get(1).keyId());
    assertEquals(2, s.affecting().size());
  }

  @Test
  void anInputNotReadForTheRegionHasSwingZeroAndSaysWhy() {
    SensitivityRow stockholm = row(orebroEducation2024(PUBLISHED), "actual-hst.base[stockholm]");
    assertEquals(Sek.ZERO, stockholm.swing());
    assertEquals(Status.NOT_READ, stockholm.status());
    assertEquals("not read for Örebro, education, 2024 (alf-2014)", stockholm.reason());
    assertEquals(Optional.of(AlfRegion.STOCKHOLM), stockholm.region());
  }

  @Test
  void aScenarioValueTheRuleSetOverridesIsNamedWithTheRuleSetAndItsCitation() {
    // alf-2014 sets the education rate itself for 2021 (79 547 kr, Läkartidningen 2021-12):
    // the published scenario's assumed rate is not used that year.
    Sensitivity s = Sensitivity.of(ALF_2014).line(Line.EDUCATION)
        .over(PUBLISHED, Year.of(2021), AlfRegion.OREBRO);
    SensitivityRow rate = row(s, "education.rate-per-hst");
    assertEquals(Status.OVERRIDDEN, rate.status());
    assertEquals(Sek.ZERO, rate.swing());
    assertEquals(Basis.ASSUMPTION, rate.basis());
    assertEquals("rule set alf-2014 sets education.rate-per-hst itself over [2021-01-01,"
        + " 2022-01-01) (79 547,00 kr; Läkartidningen 2021-12): a rule reads the rule set's own"
        + " value first, so the scenario's is not used; change it with a reform", rate.reason());
    assertFalse(rate.reason().contains("not read"));
  }

  @Test
  void aRuleSetsOwnAssumptionIsVariedThroughAReform() {
    // alf-2014's research base 2024: 1 400 000 000 kr × key / sum of keys (README, Örebro's
    // explanation: the keys sum to 101/100, so the others to 99/100).
    // key 9/500: 1,4e9 × (9/500) / (9/500 + 99/100) = 1,4e9 × 9/504 = 25 000 000,00 kr exactly.
    // key 11/500: 1,4e9 × 11/506 = 30 434 782,6087 kr: 30 434 782,61 kr within the one öre a
    // largest-remainder split may move.
    Sensitivity s = Sensitivity.of(ALF_2014).line(Line.RESEARCH_BASE)
        .over(PUBLISHED, Year.of(2024), AlfRegion.OREBRO);
    SensitivityRow key = row(s, "research.key[orebro]");
    assertEquals(List.of("alf-2014"), key.ruleSets());
    assertFalse(key.input().fromScenario());
    assertEquals(Ratio.of(9, 500), key.low());
    assertEquals(Sek.ofKronor(25_000_000), key.lineAtLow());
    long high = key.lineAtHigh().ore();
    assertTrue(Math.abs(high - 3_043_478_261L) <= 1, key.toString());
    assertEquals("research.key[orebro] (alf-2014)", key.label());
    assertEquals(Status.AFFECTS, key.status());
    assertEquals("", key.reason());
    // Stockholm's key moves Örebro's base through the sum of the keys, not through a read of
    // Örebro's explanation: the row says so.
    SensitivityRow stockholm = row(s, "research.key[stockholm]");
    assertEquals(Status.AFFECTS, stockholm.status());
    assertTrue(stockholm.reason().startsWith("not among the reads of this line's explanation"),
        stockholm.reason());
    assertTrue(stockholm.lineAtHigh().compareTo(stockholm.lineAtLow()) < 0);
  }

  @Test
  void theDifferenceOfTwoRuleSetsOnAHandCase() {
    // Örebro, education, 2026. alf-2014: 79 547 × min(800, 715) = 56 876 105,00 kr.
    // pm-2024: the raised rate 128 492 kr from 2026; the minimum aligned to the 800 trained in
    // 2026: max(715, 800) = 800, compensated min(800, 800) = 800: 102 793 600,00 kr.
    // Difference pm-2024 − alf-2014 = 45 917 495,00 kr.
    Sensitivity s = Sensitivity.of(ALF_2014, PM_2024).line(Line.EDUCATION)
        .over(PUBLISHED, Year.of(2026), AlfRegion.OREBRO);
    assertEquals(Sek.ofKronor(45_917_495), s.base());
    assertTrue(s.isDifference());
    // the raised rate ±10 % (only pm-2024 reads it): ± 12 849,20 kr × 800 = ± 10 279 360,00 kr,
    // swing 20 558 720,00 kr; low 92 514 240 − 56 876 105 = 35 638 135,00 kr.
    SensitivityRow raised = row(s, "education.raised-rate-per-hst");
    assertEquals(Sek.ofKronor(35_638_135), raised.lineAtLow());
    assertEquals(Sek.ofKronor(56_196_855), raised.lineAtHigh());
    assertEquals(Sek.ofKronor(20_558_720), raised.swing());
    // the 2014 rate ±10 % (only alf-2014 reads it): ± 7 954,70 kr × 715 = ± 5 687 610,50 kr, so
    // the difference moves the other way: low 45 917 495 + 5 687 610,50 = 51 605 105,50 kr.
    SensitivityRow rate = row(s, "education.rate-per-hst");
    assertEquals(Sek.of(new java.math.BigDecimal("51605105.50")), rate.lineAtLow());
    assertEquals(Sek.of(new java.math.BigDecimal("40229884.50")), rate.lineAtHigh());
    assertEquals(Sek.ofKronor(11_375_221), rate.swing());
    // Örebro's students ±10 % (720, 880): alf-2014 stays capped at 715; pm-2024's minimum
    // follows them: (880 − 720) × 128 492 = 20 558 720,00 kr.
    SensitivityRow trained = row(s, "actual-hst.base[orebro]");
    assertEquals(Sek.ofKronor(20_558_720), trained.swing());
    assertEquals(Sek.ofKronor(720L * 128_492 - 56_876_105), trained.lineAtLow());
    // the two largest tie; ranked by key id
    assertEquals(List.of("actual-hst.base[orebro]", "education.raised-rate-per-hst",
        "education.rate-per-hst", "minimum-hst[orebro]"),
        s.affecting().stream().map(SensitivityRow::keyId).toList());
    assertEquals("Örebro, education, 2026 (pm-2024 − alf-2014)", s.subject());
    assertEquals(List.of("alf-2014", "pm-2024"), s.ruleSetIds());
  }

  @Test
  void gradesAreTriedEveryWayAndTheExtremesReported() {
    // pm-2024, 2027: Örebro's quality amount = its share × 1/5 = 34 653 465,35 × 1/5
    // = 6 930 693,07 kr (README), lost whole for any undermålig (C) panel (the published
    // research.quality-loss). Lowest: a C (the last of the 19 gradings with one is C/C/C),
    // 0 kr; highest: none (the first of the 8 without, A/A/A).
    Sensitivity s = Sensitivity.of(PM_2024).line(Line.RESEARCH_QUALITY)
        .over(PUBLISHED, Year.of(2027), AlfRegion.OREBRO);
    SensitivityRow grades = row(s, "evaluation.result[orebro]");
    assertEquals(Sek.ZERO, grades.lineAtLow());
    assertEquals(Sek.of(new java.math.BigDecimal("6930693.07")), grades.lineAtHigh());
    assertEquals(grades(Grade.UNDERMALIG), ((RegionEvaluation) grades.low()).grades().values()
        .stream().distinct().toList());
    assertEquals(grades(Grade.MYCKET_HOG), ((RegionEvaluation) grades.high()).grades()
        .values().stream().distinct().toList());
    // the quality share: a share, its whole range 0 to 1
    SensitivityRow share = row(s, "research.quality-amount-share");
    assertEquals(Ratio.ZERO, share.low());
    assertEquals(Ratio.ONE, share.high());
    assertTrue(share.reason().contains("a share: its whole range, 0 to 1"), share.reason());
    // with share 1 the quality amount is the whole share, 34 653 465,35 kr
    assertEquals(Sek.of(new java.math.BigDecimal("34653465.35")), share.lineAtHigh());
  }

  private static List<Grade> grades(Grade g) {
    return List.of(g);
  }

  @Test
  void aLineNotMonotoneOverTheRangeCountsTheBaseValue() {
    // Found by SensitivityProperties (seed 44623959335833): Västerbotten's research base, 2026,
    // pm-2024 − alf-2014. Östergötland's key is not read for Västerbotten, but it moves the
    // largest-remainder split of the national research base: the difference is one öre lower at
    // the base key 10/125 than at both ends 9/125 and 11/125. The base counts as a third point:
    // the swing is the spread (base + 1) − base = 1 öre, the rounding of a split, not an effect.
    Sensitivity s = Sensitivity.of(ALF_2014, PM_2024).line(Line.RESEARCH_BASE)
        .over(SensitivityProperties.SCENARIO, Year.of(2026), AlfRegion.VASTERBOTTEN);
    SensitivityRow key = row(s, "research.key[ostergotland]");
    assertEquals(Status.ROUNDING, key.status(), key.toString());
    assertEquals(Sek.ofOre(1), key.swing(), key.toString());
    // low and high stay the ends of the range, 10/125 ± 10 %
    assertEquals(Ratio.of(9, 125), key.low());
    assertEquals(Ratio.of(11, 125), key.high());
    assertEquals(Tried.ENDS, key.tried());
    assertEquals(s.base(), key.lineAtBase());
    assertEquals(s.base().plus(Sek.ofOre(1)), key.lineAtLow(), key.toString());
    assertEquals(s.base().plus(Sek.ofOre(1)), key.lineAtHigh(), key.toString());
    assertTrue(key.reason().startsWith("the line moves by one öre at most: the rounding of a"
        + " split to the öre, not an effect (not read for Västerbotten, research base, 2026"),
        key.reason());
    assertTrue(key.reason().contains("lies outside the lines at low and high"), key.reason());
    assertFalse(s.affecting().contains(key));
    SensitivityProperties.check(s);
  }

  @Test
  void aLineLargestAtTheBaseValueKeepsTheEndsAsLowAndHigh() {
    // pm-2024 − alf-2014, Västerbotten's total, 2027: its minimum is 1 275 (an assumption),
    // varied ±10 %: 1 147,5 and 1 402,5 full-year students, in that order, whichever line is
    // larger. The difference is larger at 1 275 than at either end, so the swing runs from the
    // smaller end's line to the line as given, not between the ends.
    Sensitivity s = Sensitivity.of(ALF_2014, PM_2024)
        .over(PUBLISHED, Year.of(2027), AlfRegion.VASTERBOTTEN);
    SensitivityRow min = row(s, "minimum-hst[vasterbotten]");
    assertEquals(FullYearStudents.of(1275), min.base());
    assertEquals(FullYearStudents.of(Ratio.of(2295, 2)), min.low());
    assertEquals(FullYearStudents.of(Ratio.of(2805, 2)), min.high());
    assertEquals(Tried.ENDS, min.tried());
    Sek smaller = min.lineAtLow().compareTo(min.lineAtHigh()) < 0 ? min.lineAtLow()
        : min.lineAtHigh();
    assertTrue(s.base().compareTo(min.lineAtLow()) > 0
        && s.base().compareTo(min.lineAtHigh()) > 0, min.toString());
    assertEquals(s.base().minus(smaller), min.swing());
    assertEquals(Status.AFFECTS, min.status());
    assertTrue(min.reason().contains("the line with the value as given, " + s.base().format()
        + ", lies outside the lines at low and high: the swing counts it"), min.reason());
  }

  @Test
  void anEndTheKeyRefusesIsClippedAndTheRowSaysSo() {
    // 95 000 students + 10 % = 104 500, above the 100 000 a region's key accepts.
    Sensitivity s = orebroEducation2024(withInput(Parameters.builder().putYear(
        Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2024), FullYearStudents.of(95_000),
        Basis.INPUT, TEST)));
    SensitivityRow r = row(s, "actual-hst[orebro]");
    assertEquals(FullYearStudents.of(85_500), r.low());
    assertEquals(FullYearStudents.of(100_000), r.high());
    assertTrue(r.reason().contains("high 104 500 HST refused (value of actual-hst[orebro] must"
        + " be at most 100 000 full-year students (a guard against typos), was 104500 HST);"
        + " clipped to 100 000 HST"), r.reason());
    assertEquals(Status.NO_EFFECT, r.status()); // min(·, 715) either way
  }

  @Test
  void aValueTheRulesRefuseIsAFailedRowQuotingThem() {
    // pm-2024, 2027: an appropriation of 1 800 MSEK is 50 MSEK above the unchanged level; half
    // of it goes by highly cited articles (PM 7.5.2). With every other region's count 0, Örebro's
    // at 0 leaves none to go by, and the rules refuse.
    Parameters.Builder p = Parameters.builder().putYear(Keys.RESEARCH_APPROPRIATION,
        Year.of(2027), Sek.ofKronor(1_800_000_000L), Basis.INPUT, TEST);
    for (AlfRegion r : AlfRegion.values()) {
      if (r != AlfRegion.OREBRO) {
        p.putFrom(Keys.HIGHLY_CITED_ARTICLES.of(r), Year.of(2015), Ratio.ZERO, Basis.INPUT, TEST);
      }
    }
    Sensitivity s = Sensitivity.of(PM_2024)
        .range(Keys.HIGHLY_CITED_ARTICLES.of(AlfRegion.OREBRO), Ratio.ZERO, Ratio.ONE)
        .over(withInput(p), Year.of(2027), AlfRegion.OREBRO);
    SensitivityRow r = row(s, "research.highly-cited-articles[orebro]");
    assertEquals(Status.FAILED, r.status());
    assertEquals(Sek.ZERO, r.swing());
    assertTrue(r.reason().startsWith("the rules fail with 0: pm-2024: InputRefusedException:"
        + " research.highly-cited-articles[*] are all 0 in 2027"), r.reason());
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aValueAlfCannotVaryIsSaidSo() {
    Sensitivity s = orebroEducation2024(withInput(Parameters.builder().putYear(
        (se.alf.rules.param.Key) Keys.QUALIFYING_PERMITS, Year.of(2024),
        ImmutableSet.of(Permit.ETHICAL_REVIEW_AUTHORITY), Basis.INPUT, TEST)));
    SensitivityRow r = row(s, "clinical-research.qualifying-permits");
    assertEquals(Status.NOT_VARIED, r.status());
    assertEquals("alf has no range for a value of type ImmutableSet; give one with"
        + " Sensitivity.Builder.range(key, low, high)", r.reason());
  }

  @Test
  void publishedFiguresAreVariedOnlyWhenAsked() {
    Sensitivity assumed = Sensitivity.of(ALF_2014).over(PUBLISHED, Year.of(2015),
        AlfRegion.OREBRO);
    assertTrue(assumed.rows().stream().noneMatch(r -> r.keyId().equals("research.appropriation")));
    Sensitivity all = Sensitivity.of(ALF_2014).bases(Basis.PUBLISHED, Basis.ASSUMPTION)
        .over(PUBLISHED, Year.of(2015), AlfRegion.OREBRO);
    // 2015: 1 700 MSEK published (VR1804); Örebro's research is its key's share: ±10 % of it
    SensitivityRow r = row(all, "research.appropriation");
    assertEquals(Basis.PUBLISHED, r.basis());
    assertEquals(Status.AFFECTS, r.status());
  }

  @Test
  void parallelGivesTheSameRows() {
    Sensitivity.Builder b = Sensitivity.of(ALF_2014, PM_2024);
    assertEquals(b.over(PUBLISHED, Year.of(2027), AlfRegion.UPPSALA).rows(),
        b.threads(2).over(PUBLISHED, Year.of(2027), AlfRegion.UPPSALA).rows());
    assertEquals(b.over(PUBLISHED, Year.of(2027), AlfRegion.UPPSALA).rows(),
        b.parallel().over(PUBLISHED, Year.of(2027), AlfRegion.UPPSALA).rows());
  }

  @Test
  void refusesWhatItCannotAnalyse() {
    Sensitivity.Builder b = Sensitivity.of(ALF_2014);
    assertThrows(IllegalArgumentException.class, () -> b.line(Line.COMPENSATED_STUDENTS));
    assertThrows(IllegalArgumentException.class, () -> b.relativeChange(Ratio.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.relativeChange(Ratio.of(11, 10)));
    assertThrows(IllegalArgumentException.class, () -> b.threads(0));
    assertThrows(IllegalArgumentException.class, () -> b.bases());
    IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
        () -> b.range(Keys.QUALITY_AMOUNT_SHARE, Ratio.ZERO, Ratio.of(2)));
    assertEquals("value of research.quality-amount-share must be a share between 0 and 1, was 2",
        share.getMessage());
    // a second key object with the id cannot bypass the catalogue's rule
    IllegalArgumentException bypass = assertThrows(IllegalArgumentException.class,
        () -> b.range(se.alf.rules.param.Key.of("research.quality-amount-share", Ratio.class,
            "a copy"), Ratio.ZERO, Ratio.of(2)));
    assertTrue(bypass.getMessage().contains("must be a share between 0 and 1"));
  }

  @Test
  void aRelativeChangeOfAQuarter() {
    // minimum 715 ± 25 %: 536,25 and 893,75; compensated min(800, ·): 536,25 and 800.
    // (800 − 536,25) × 79 547 = 263,75 × 79 547 = 20 980 521,25 kr.
    Sensitivity s = Sensitivity.of(ALF_2014).line(Line.EDUCATION).relativeChange(Ratio.of(1, 4))
        .over(PUBLISHED, Year.of(2024), AlfRegion.OREBRO);
    assertEquals(Sek.of(new java.math.BigDecimal("20980521.25")),
        row(s, "minimum-hst[orebro]").swing());
  }

  @Test
  void readsAsATable() {
    Sensitivity s = orebroEducation2024(PUBLISHED);
    String text = s.table().text();
    assertTrue(text.startsWith(" #  Input"), text);
    assertTrue(text.contains(" 1  education.rate-per-hst"), text);
    assertEquals("Sensitivity of Örebro, education, 2024 (alf-2014): " + s.rows().size()
        + " inputs, 2 move it", s.toString());
    assertTrue(s.rows().get(0).toString().startsWith("education.rate-per-hst 71 592,30 kr …"
        + " 87 501,70 kr: swing 11 375 221,00 kr (AFFECTS)"), s.rows().get(0).toString());
    assertEquals(Line.EDUCATION, s.line());
    assertEquals(AlfRegion.OREBRO, s.region());
    assertEquals(Year.of(2024), s.year());
    assertEquals("published", s.scenarioName());
    assertFalse(s.isDifference());
  }

  @Test
  void aValueReadOnAnotherDateIsVariedToo() {
    // pm-2024, 2027: Örebro's minimum is aligned to what it trained in 2026 (the caller says
    // 850), grown by 12/11: max(715, 850) × 12/11 = 10200/11. It trains 800 × 12/11 = 9600/11 in
    // 2027 (derived), so it is compensated for min(9600/11, 10200/11) = 9600/11.
    // 2026 ±10 %: 765 → minimum 9180/11, compensated 9180/11: 128 492 × 9180/11
    //   = 107 232 414,545… → 107 232 414,55 kr; 935 → minimum 11220/11, compensated 9600/11:
    //   128 492 × 9600/11 = 112 138 472,727… → 112 138 472,73 kr. Swing 4 906 058,18 kr.
    Sensitivity s = Sensitivity.of(PM_2024).line(Line.EDUCATION).over(withInput(
        Parameters.builder().putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2026),
            FullYearStudents.of(850), Basis.INPUT, TEST)), Year.of(2027), AlfRegion.OREBRO);
    SensitivityRow r = row(s, "actual-hst[orebro]");
    assertEquals(java.time.LocalDate.of(2026, 1, 1), r.input().from());
    assertEquals(Sek.of(new java.math.BigDecimal("107232414.55")), r.lineAtLow());
    assertEquals(Sek.of(new java.math.BigDecimal("112138472.73")), r.lineAtHigh());
    assertEquals(Status.AFFECTS, r.status());
  }

  @Test
  void aRuleSetsAssumptionThatNothingReadsIsListedAsNotRead() {
    // 2016: the quality share goes by bibliometrics, so no rule reads the points per grade
    Sensitivity s = Sensitivity.of(ALF_2014).over(PUBLISHED, Year.of(2016), AlfRegion.OREBRO);
    SensitivityRow points = row(s, "research.quality-points.a");
    assertEquals(Status.NOT_READ, points.status());
    assertEquals(List.of("alf-2014"), points.ruleSets());
  }

  @Test
  void twoRuleSetsWithTheirOwnValuesOfAKeyGiveARowEach() {
    RuleSet twice = se.alf.rules.reform.Reform.of(ALF_2014).id("test-keys").title("test")
        .citation(TEST).set(Keys.RESEARCH_KEY.of(AlfRegion.OREBRO), Year.of(2016),
            Ratio.of(1, 25), Basis.ASSUMPTION, TEST).build();
    Sensitivity s = Sensitivity.of(ALF_2014, twice).line(Line.RESEARCH_BASE)
        .over(PUBLISHED, Year.of(2024), AlfRegion.OREBRO);
    List<SensitivityRow> keys = s.rows().stream()
        .filter(r -> r.keyId().equals("research.key[orebro]")).toList();
    assertEquals(List.of(List.of("alf-2014"), List.of("test-keys")),
        keys.stream().map(SensitivityRow::ruleSets).sorted(
            java.util.Comparator.comparing(Object::toString)).toList());
    // Stockholm's key is the same in both: one row, varied in both
    assertEquals(List.of("alf-2014", "test-keys"), row(s, "research.key[stockholm]").ruleSets());
  }

  @Test
  void aRuleSetsValueForSomeYearsIsVariedForThoseYears() {
    RuleSet oneYear = se.alf.rules.reform.Reform.of(ALF_2014).id("test-2024").title("test")
        .citation(TEST).setYears(Keys.RESEARCH_KEY.of(AlfRegion.OREBRO), Year.of(2024),
            Year.of(2024), Ratio.of(1, 25), Basis.ASSUMPTION, TEST).build();
    SensitivityRow r = row(Sensitivity.of(oneYear).line(Line.RESEARCH_BASE)
        .over(PUBLISHED, Year.of(2024), AlfRegion.OREBRO), "research.key[orebro]");
    assertEquals(Status.AFFECTS, r.status());
    assertEquals(Ratio.of(9, 250), r.low());
    assertEquals(List.of("test-2024"), r.ruleSets());
  }

  @Test
  void aRuleSetsValueOverPartOfAYearCannotBeVariedAndSaysWhy() {
    for (java.time.LocalDate[] range : List.of(
        new java.time.LocalDate[] {java.time.LocalDate.of(2024, 1, 1),
            java.time.LocalDate.of(2024, 7, 1)},
        new java.time.LocalDate[] {java.time.LocalDate.of(2023, 7, 1),
            java.time.LocalDate.of(2025, 1, 1)})) {
      RuleSet halfYear = se.alf.rules.spi.StandardRuleSet.builder().id("test-half")
          .title("test").source(TEST).firstYear(ALF_2014.firstYear()).baseline(ALF_2014)
          .parameters(ALF_2014.parameters().overriddenBy(Parameters.builder()
              .put(Keys.RESEARCH_KEY.of(AlfRegion.OREBRO), range[0], range[1], Ratio.of(1, 25),
                  Basis.ASSUMPTION, TEST).build()))
          .rules(ALF_2014.rules()).build();
      SensitivityRow r = row(Sensitivity.of(halfYear).over(PUBLISHED, Year.of(2024),
          AlfRegion.OREBRO), "research.key[orebro]");
      assertEquals(Status.FAILED, r.status());
      assertEquals("the rules fail with 9/250: research.key[orebro] holds over [" + range[0]
          + ", " + range[1] + "), not whole years: a reform varies a rule set's value by the"
          + " year", r.reason());
    }
  }

  @Test
  void aRelativeChangeOfOneRunsFromZeroToTwice() {
    // minimum 715 ± 100 %: 0 and 1 430; compensated min(800, ·): 0 and 800: 800 × 79 547
    Sensitivity s = Sensitivity.of(ALF_2014).line(Line.EDUCATION).relativeChange(Ratio.ONE)
        .over(PUBLISHED, Year.of(2024), AlfRegion.OREBRO);
    assertEquals(Sek.ofKronor(63_637_600), row(s, "minimum-hst[orebro]").swing());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> Sensitivity.of(ALF_2014).bases());
    assertEquals("bases must name at least one basis", none.getMessage());
  }

  @Test
  void aScenarioValueOneRuleSetOverridesIsVariedForTheOtherAndSaysSo() {
    RuleSet ownShare = se.alf.rules.reform.Reform.of(PM_2024).id("test-share").title("test")
        .citation(TEST).set(Keys.QUALITY_AMOUNT_SHARE, Year.of(2015), Ratio.of(1, 4),
            Basis.ASSUMPTION, TEST).build();
    // pm-2024 reads the published scenario's share (1/5); test-share sets its own (1/4)
    Sensitivity s = Sensitivity.of(PM_2024, ownShare).line(Line.RESEARCH_QUALITY)
        .over(PUBLISHED, Year.of(2027), AlfRegion.OREBRO);
    SensitivityRow share = s.rows().stream()
        .filter(r -> r.keyId().equals("research.quality-amount-share") && r.ruleSets().isEmpty())
        .findFirst().orElseThrow();
    assertEquals(Status.AFFECTS, share.status());
    assertEquals("a share: its whole range, 0 to 1; rule set test-share sets"
        + " research.quality-amount-share itself over [2015-01-01, …) (1/4; test sensitivity):"
        + " the scenario's value is not used there", share.reason());
    // with the scenario's share at 1, pm-2024's quality amount is Örebro's whole share,
    // 34 653 465,35 kr, and the difference test-share − pm-2024 falls by as much from 0
    // (share 0): the swing is the whole share
    assertEquals(Sek.of(new java.math.BigDecimal("34653465.35")), share.swing());
  }
}
