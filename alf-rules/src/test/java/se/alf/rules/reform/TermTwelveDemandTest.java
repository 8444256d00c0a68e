package se.alf.rules.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Keys;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.alf2014.Alf2014;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.pm2024.Proposal2024;
import se.alf.source.Citation;

/**
 * Issue 7 § 2.1 and § 2.2: Region Västerbotten's central demand (seed 000_13ed2d48ae91e5ee.txt
 * § 6.1.2, "regionerna ... inte tar emot en elftedel fler studenter, utan en femtedel") is costed,
 * and the term profile and the year of the step are parameters a reform can change.
 *
 * <p>On the original code the students actually trained grew by 12/11 under every rule set (the
 * published scenario typed 12/11 in), so compensated = min(actual, minimum) made the response's
 * education money equal the proposal's to the öre; and the 6/5 came from the programme enum,
 * which nothing a caller passes could change.
 *
 * <p>Published scenario, by hand: Östergötland has 968 a year without term 12 and a minimum of 968
 * (at its minimum); Örebro 800 and a minimum of 715, aligned to its 800 of 2026 under the proposal.
 * The raised rate R = 128 492 kr applies in 2027 under both (the proposal from 2026, the response
 * from 2024).
 */
class TermTwelveDemandTest {

  private static final RuleSet PM = Proposal2024.ruleSet();
  private static final RuleSet VB = Reforms.vasterbotten();
  private static final Scenario S = VasterbottenResponse.withSupplement(Scenarios.published(),
      Sek.ofKronor(10_000_000));
  private static final Citation TEST = Citation.of("test", "what-if");

  private static RegionAllocation at(RuleSet rules, AlfRegion region, int year) {
    return at(rules, S, region, year);
  }

  private static RegionAllocation at(RuleSet rules, Scenario scenario, AlfRegion region,
      int year) {
    return rules.allocate(scenario, Year.of(year)).region(region);
  }

  private static Sek education(RuleSet rules, AlfRegion region, int year) {
    return at(rules, region, year).education().value();
  }

  @Test
  void aRegionAtItsMinimumGetsSixFifthsUnderTheResponseAndTwelveEleventhsUnderTheProposal() {
    // Proposal: 968 × 12/11 = 1056 HST; 128 492 × 1056 = 135 687 552,00 kr.
    assertEquals(FullYearStudents.of(1056), at(PM, AlfRegion.OSTERGOTLAND, 2027)
        .compensatedStudents().value());
    assertEquals(Sek.ofOre(13_568_755_200L), education(PM, AlfRegion.OSTERGOTLAND, 2027));
    // Response: 968 × 6/5 = 1161.6 HST; 128 492 × 1161.6 = 128 492 000 + 20 558 720 (× 160)
    // + 205 587.2 (× 1.6) = 149 256 307,20 kr, which is 135 687 552 × 11/10 ((6/5)/(12/11)).
    assertEquals(FullYearStudents.of(Ratio.of(11616, 10)), at(VB, AlfRegion.OSTERGOTLAND, 2027)
        .compensatedStudents().value());
    assertEquals(Sek.ofOre(14_925_630_720L), education(VB, AlfRegion.OSTERGOTLAND, 2027));
  }

  @Test
  void orebroAtItsAlignedMinimumGetsSixFifthsOfItsBaseUnderTheResponse() {
    // Proposal: R × 800 × 12/11 = 102 793 600 × 12 / 11 = 1 233 523 200 / 11
    // = 112 138 472,7272… kr → 112 138 472,73 kr (to the öre, half even).
    assertEquals(Sek.ofOre(11_213_847_273L), education(PM, AlfRegion.OREBRO, 2027));
    // Response: R × 800 × 6/5 = 128 492 × 960 = 123 352 320,00 kr.
    assertEquals(Sek.ofOre(12_335_232_000L), education(VB, AlfRegion.OREBRO, 2027));
  }

  @Test
  void beforeTermTwelveNothingGrows() {
    // 2026: 128 492 × 968 = 124 380 256,00 kr under both.
    assertEquals(Sek.ofOre(12_438_025_600L), education(PM, AlfRegion.OSTERGOTLAND, 2026));
    assertEquals(Sek.ofOre(12_438_025_600L), education(VB, AlfRegion.OSTERGOTLAND, 2026));
  }

  @Test
  void theDerivedActualSaysWhereItComesFrom() {
    String text = at(VB, AlfRegion.OSTERGOTLAND, 2027).explain().render();
    assertTrue(text.contains("Full-year students actually trained, Östergötland, 2027: 5808/5 HST"),
        text);
    assertTrue(text.contains("actual derived: base × growth of rule set vasterbotten-2024 = 968 HST"
        + " × 6/5 (term 12 from 2027), because no input actual-hst[ostergotland] for 2027"), text);
  }

  @Test
  void aCallersActualIsNeverMultiplied() {
    Scenario given = S.with("ostergotland-1000", Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OSTERGOTLAND), Year.of(2027),
            FullYearStudents.of(1000),
            Basis.INPUT, TEST).build());
    // min(1000 given, 1161.6 minimum) = 1000; 128 492 × 1000 = 128 492 000,00 kr.
    RegionAllocation a = at(VB, given, AlfRegion.OSTERGOTLAND, 2027);
    assertEquals(FullYearStudents.of(1000), a.compensatedStudents().value());
    assertEquals(Sek.ofOre(12_849_200_000L), a.education().value());
    assertTrue(a.explain().render().contains("as given (actual-hst[ostergotland] for 2027)"));
    // 2028 has no input: derived again, 968 × 6/5.
    assertEquals(FullYearStudents.of(Ratio.of(11616, 10)),
        at(VB, given, AlfRegion.OSTERGOTLAND, 2028).compensatedStudents().value());
  }

  @Test
  void the2014RuleSetKeepsItsNumbers() {
    RuleSet current = Alf2014.ruleSet();
    Scenario published = Scenarios.published();
    for (int year : new int[] {2026, 2027, 2030}) {
      // The 2014 minimum caps the compensated students: 79 547 × 968 = 77 001 496,00 kr and, for
      // Örebro, 79 547 × 715 = 56 876 105,00 kr, before and after term 12.
      assertEquals(Sek.ofOre(7_700_149_600L), at(current, published, AlfRegion.OSTERGOTLAND, year)
          .education().value(), "" + year);
      assertEquals(Sek.ofOre(5_687_610_500L), at(current, published, AlfRegion.OREBRO, year)
          .education().value(), "" + year);
    }
    // The students trained still grow as the programme does, 12/11, as the published scenario
    // assumed before: 968 × 12/11 = 1056 (above the minimum, so no money moves).
    assertTrue(at(current, published, AlfRegion.OSTERGOTLAND, 2027).explain().render()
        .contains("Full-year students actually trained, Östergötland, 2027: 1056 HST"));
  }

  // --- § 2.2: the term profile and the step year as parameters ----------------------------------

  @Test
  void sixClinicalTermsGiveSevenSixths() {
    RuleSet six = Reform.of(VB).id("vb-six-clinical").title("six clinical terms").citation(TEST)
        .set(Keys.CLINICAL_TERMS, Year.of(2015), 6, Basis.ASSUMPTION, TEST).build();
    // (6 + 1)/6 = 7/6: 968 × 7/6 = 3388/3 HST; 128 492 × 3388/3 = 435 330 896 / 3
    // = 145 110 298,666… kr → 145 110 298,67 kr.
    RegionAllocation a = at(six, AlfRegion.OSTERGOTLAND, 2027);
    assertEquals(FullYearStudents.of(Ratio.of(3388, 3)), a.compensatedStudents().value());
    assertEquals(Sek.ofOre(14_511_029_867L), a.education().value());
    // Örebro: 800 × 7/6 = 2800/3; 128 492 × 2800/3 = 359 777 600 / 3 = 119 925 866,666… kr.
    assertEquals(Sek.ofOre(11_992_586_667L), at(six, AlfRegion.OREBRO, 2027).education().value());
  }

  @Test
  void movingTheStepYearMovesTheMoney() {
    RuleSet early = Reform.of(VB).id("vb-2026").title("term 12 step in 2026").citation(TEST)
        .set(Keys.TERM_12_FROM, Year.of(2015), Year.of(2026), Basis.ASSUMPTION, TEST).build();
    // 2026 now grows: 128 492 × 1161.6 = 149 256 307,20 kr (124 380 256,00 kr with the step in
    // 2027); 2025 does not: 128 492 × 968 = 124 380 256,00 kr.
    assertEquals(Sek.ofOre(14_925_630_720L), education(early, AlfRegion.OSTERGOTLAND, 2026));
    assertEquals(Sek.ofOre(12_438_025_600L), education(early, AlfRegion.OSTERGOTLAND, 2025));
    // Örebro is aligned to what it trains in 2026, which now includes term 12 (800 × 6/5 = 960)
    // and is not grown again: max(715 × 6/5 = 858, 960) = 960; 128 492 × 960 = 123 352 320,00 kr.
    assertEquals(FullYearStudents.of(960),
        early.minimumFullYearStudents(S, AlfRegion.OREBRO, Year.of(2026)).value());
    assertEquals(Sek.ofOre(12_335_232_000L), education(early, AlfRegion.OREBRO, 2026));

    RuleSet late = Reform.of(VB).id("vb-2028").title("term 12 step in 2028").citation(TEST)
        .set(Keys.TERM_12_FROM, Year.of(2015), Year.of(2028), Basis.ASSUMPTION, TEST).build();
    // 2027 no longer grows: 124 380 256,00 kr; 2028 does: 149 256 307,20 kr.
    assertEquals(Sek.ofOre(12_438_025_600L), education(late, AlfRegion.OSTERGOTLAND, 2027));
    assertEquals(Sek.ofOre(14_925_630_720L), education(late, AlfRegion.OSTERGOTLAND, 2028));
  }

  @Test
  void theResponseCitesBothStepYearsAndLabelsItsChoice() {
    var term12 = VB.parameters().find(Keys.TERM_12_FROM, Year.of(2027).atDay(1)).orElseThrow();
    assertEquals(Year.of(2027), term12.value().value());
    assertEquals(Basis.ASSUMPTION, term12.value().basis());
    String note = term12.citation().note().orElseThrow();
    assertTrue(note.contains("från och med 2027") && note.contains("2026"), note);
    var clinical = VB.parameters().find(Keys.CLINICAL_TERMS, Year.of(2027).atDay(1))
        .orElseThrow();
    assertEquals(5, clinical.value().value());
    assertTrue(clinical.citation().render().contains("6.1.2"));
  }

  @Test
  void theTermParametersAreChecked() {
    Exception zero = assertThrows(Exception.class, () -> Reform.of(VB).id("vb-0").title("none")
        .citation(TEST).set(Keys.CLINICAL_TERMS, Year.of(2015), 0, Basis.ASSUMPTION, TEST)
        .build());
    assertTrue(zero.getMessage().contains("programme.clinical-terms")
        && zero.getMessage().contains("from 1 to 11"), zero.getMessage());
    Exception twelve = assertThrows(Exception.class, () -> Reform.of(VB).id("vb-12")
        .title("twelve").citation(TEST).set(Keys.CLINICAL_TERMS, Year.of(2015), 12,
            Basis.ASSUMPTION, TEST).build());
    assertTrue(twelve.getMessage().contains("programme.clinical-terms"), twelve.getMessage());
    Exception year = assertThrows(Exception.class, () -> Reform.of(VB).id("vb-9999")
        .title("far").citation(TEST).set(Keys.TERM_12_FROM, Year.of(2015), Year.of(9999),
            Basis.ASSUMPTION, TEST).build());
    assertTrue(year.getMessage().contains("programme.term-12-from")
        && year.getMessage().contains("2015 to 2100"), year.getMessage());
  }
}
