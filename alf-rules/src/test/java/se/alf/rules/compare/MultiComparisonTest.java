package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Keys;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.reform.Reform;
import se.alf.source.Citation;

/**
 * Three rule sets side by side, with winners and losers against the first (issue 9 §1). The two
 * reforms are built so that the sign of every region's difference is known by construction.
 */
class MultiComparisonTest {

  private static final Citation TEST = Citation.of("test", "issue 9 winners and losers");
  private static final RuleSet PM = RuleSets.proposal2024();

  /**
   * Örebro's research key raised from 1/50 to 3/50 from 2026: its share grows, all others' fall.
   */
  static final RuleSet OREBRO_KEY = Reform.of(PM).id("test-orebro-key").title("Örebro's key × 3")
      .citation(TEST).set(Keys.RESEARCH_KEY.of(AlfRegion.OREBRO), Year.of(2026), Ratio.of(3, 50),
          Basis.ASSUMPTION, TEST).build();

  /** The raised education rate 1 000 kr higher: every region gets more, nothing is taken. */
  static final RuleSet RATE = Reform.of(PM).id("test-rate").title("rate + 1 000 kr")
      .citation(TEST).set(Keys.RAISED_EDUCATION_RATE, Year.of(2026), Sek.ofKronor(129_492),
          Basis.ASSUMPTION, TEST).build();

  private static final MultiComparison M = MultiComparison.of(PM, OREBRO_KEY, RATE)
      .over(Scenarios.published(), Year.of(2026), Year.of(2027));

  @Test
  void eachRuleSetsTotalPerRegionAndYear() {
    assertEquals(ImmutableList.of(PM, OREBRO_KEY, RATE), M.ruleSets());
    assertEquals(ImmutableList.of(Year.of(2026), Year.of(2027)), M.years());
    assertEquals(2, M.comparisons().size());
    for (AlfRegion r : AlfRegion.values()) {
      for (Year y : M.years()) {
        ImmutableList<Sek> totals = M.totals(r, y);
        assertEquals(3, totals.size());
        assertEquals(PM.allocate(Scenarios.published(), y).region(r).total(), totals.get(0));
        assertEquals(RATE.allocate(Scenarios.published(), y).region(r).total(), totals.get(2));
      }
    }
    // The key only moves research between regions: the national totals are the same as pm-2024's
    // (1 750 000 000 kr of research in both), the rate adds 1 000 kr × 9223 HST in 2026.
    ImmutableList<Sek> national = M.nationalTotals(Year.of(2026));
    assertEquals(national.get(0), national.get(1));
    assertEquals(Sek.ofKronor(9_223_000), national.get(2).minus(national.get(0)));
  }

  @Test
  void everyRegionWinsUnderAHigherRateByHand() {
    ImmutableList<Standing> standings = M.standings("test-rate");
    assertEquals(7, standings.size());
    assertTrue(standings.stream().allMatch(s -> s.outcome() == Standing.Outcome.WINS));
    // Örebro: 1 000 kr × 800 HST (2026) + 1 000 kr × 9600/11 HST = 872 727,2727… → 872 727,27
    // (2027): 1 672 727,27 kr over the two years.
    Standing orebro = standings.stream().filter(s -> s.region() == AlfRegion.OREBRO).findFirst()
        .orElseThrow();
    assertEquals(Sek.ofOre(167_272_727L), orebro.difference());
    // Stockholm trains the most (2130; 25560/11 in 2027), so it gains the most: first.
    assertEquals(AlfRegion.STOCKHOLM, standings.get(0).region());
    for (int i = 1; i < standings.size(); i++) {
      assertTrue(standings.get(i - 1).difference().compareTo(standings.get(i).difference()) >= 0);
    }
  }

  @Test
  void aLargerKeyForÖrebroMakesÖrebroTheOneWinnerAndEveryOtherRegionALoser() {
    ImmutableList<Standing> standings = M.standings("test-orebro-key");
    assertEquals(AlfRegion.OREBRO, standings.get(0).region());
    assertEquals(Standing.Outcome.WINS, standings.get(0).outcome());
    for (Standing s : standings.subList(1, standings.size())) {
      assertEquals(Standing.Outcome.LOSES, s.outcome(), s.toString());
      assertTrue(s.difference().isNegative(), s.toString());
    }
    // Nothing is created: what Örebro wins the others lose, to the öre.
    assertEquals(Sek.ZERO, Sek.sum(standings.stream().map(Standing::difference).toList()));
  }

  @Test
  void theStampNamesEveryRuleSetAndHashesWhatTheyRead() {
    assertEquals(ImmutableList.of("pm-2024", "test-orebro-key", "test-rate"),
        M.stamp().ruleSetIds());
    // Without the rate reform the values read differ (129 492 kr is read no more): another hash.
    MultiComparison two = MultiComparison.of(PM, OREBRO_KEY, RuleSets.alf2014())
        .over(Scenarios.published(), Year.of(2026), Year.of(2027));
    org.junit.jupiter.api.Assertions.assertNotEquals(M.stamp().sha256(), two.stamp().sha256());
    // A rule set's own comparison reads a subset: the multi stamp counts at least its values.
    assertTrue(M.stamp().provenance().assumptions()
        >= M.against("test-rate").stamp().provenance().assumptions());
  }

  @Test
  void eachOtherRuleSetIsAFullComparisonWithTheFirst() {
    Comparison rate = M.against("test-rate");
    assertEquals(PM, rate.left());
    assertEquals(RATE, rate.right());
    assertEquals(Comparison.of(PM, RATE).over(Scenarios.published(), Year.of(2026),
        Year.of(2027)), rate);
    assertTrue(rate.parameterDifferences().stream()
        .anyMatch(d -> d.id().equals("education.raised-rate-per-hst")));
    assertEquals(Sek.ofKronor(1_000 * 968), rate.money(AlfRegion.OSTERGOTLAND, Year.of(2026),
        Line.EDUCATION).differenceAmount());
  }

  @Test
  void badInputIsRefusedNamingWhatIsWrong() {
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> MultiComparison.of(PM, RATE, PM));
    assertTrue(twice.getMessage().contains("pm-2024 is given twice"), twice.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> M.standings("alf-2014"));
    assertTrue(unknown.getMessage().contains("alf-2014 is not compared with pm-2024"),
        unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MultiComparison.of(PM, RATE)
        .over(Scenarios.published(), Year.of(2027), Year.of(2026)));
    assertThrows(IllegalArgumentException.class, () -> M.totals(AlfRegion.OREBRO, Year.of(2025)));
    assertThrows(IllegalArgumentException.class, () -> new Standing(AlfRegion.OREBRO, "x",
        Sek.ofKronor(2), Sek.ofKronor(1), Standing.Outcome.WINS));
  }
}
