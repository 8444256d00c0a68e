package se.alf.rules.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;

/** A backtest run afresh (not shared between tests) on figures of its own. */
class BacktestRunTest {

  private static PublishedActual education(Optional<AlfRegion> region, int year, long kronor) {
    return new PublishedActual(region, Year.of(year), Measure.EDUCATION, Sek.ofKronor(kronor),
        kronor + " kr", "test", "https://example.invalid", "");
  }

  @Test
  void yearsOutsideTheRuleSetOrHorizonAreSkippedAndErrorsAveraged() {
    List<PublishedActual> actuals = List.of(
        education(Optional.empty(), 2014, 700_000_000L),   // before alf-2014's 2015: skipped
        education(Optional.empty(), 2020, 700_000_000L),
        education(Optional.empty(), 2021, 800_000_000L),
        education(Optional.of(AlfRegion.OREBRO), 2100, 1L), // the horizon's last year: kept
        education(Optional.empty(), 2101, 1L));              // past the horizon: skipped
    Backtest b = Backtest.run(RuleSets.alf2014(), Scenarios.published(), actuals);
    assertEquals(List.of(Year.of(2014), Year.of(2101)),
        b.skipped().stream().map(PublishedActual::year).toList());
    assertEquals(List.of(Year.of(2020), Year.of(2021), Year.of(2100)),
        b.rows().stream().map(r -> r.actual().year()).toList());
    // Every row of the published scenario rests on its labelled assumptions.
    assertTrue(b.rows().stream().allMatch(Backtest.Row::restsOnAssumptions));
    // The allocations' reads are counted once each, and include the assumptions.
    assertTrue(b.provenance().assumptions() > 0, b.provenance().toString());
    assertEquals(List.of(Measure.EDUCATION), b.measures());
    assertEquals(Optional.empty(), b.meanAbsoluteError(Measure.RESEARCH));
    assertEquals(Optional.empty(), b.meanAbsolutePercentage(Measure.TOTAL));
  }

  @Test
  void meanAbsolutePercentageByHand() {
    // Model: 9 138 HST × 79 547 kr = 726 900 486 kr in 2020 and 2021 (BacktestTest).
    // 2020: |726 900 486 − 700 000 000| = 26 900 486 → 3.8429…%; 2021: |… − 800 000 000| =
    // 73 099 514 → 9.1374…%. Mean error 50 000 000 kr; mean percentage 6.4902 → 6.5.
    Backtest b = Backtest.run(RuleSets.alf2014(), Scenarios.published(), List.of(
        education(Optional.empty(), 2020, 700_000_000L),
        education(Optional.empty(), 2021, 800_000_000L)));
    assertEquals(Optional.of(Sek.ofKronor(50_000_000L)), b.meanAbsoluteError(Measure.EDUCATION));
    assertEquals(Optional.of(new BigDecimal("6.5")), b.meanAbsolutePercentage(Measure.EDUCATION));
    assertEquals("national", b.rows().get(0).actual().scope());
  }
}
