package se.alf.rules;

import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;
import se.alf.rules.spi.RuleContext;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.source.Citation;

/**
 * An allocation read for its totals evaluates its rules without recording; its explanations are
 * built on first use by evaluating the same rules again with recording on. These tests hold that
 * lazy path to the values, warnings, equality and thread-safety of the eager one.
 */
class LazyExplanationTest {

  private static final Citation GENERATED = Citation.of("test", "generated");

  /**
   * The published scenario with a supplement (so that the Västerbotten reform has its input) and
   * a caller's research appropriation of {@code ore} öre over {@code from}–{@code to} only: in
   * the years around it the published appropriation takes over, and a rule set warns.
   */
  private static Scenario scenario(long ore, int from, int to) {
    Scenario published = VasterbottenResponse.withSupplement(Scenarios.published(),
        Sek.ofKronor(10_000_000));
    return published.with("generated", Parameters.builder()
        .putYears(Keys.RESEARCH_APPROPRIATION, Year.of(from), Year.of(to), Sek.ofOre(ore),
            Basis.INPUT, GENERATED).build());
  }

  @Test
  void aLazyTreeHoldsTheValuesOfTheResultItExplains() {
    qt().withExamples(10_000)
        .forAll(longs().between(0, 5_000_000_000_00L), integers().between(2015, 2035),
            integers().between(2015, 2035), integers().between(0, 3))
        .checkAssert((ore, year, from, span) -> {
          Scenario s = scenario(ore, from, Math.min(2035, from + span));
          for (RuleSet rules : RuleSets.all().values()) {
            if (Year.of(year).isBefore(rules.firstYear())) {
              continue;
            }
            Allocation a = rules.allocate(s, Year.of(year));
            for (RegionAllocation r : a.regions().values()) {
              check(rules, year, r.minimumStudents());
              check(rules, year, r.compensatedStudents());
              check(rules, year, r.education());
              check(rules, year, r.researchBase());
              check(rules, year, r.researchQuality());
              check(rules, year, r.supplement());
              assertEquals(r.total(), r.explain().typedValue());
            }
            check(rules, year, a.researchAppropriation());
            check(rules, year, a.returnedToState());
            check(rules, year, a.redistributed());
          }
        });
  }

  /** The root of {@code e}'s tree holds {@code e}'s value, and the tree is its region's. */
  private static void check(RuleSet rules, int year, Explained<?> e) {
    if (!e.value().equals(e.explanation().typedValue())) {
      throw new AssertionError(rules.id() + " " + year + ": the value is " + e.value()
          + " but its explanation says " + e.explanation().typedValue() + ":\n"
          + e.explanation().render());
    }
  }

  @Test
  void aLazyTreeEqualsTheTreeRecordedWhileEvaluating() {
    // minimumFullYearStudents evaluates with recording on: the allocation's lazy tree of the
    // same line must be equal to it, node for node.
    Scenario s = scenario(2_000_000_000_00L, 2026, 2027);
    for (RuleSet rules : RuleSets.all().values()) {
      for (AlfRegion r : AlfRegion.values()) {
        Explained<?> recorded = rules.minimumFullYearStudents(s, r, Year.of(2027));
        Explained<?> lazy = rules.allocate(s, Year.of(2027)).region(r).minimumStudents();
        assertEquals(recorded.explanation(), lazy.explanation(), rules.id() + " " + r);
        assertEquals(recorded, lazy);
      }
    }
  }

  @Test
  void anAllocationReadForItsTotalsBuildsNoExplanation() {
    // Before, every step recorded its reads and explanation while the money was computed.
    Allocation a = RuleSets.alf2014().allocate(scenario(1_000_000_000_00L, 2026, 2026),
        Year.of(2027));
    a.paidToRegions();
    a.region(AlfRegion.OREBRO).total();
    assertFalse(a.region(AlfRegion.OREBRO).education().hasExplanation());
    assertFalse(a.researchAppropriation().hasExplanation());
    // the caller's appropriation ends in 2026; 2027 reads the published one: one warning, exact
    // without an explanation
    assertEquals(1, a.warnings().size(), a.warnings().toString());
    assertEquals(RuleContext.INPUT_ENDS, a.warnings().get(0).check());
    a.region(AlfRegion.OREBRO).education().explanation();
    assertTrue(a.region(AlfRegion.OREBRO).education().hasExplanation());
  }

  @Test
  void equalAllocationsStayEqualWithTheSameHash() {
    Scenario s = scenario(1_000_000_000_00L, 2026, 2026);
    Allocation one = RuleSets.proposal2024().allocate(s, Year.of(2027));
    Allocation two = RuleSets.proposal2024().allocate(s, Year.of(2027));
    assertEquals(one.hashCode(), two.hashCode());
    assertEquals(one, two);
    Allocation otherYear = RuleSets.proposal2024().allocate(s, Year.of(2028));
    assertFalse(one.equals(otherYear));
  }

  @Test
  void anAllocationExplainedWhileEvaluatedEqualsTheLazyOne() {
    Scenario s = scenario(1_000_000_000_00L, 2026, 2026);
    for (RuleSet rules : RuleSets.all().values()) {
      Allocation eager = rules.allocateExplained(s, Year.of(2027));
      assertTrue(eager.region(AlfRegion.OSTERGOTLAND).supplement().hasExplanation(), rules.id());
      Allocation lazy = rules.allocate(s, Year.of(2027));
      assertEquals(lazy.warnings(), eager.warnings(), rules.id());
      assertEquals(lazy, eager, rules.id());
    }
  }

  @Test
  void threadsAskingAtOnceGetTheOneTree() throws Exception {
    Allocation a = RuleSets.alf2014().allocate(scenario(1_000_000_000_00L, 2026, 2026),
        Year.of(2027));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Explanation>> asks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        asks.add(() -> a.region(AlfRegion.UPPSALA).researchBase().explanation());
      }
      List<Future<Explanation>> trees = pool.invokeAll(asks);
      Explanation first = trees.get(0).get();
      for (Future<Explanation> t : trees) {
        assertSame(first, t.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
