package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.Reform;
import se.alf.rules.reform.Reforms;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.source.Citation;

/**
 * Values each valid alone that a rule cannot compute together are refused with
 * {@link InputRefusedException}, naming the values, the year and the rule (found by an adversarial
 * run of the command line, where they ended as internal errors).
 */
class InputRefusedTest {

  private static final Citation MINE = Citation.of("test", "caller input");

  private static RuleSet allKeysZero(RuleSet baseline) {
    Reform.Builder b = Reform.of(baseline).id("keys-0").title("t").citation(MINE);
    for (AlfRegion r : AlfRegion.values()) {
      b.set(Keys.RESEARCH_KEY.of(r), Year.of(2015), Ratio.ZERO, Basis.ASSUMPTION, MINE);
    }
    return b.build();
  }

  @Test
  void everyResearchKeyZeroLeavesNothingToSplitByUnderBothAgreements() {
    for (RuleSet baseline : new RuleSet[] {RuleSets.alf2014(), RuleSets.proposal2024()}) {
      InputRefusedException e = assertThrows(InputRefusedException.class,
          () -> allKeysZero(baseline).allocate(Scenarios.published(), Year.of(2027)));
      assertEquals("research.key[*]", e.key());
      assertEquals(Year.of(2027), e.year());
      assertTrue(e.getMessage().startsWith("research.key[*] are all 0 in 2027: "), e.getMessage());
      assertTrue(e.getMessage().contains(baseline == RuleSets.alf2014() ? "ALF 2014 § 9"
          : "PM 7.5.1"), e.getMessage());
    }
  }

  @Test
  void noStudentsAnywhereLeavesNothingToSplitResearchByUnderVasterbottensResponse() {
    Parameters.Builder p = Parameters.builder();
    for (AlfRegion r : AlfRegion.values()) {
      p.putFrom(Keys.MINIMUM_HST.of(r), Year.of(2015), FullYearStudents.of(0), Basis.INPUT, MINE);
      p.putFrom(Keys.BASE_HST.of(r), Year.of(2015), FullYearStudents.of(0), Basis.INPUT,
          MINE);
    }
    Scenario none = VasterbottenResponse.withSupplement(Scenarios.published(),
        Sek.ofKronor(10_000_000)).with("no students", p.build());
    InputRefusedException e = assertThrows(InputRefusedException.class,
        () -> Reforms.vasterbotten().allocate(none, Year.of(2027)));
    assertEquals(Year.of(2027), e.year());
    assertTrue(e.getMessage().contains("sum to 0 in 2027"), e.getMessage());
    assertTrue(e.getMessage().contains("response § 7.5.1"), e.getMessage());
  }
}
