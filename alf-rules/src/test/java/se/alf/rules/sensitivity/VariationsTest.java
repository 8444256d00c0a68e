package se.alf.rules.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
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
import se.alf.rules.Keys;
import se.alf.rules.QualityLoss;
import se.alf.rules.param.Key;
import se.alf.rules.sensitivity.Variations.Variation;
import se.alf.source.Citation;

class VariationsTest {

  private static final Ratio TENTH = Ratio.of(1, 10);

  private static Variation of(Object base, Key<?> key) {
    return Variations.of(base, List.of(key), TENTH, Optional.empty());
  }

  @Test
  void wholeNumbersRoundHalfToEvenAndMoveAtLeastOneStep() {
    Key<Integer> any = Key.of("test.count", Integer.class, "a count");
    // 5 × 0,9 = 4,5 → 4 (half to even); 5 × 1,1 = 5,5 → 6
    assertEquals(List.of(4, 6), of(5, any).values());
    // 20 ± 2
    assertEquals(List.of(18, 22), of(20, any).values());
    // 3 × 0,9 = 2,7 → 3 and 3,3 → 3: one step either side instead
    assertEquals(List.of(2, 4), of(3, any).values());
    assertTrue(of(3, any).ends());
  }

  @Test
  void aWholeNumberTheKeyRefusesIsClipped() {
    Variation v = of(11, Keys.CLINICAL_TERMS);
    assertEquals(List.of(10, 11), v.values());
    assertTrue(v.notes().contains("high 12 refused (value of programme.clinical-terms must be a"
        + " whole number of terms from 1 to 11, was 12); clipped to 11"), v.notes().toString());
  }

  @Test
  void aYearMovesOneYearAndStaysInItsKeysRange() {
    assertEquals(List.of(Year.of(2026), Year.of(2028)),
        of(Year.of(2027), Keys.TERM_12_FROM).values());
    Variation last = of(Year.of(2100), Keys.TERM_12_FROM);
    assertEquals(List.of(Year.of(2099), Year.of(2100)), last.values());
    assertTrue(last.notes().get(1).endsWith("clipped to 2100"), last.notes().toString());
  }

  @Test
  void aShareTakesItsWholeRangeAndAnyOtherRatioTenPercent() {
    assertEquals(List.of(Ratio.ZERO, Ratio.ONE), of(Ratio.of(1, 5), Keys.QUALITY_SHARE).values());
    assertEquals(List.of(Ratio.of(9, 500), Ratio.of(11, 500)),
        of(Ratio.of(1, 50), Keys.RESEARCH_KEY.of(AlfRegion.OREBRO)).values());
  }

  @Test
  void amountsAndStudentsMoveByTheRelativeChangeToTheÖre() {
    // 79 547,01 kr × 0,9 = 71 592,309 → 71 592,31 (half even); × 1,1 = 87 501,711 → 87 501,71
    assertEquals(List.of(Sek.ofOre(7_159_231), Sek.ofOre(8_750_171)),
        of(Sek.ofOre(7_954_701), Keys.EDUCATION_RATE).values());
    // 9600/11 × 9/10 = 8640/11, exact
    assertEquals(FullYearStudents.of(Ratio.of(8640, 11)),
        of(FullYearStudents.of(Ratio.of(9600, 11)), Keys.ACTUAL_HST.of(AlfRegion.OREBRO))
            .values().get(0));
    Variation zero = of(Sek.ZERO, Keys.EDUCATION_RATE);
    assertEquals(List.of(Sek.ZERO, Sek.ZERO), zero.values());
    assertTrue(zero.notes().get(0).startsWith("the base is 0, so a relative range is empty"));
  }

  @Test
  void anAmountIsClippedToTheÖre() {
    Key<Sek> atMost100 = Key.of("test.amount", Sek.class, "an amount")
        .requiring(a -> a.compareTo(Sek.ofKronor(100)) <= 0, "must be at most 100 kr");
    // 95 kr × 1,1 = 104,50 kr, refused: the last amount accepted is 100,00 kr
    Variation v = of(Sek.ofKronor(95), atMost100);
    assertEquals(List.of(Sek.of(new java.math.BigDecimal("85.50")), Sek.ofKronor(100)),
        v.values());
    assertEquals(List.of("high 104,50 kr refused (value of test.amount must be at most 100 kr,"
        + " was 104,50 kr); clipped to 100,00 kr"), v.notes());
  }

  @Test
  void studentsAreClippedOnAGridOfHundredths() {
    Key<FullYearStudents> below = Key.of("test.students", FullYearStudents.class, "students")
        .requiring(s -> s.value().compareTo(Ratio.of(10_001, 100)) < 0, "must be below 100,01");
    // 95 × 1,1 = 104,5 refused; the last accepted on the way down is 100 (100,01 is refused)
    assertEquals(FullYearStudents.of(100), of(FullYearStudents.of(95), below).values().get(1));
  }

  @Test
  void settingsTakeEveryValueTheKeyAccepts() {
    Variation flags = of(true, Keys.CARRY_OVER_ALLOWED);
    assertEquals(List.of(false, true), flags.values());
    assertFalse(flags.ends());
    assertEquals(List.of(QualityLoss.values()), of(QualityLoss.WHOLE_AMOUNT,
        Keys.QUALITY_LOSS).values());
    Key<Boolean> onlyTrue = Key.of("test.flag", Boolean.class, "a flag")
        .requiring(b -> b, "must be true");
    Variation one = of(true, onlyTrue);
    assertEquals(List.of(true), one.values());
    assertEquals(List.of("false left out: value of test.flag must be true, was false"),
        one.notes());
  }

  @Test
  void gradesTakeAll27GradingsBestFirst() {
    RegionEvaluation b = RegionEvaluation.of(AlfRegion.OREBRO, Grade.GOD_HOG, Grade.GOD_HOG,
        Grade.GOD_HOG, Citation.of("test", "grades"));
    ImmutableList<Object> all = of(b, Keys.EVALUATION_RESULT.of(AlfRegion.OREBRO)).values();
    assertEquals(27, all.size());
    assertEquals(27, all.stream().distinct().count());
    assertEquals("grades A/A/A (panels 1/2/3)", Variations.text(all.get(0)));
    assertEquals("grades A/A/B (panels 1/2/3)", Variations.text(all.get(1)));
    assertEquals("grades C/C/C (panels 1/2/3)", Variations.text(all.get(26)));
    assertEquals(AlfRegion.OREBRO, ((RegionEvaluation) all.get(26)).region());
  }

  @Test
  void aRangeGivenReplacesTheDefaultAndUnknownTypesAreNotVaried() {
    Variation given = Variations.of(Ratio.of(1, 50), List.of(Keys.RESEARCH_KEY.of(
        AlfRegion.OREBRO)), TENTH, Optional.of(ImmutableList.of(Ratio.ZERO, Ratio.of(1, 10))));
    assertEquals(List.of(Ratio.ZERO, Ratio.of(1, 10)), given.values());
    assertEquals(List.of("the range given: 0 to 1/10"), given.notes());
    Variation none = of("text", Key.of("test.text", String.class, "a text"));
    assertTrue(none.values().isEmpty());
    assertEquals("alf has no range for a value of type String; give one with"
        + " Sensitivity.Builder.range(key, low, high)", none.unsupported());
    assertNull(given.unsupported());
  }

  @Test
  void aRefusalNamesTheFirstKeyThatRefuses() {
    assertEquals(Optional.empty(), Variations.refusal(List.of(Keys.QUALITY_SHARE), Ratio.ONE));
    assertEquals(Optional.of("value of research.quality-share must be a share between 0 and 1,"
        + " was 2"), Variations.refusal(List.of(Keys.RESEARCH_KEY.of(AlfRegion.OREBRO),
            Keys.QUALITY_SHARE), Ratio.of(2)));
    assertEquals("715 HST", Variations.text(FullYearStudents.of(715)));
    assertEquals("9600/11 ≈ 872,73 HST", Variations.text(FullYearStudents.of(Ratio.of(9600,
        11))));
  }

  @Test
  void aRatioIsClippedOnAGridOfTenThousandths() {
    Key<Ratio> small = Key.of("test.ratio", Ratio.class, "a ratio")
        .requiring(r -> r.compareTo(Ratio.of(1, 20)) <= 0, "must be at most 1/20");
    // 1/21 × 1,1 = 11/210 > 1/20: 1/21 + k/10 000 ≤ 1/20 for k ≤ 10 000/420 = 23,8: k = 23,
    // 1/21 + 23/10 000 = 10 483/210 000
    Variation v = of(Ratio.of(1, 21), small);
    assertEquals(Ratio.of(10_483, 210_000), v.values().get(1));
    assertEquals(Ratio.of(1, 21).times(Ratio.of(9, 10)), v.values().get(0));
  }

  @Test
  void aSettingsEndTheKeyRefusesFallsBackToTheBase() {
    Key<Boolean> onlyTrue = Key.of("test.flag", Boolean.class, "a flag")
        .requiring(b -> b, "must be true");
    Variation v = Variations.of(true, List.of(onlyTrue), TENTH,
        Optional.of(ImmutableList.of(false, true)));
    assertEquals(List.of(true, true), v.values());
    assertEquals("low false refused (value of test.flag must be true, was false); the base is"
        + " used", v.notes().get(1));
  }
}
