package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;

/**
 * The summary of the 2014 agreement against the proposal on the published scenario, 2024–2030
 * (issue 9 §1): every expected amount is derived by hand from the published scenario's documented
 * figures (README "The published scenario"), the arithmetic in the comments.
 */
class ComparisonSummaryTest {

  private static final Comparison C = ComparisonTest.C;
  private static final ComparisonSummary S = C.summary();

  /**
   * The 2014 agreement pays every year: education 79 547 kr × the seven minimums (2130 + 1404 +
   * 1420 + 1226 + 1275 + 968 + 715 = 9138 HST) = 726 900 486,00 kr, and the whole research
   * appropriation, 1 750 000 000,00 kr (nothing is withheld): 2 476 900 486,00 kr.
   */
  private static final Sek ALF_2014_YEAR = Sek.ofOre(247_690_048_600L);

  /**
   * The proposal in 2026: the raised rate 128 492 kr × the same minimums but Örebro's aligned to
   * the 800 it trains (9138 − 715 + 800 = 9223 HST) = 1 185 081 716,00 kr, plus 1 750 000 000,00
   * kr of research: 2 935 081 716,00 kr.
   */
  private static final Sek PM_2026 = Sek.ofOre(293_508_171_600L);

  /**
   * The proposal in 2027–2030: every minimum × 12/11 × 128 492 kr, each region to the öre (half
   * even): Stockholm 2130 × 12/11 × 128 492 = 298 568 683,636… → 298 568 683,64; Västra Götaland
   * 1404 → 196 803 019,636… → ,64; Skåne 1420 → 199 045 789,0909… → ,09; Uppsala 1226 →
   * 171 852 209,4545… → ,45; Västerbotten 1275 → 178 720 690,9090… → ,91; Östergötland 968 →
   * 135 687 552,00; Örebro 800 → 112 138 472,7272… → ,73; together 1 292 816 417,46 kr, plus
   * research 1 750 000 000,00: 3 042 816 417,46 kr.
   */
  private static final Sek PM_2027 = Sek.ofOre(304_281_641_746L);

  @Test
  void nationalTotalsPerYearAreTheSumsOfTheSevenRegionsByHand() {
    ImmutableList<NationalComparison> national = S.national();
    assertEquals(7, national.size());
    for (NationalComparison n : national) {
      assertEquals(ALF_2014_YEAR, n.paidToRegions().left(), n.toString());
      Sek sum = Sek.sum(ImmutableList.copyOf(AlfRegion.values()).stream()
          .map(r -> S.total(r, n.year()).leftAmount()).toList());
      assertEquals(ALF_2014_YEAR, sum, "the seven regions add up to the national total");
    }
    assertEquals(ALF_2014_YEAR, national.get(0).paidToRegions().right(), "2024: the same rules");
    assertEquals(PM_2026, national.get(2).paidToRegions().right());
    assertEquals(PM_2027, national.get(3).paidToRegions().right());
    // Over 2024–2030: 7 × 2 476 900 486,00 = 17 338 303 402,00 on the left; on the right
    // 2 × 2 476 900 486,00 + 2 935 081 716,00 + 4 × 3 042 816 417,46 = 20 060 148 357,84.
    assertEquals(Sek.ofOre(1_733_830_340_200L), S.nationalOverPeriod().left());
    assertEquals(Sek.ofOre(2_006_014_835_784L), S.nationalOverPeriod().right());
  }

  @Test
  void theRegionYearTableOfTheDifferenceInTotals() {
    // Before 2026 the proposal gives the 2014 results (pm.new-agreement-from, raise-from 2026).
    for (AlfRegion r : AlfRegion.values()) {
      assertTrue(S.total(r, Year.of(2024)).differenceAmount().isZero(), r.toString());
      assertTrue(S.total(r, Year.of(2025)).differenceAmount().isZero(), r.toString());
      assertTrue(S.totalChanges(r), r + " changes from 2026");
    }
    // Östergötland's education 2026: 968 × (128 492 − 79 547) = 968 × 48 945 = 47 378 760,00.
    assertEquals(Sek.ofOre(4_737_876_000L), C.money(AlfRegion.OSTERGOTLAND, Year.of(2026),
        Line.EDUCATION).differenceAmount());
    // A region's period sum is its yearly differences added up.
    for (AlfRegion r : AlfRegion.values()) {
      Sek sum = Sek.sum(C.years().stream().map(y -> S.total(r, y).differenceAmount()).toList());
      assertEquals(sum, S.totalOverPeriod(r).difference(), r.toString());
    }
  }

  @Test
  void educationDrivesTheDifferenceAndTheNetsAddUpToTheTotal() {
    ImmutableList<Driver> drivers = S.drivers();
    Driver education = drivers.get(0);
    assertEquals(Line.EDUCATION, education.line());
    // The national education differences: 2026 1 185 081 716,00 − 726 900 486,00 =
    // 458 181 230,00; 2027–2030 4 × (1 292 816 417,46 − 726 900 486,00) = 4 × 565 915 931,46 =
    // 2 263 663 725,84; together 2 721 844 955,84. The rate only rises and no minimum falls, so
    // every difference is positive: the gross equals the net.
    assertEquals(Sek.ofOre(272_184_495_584L), education.net());
    assertEquals(education.net(), education.gross());
    // 7 regions × 5 years (2026–2030) of 7 × 7 region-years.
    assertEquals(35, education.changes());
    assertEquals(49, education.of());
    // Ranked by gross, largest first.
    for (int i = 1; i < drivers.size(); i++) {
      assertTrue(drivers.get(i - 1).gross().compareTo(drivers.get(i).gross()) >= 0);
    }
    // No supplement on either side.
    assertFalse(drivers.stream().anyMatch(d -> d.line() == Line.SUPPLEMENT));
    // The research base differs only by öre of rounding (below): listed with no change, so that
    // the nets of the drivers add up to the difference in the national total over the period.
    Driver base = drivers.stream().filter(d -> d.line() == Line.RESEARCH_BASE).findFirst()
        .orElseThrow(() -> new AssertionError("no research-base driver in " + drivers));
    assertEquals(0, base.changes());
    assertTrue(base.gross().compareTo(Sek.ofOre(base.of())) <= 0, "at most an öre a line");
    assertEquals(S.nationalOverPeriod().difference(),
        Sek.sum(drivers.stream().map(Driver::net).toList()));
  }

  @Test
  void aOneÖreDifferenceFromSplittingIsRoundingNotAChange() {
    // Västerbotten's research base: 1 400 000 000 kr × key 11/100 ÷ sum of keys 101/100 =
    // 152 475 247,5247… kr exactly under both rule sets. The 2014 agreement splits the base pool
    // by largest remainder (→ ,53); the proposal splits the appropriation 1 750 000 000 × 11/101 =
    // 190 594 059,4059… (→ ,40) and takes a fifth off (38 118 811,88): 152 475 247,52. One öre
    // apart, each within one öre of the same exact amount.
    MoneyLine base = C.money(AlfRegion.VASTERBOTTEN, Year.of(2026), Line.RESEARCH_BASE);
    assertEquals(Sek.ofOre(15_247_524_753L), base.leftAmount());
    assertEquals(Sek.ofOre(15_247_524_752L), base.rightAmount());
    assertTrue(base.isChanged(), "the amounts stay exact");
    assertTrue(base.isRoundingDifference());
    assertFalse(base.isMaterialChange());
    assertTrue(S.roundingDifferences().contains(base));
    // Two öre apart is a change: two amounts within an öre each of one exact amount cannot be.
    MoneyLine two = new MoneyLine(base.region(), base.year(), base.line(), base.leftAmount(),
        base.leftAmount().plus(Sek.ofOre(2)), base.leftExplanation(), base.rightExplanation());
    assertFalse(two.isRoundingDifference());
    assertTrue(two.isMaterialChange());
    // Nationally, the research base and quality part by an öre each from 2026 (1 400 000 000,00
    // against 1 399 999 999,99 and 350 000 000,00 against 350 000 000,01): 2 × 5 years.
    assertEquals(10, S.nationalRoundingDifferences());
    assertTrue(S.hasRoundingDifferences());
    // Students are exact: never a rounding difference.
    assertFalse(C.students(AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS)
        .isRoundingDifference());
  }

  @Test
  void theBasisCountsAgreeWithTheAssumptionsListed() {
    assertEquals(C.assumptions().size(), S.assumptionCount());
    assertEquals(S.assumptionCount(), S.provenance().assumptions());
    assertEquals(0, S.provenance().inputs(), "the published scenario holds no caller input");
    // pm-2024 reads programme.term-12-from = 2027 as published (the LiU slides); Västerbotten's
    // response holds the same year as its own assumption: one key and range, two values, and the
    // assumption is among those listed and counted.
    Comparison vb = Comparison.of(se.alf.rules.RuleSets.proposal2024(),
        se.alf.rules.reform.Reforms.vasterbotten()).over(
        se.alf.rules.reform.VasterbottenResponse.withSupplement(se.alf.rules.Scenarios.published(),
            Sek.ofKronor(10_000_000)), Year.of(2027));
    assertTrue(vb.assumptions().stream().anyMatch(r -> r.id().equals("programme.term-12-from")));
    assertEquals(vb.assumptions().size(), vb.summary().provenance().assumptions());
    assertTrue(S.provenance().agreementOrPublished() > 0);
    // Material changes exclude the roundings: Västerbotten's base in 5 years.
    long changed = C.lines().stream().filter(LineComparison::isChanged).count();
    assertEquals(changed - 5, S.changes());
  }
}
