package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;

/**
 * Minimum full-year students (minsta antal helårsstudenter). Seed 000 §6.1.2: "Region Örebro län
 * ska få en utökning av antalet helårsstudenter ... med start 2026"; the others keep their minimum;
 * "öka ALF-regionernas antal helårsstudenter från och med 2027 i samband med att den tolfte
 * terminen ... ges för första gången ... ökar med en elftedel".
 */
class MinimumStudentsTest {

  private final RuleSet current = RuleSets.alf2014();
  private final RuleSet proposal = RuleSets.proposal2024();

  /** Every region's minimum 100, actual 100, except Örebro, which trains 130 from 2026. */
  private final Scenario scenario = TestScenarios.allGodHog().with("orebro trains 130",
      Parameters.builder().putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2026),
          FullYearStudents.of(130), Basis.INPUT, se.alf.source.Citation.of("test", "input"))
          .build());

  private FullYearStudents minimum(RuleSet r, AlfRegion region, int year) {
    return r.minimumFullYearStudents(scenario, region, Year.of(year)).value();
  }

  @Test
  void underThe2014AgreementTheMinimumIsAsPublished() {
    // LiU 2015: 968 (regleringsbrev 2015, shared/domain/data/minimum_hst.csv).
    assertEquals(FullYearStudents.of(968), current.minimumFullYearStudents(
        Scenarios.published(), AlfRegion.OSTERGOTLAND, Year.of(2015)).value());
    for (int year = 2015; year <= 2030; year++) {
      assertEquals(FullYearStudents.of(100), minimum(current, AlfRegion.OREBRO, year));
    }
  }

  @Test
  void orebroRisesIn2026AndNobodyElse() {
    for (AlfRegion r : AlfRegion.values()) {
      assertEquals(FullYearStudents.of(100), minimum(proposal, r, 2025), r.name());
      // 2026: Örebro aligned to the 130 it actually trains; everyone else keeps 100.
      assertEquals(FullYearStudents.of(r == AlfRegion.OREBRO ? 130 : 100),
          minimum(proposal, r, 2026), r.name());
    }
  }

  @Test
  void everyoneRisesByOneEleventhIn2027() {
    for (AlfRegion r : AlfRegion.values()) {
      // 2027: × 12/11 (12 terms instead of 11): 100 × 12/11 = 1200/11;
      // Örebro 130 × 12/11 = 1560/11.
      FullYearStudents expected = FullYearStudents.of(
          Ratio.of(r == AlfRegion.OREBRO ? 1560 : 1200, 11));
      assertEquals(expected, minimum(proposal, r, 2027), r.name());
      assertEquals(expected, minimum(proposal, r, 2030), r.name());
    }
  }

  @Test
  void theAlignmentOnlyRaisesTheMinimum() {
    // PM 6.1.2 calls it "en utökning": Örebro training 60 in 2026 keeps its minimum of 100.
    Scenario fewer = TestScenarios.allGodHog().with("orebro trains 60", Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2026), FullYearStudents.of(60),
            Basis.INPUT, se.alf.source.Citation.of("test", "input")).build());
    assertEquals(FullYearStudents.of(100), proposal.minimumFullYearStudents(fewer,
        AlfRegion.OREBRO, Year.of(2026)).value());
  }

  @Test
  void publishedLinkopingFigureGrowsTo1056() {
    // 968 × 12/11 = 88 × 12 = 1056 (968 = 88 × 11).
    assertEquals(FullYearStudents.of(1056), proposal.minimumFullYearStudents(
        Scenarios.published(), AlfRegion.OSTERGOTLAND, Year.of(2027)).value());
  }

  @Test
  void compensatedStudentsAreTheActualNumberAtMostTheMinimum() {
    // Örebro trains 130 in 2026 against a 2014 minimum of 100: the state pays for 100.
    Allocation a = current.allocate(TestScenarios.allGodHog().with("more", Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2026), FullYearStudents.of(130),
            Basis.INPUT, se.alf.source.Citation.of("test", "input")).build()), Year.of(2026));
    assertEquals(FullYearStudents.of(100),
        a.region(AlfRegion.OREBRO).compensatedStudents().value());
    // …and a region below its minimum is paid for what it takes: 90.
    Allocation b = current.allocate(TestScenarios.allGodHog().with("fewer", Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.SKANE), Year.of(2026), FullYearStudents.of(90),
            Basis.INPUT, se.alf.source.Citation.of("test", "input")).build()), Year.of(2026));
    assertEquals(FullYearStudents.of(90), b.region(AlfRegion.SKANE).compensatedStudents().value());
  }
}
