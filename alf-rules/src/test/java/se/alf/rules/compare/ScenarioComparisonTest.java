package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Keys;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/** One rule set on two scenarios: my figures against the published ones (issue 9 §1). */
class ScenarioComparisonTest {

  private static final RuleSet PM = RuleSets.proposal2024();

  /** Region Örebro län expects to train 850 full-year students in 2026, not the assumed 800. */
  private static final Scenario MINE = Scenarios.published().with("orebro-850",
      Parameters.builder().putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2026),
          FullYearStudents.of(850), Basis.INPUT, Citation.of("Region Örebro län", "budget 2026"))
          .build());

  private static final Comparison C = Comparison.ofScenarios(PM, MINE, Scenarios.published(),
      Year.of(2026), Year.of(2026));

  @Test
  void theSameRulesOnMyFiguresAgainstThePublishedOnes() {
    assertTrue(C.isOfScenarios());
    assertEquals("orebro-850", C.leftLabel());
    assertEquals("published", C.rightLabel());
    assertEquals(MINE, C.scenario());
    assertEquals(Scenarios.published(), C.rightScenario());
    // PM 6.1.2: Örebro's minimum is aligned to what it trains in 2026, so 850 on my figures and
    // 800 on the published ones; it is compensated for all of them at the raised rate:
    // (800 − 850) × 128 492 kr = −6 424 600,00 kr (right − left).
    assertEquals(Sek.ofKronor(-6_424_600), C.money(AlfRegion.OREBRO, Year.of(2026),
        Line.EDUCATION).differenceAmount());
    assertEquals(Sek.ofKronor(-6_424_600), C.summary().total(AlfRegion.OREBRO, Year.of(2026))
        .differenceAmount());
    // Nobody else's money moves: research follows the keys, not the students, in 2026.
    for (AlfRegion r : AlfRegion.values()) {
      assertEquals(r == AlfRegion.OREBRO, C.summary().totalChanges(r), r.toString());
    }
    // The input that differs is mine; the rules are the same on both sides.
    assertEquals(1, C.inputDifferences().size());
    assertEquals("actual-hst[orebro]", C.inputDifferences().get(0).id());
    assertEquals(Change.ONLY_LEFT, C.inputDifferences().get(0).change());
    assertTrue(C.parameterDifferences().isEmpty());
    assertTrue(C.statementDifferences().isEmpty());
    assertTrue(C.summary().provenance().inputs() > 0, "my input is counted as an input");
    assertTrue(C.toString().contains("orebro-850 → published"), C.toString());
  }

  @Test
  void twoScenariosOfOneNameAreTold() {
    Scenario other = Scenarios.published().with("published", Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2026), FullYearStudents.of(850),
            Basis.INPUT, Citation.of("Region Örebro län", "budget 2026")).build());
    Comparison c = Comparison.ofScenarios(PM, Scenarios.published(), other, Year.of(2026),
        Year.of(2026));
    assertEquals("published (left)", c.leftLabel());
    assertEquals("published (right)", c.rightLabel());
    assertThrows(IllegalArgumentException.class, () -> Comparison.ofScenarios(PM, MINE, other,
        Year.of(2027), Year.of(2026)));
  }

  @Test
  void aScenarioAgainstItselfDiffersNowhere() {
    Comparison same = Comparison.ofScenarios(PM, MINE, MINE, Year.of(2026), Year.of(2026));
    assertFalse(same.isOfScenarios());
    assertFalse(same.hasDifferences());
    assertEquals("pm-2024", same.leftLabel());
  }
}
