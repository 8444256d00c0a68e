package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;

/** Education compensation: rate per full-year student × compensated full-year students. */
class EducationTest {

  @Test
  void publishedRateOf2021IsTheRuleSetsOwn() {
    // Läkartidningen 2021-12: 79 547 kr per HST and year. LiU with the published scenario's
    // 968 HST: 79 547 × 968 = 79 547 000 − 79 547 × 32 (2 545 504) = 77 001 496 kr.
    Allocation a = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2021));
    Explained<Sek> education = a.region(AlfRegion.OSTERGOTLAND).education();
    assertEquals(Sek.ofKronor(77_001_496), education.value());
    ParameterRead rate = education.explanation().allReads().stream()
        .filter(r -> r.id().equals("education.rate-per-hst")).findFirst().orElseThrow();
    assertEquals(Basis.PUBLISHED, rate.basis());
    assertEquals("[2021-01-01, 2022-01-01)", rate.range());
    // In 2022 no rate is published: the published scenario's labelled assumption is used.
    ParameterRead later = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2022))
        .region(AlfRegion.OSTERGOTLAND).education().explanation().allReads().stream()
        .filter(r -> r.id().equals("education.rate-per-hst")).findFirst().orElseThrow();
    assertEquals(Basis.ASSUMPTION, later.basis());
    assertTrue(later.fromScenario());
  }

  @Test
  void proposalPaysOneEqualRaisedRateFrom2026() {
    Scenario s = TestScenarios.allGodHog();
    for (AlfRegion r : AlfRegion.values()) {
      // 2025: rate 100 000 × 100 HST = 10 000 000 kr under both.
      assertEquals(Sek.ofKronor(10_000_000),
          RuleSets.proposal2024().allocate(s, Year.of(2025)).region(r).education().value());
      // 2026 (PM 6.2.1): raised rate 120 000 × 100 HST = 12 000 000 kr, the same for every region.
      assertEquals(Sek.ofKronor(12_000_000),
          RuleSets.proposal2024().allocate(s, Year.of(2026)).region(r).education().value());
      assertEquals(Sek.ofKronor(10_000_000),
          RuleSets.alf2014().allocate(s, Year.of(2026)).region(r).education().value());
    }
  }

  @Test
  void anExactHalfÖreRoundsToEven() {
    // Rate 100 000.01 kr (10 000 001 öre) × 1/2 HST = 5 000 000.5 öre: half to even gives
    // 5 000 000 öre (half up would give 5 000 001).
    Scenario s = TestScenarios.allGodHog().with("half", Parameters.builder()
        .putFrom(Keys.EDUCATION_RATE, Year.of(2024), Sek.ofOre(10_000_001), Basis.INPUT,
            se.alf.source.Citation.of("test", "input"))
        .putFrom(Keys.ACTUAL_HST.of(AlfRegion.SKANE), Year.of(2024),
            se.alf.programme.FullYearStudents.of(se.alf.number.Ratio.of(1, 2)), Basis.INPUT,
            se.alf.source.Citation.of("test", "input")).build());
    assertEquals(Sek.ofOre(5_000_000), RuleSets.alf2014().allocate(s, Year.of(2024))
        .region(AlfRegion.SKANE).education().value());
    // 3/2 HST: 15 000 001.5 öre → 15 000 002 (the even neighbour).
    Scenario t = s.with("three halves", Parameters.builder()
        .putFrom(Keys.ACTUAL_HST.of(AlfRegion.SKANE), Year.of(2024),
            se.alf.programme.FullYearStudents.of(se.alf.number.Ratio.of(3, 2)), Basis.INPUT,
            se.alf.source.Citation.of("test", "input")).build());
    assertEquals(Sek.ofOre(15_000_002), RuleSets.alf2014().allocate(t, Year.of(2024))
        .region(AlfRegion.SKANE).education().value());
  }

  @Test
  void roundsToTheÖreHalfEven() {
    // 2027 under the proposal: minimum 100 × 12/11 = 1200/11 HST, actual 200, so 1200/11 are
    // compensated; raised rate 120 000 × 1200/11 = 144 000 000/11 = 13 090 909.0909… kr, which
    // rounds to 13 090 909.09 kr.
    Scenario s = TestScenarios.allGodHog().with("more", Parameters.builder()
        .putFrom(Keys.ACTUAL_HST.of(AlfRegion.UPPSALA), java.time.LocalDate.of(2027, 1, 1),
            se.alf.programme.FullYearStudents.of(200), Basis.INPUT,
            se.alf.source.Citation.of("test", "input")).build());
    assertEquals(Sek.parse("13090909.09"), RuleSets.proposal2024().allocate(s, Year.of(2027))
        .region(AlfRegion.UPPSALA).education().value());
  }
}
