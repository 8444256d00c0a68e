package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.NationalComparison;

/**
 * What the values print in a debugger, a log or a failed assertion: each names what it is and its
 * figures. Published scenario, 2026.
 */
class DebugStringsTest {

  private static final Year Y2026 = Year.of(2026);

  @Test
  void keysRuleSetsAndScenarios() {
    assertEquals("research.appropriation", Keys.RESEARCH_APPROPRIATION.toString());
    assertEquals("research.key[region]", Keys.RESEARCH_KEY.toString());
    assertEquals("alf-2014 (ALF agreement 2014 (in force from 2015))",
        RuleSets.alf2014().toString());
    assertTrue(RuleSets.alf2014().rules().toString().startsWith("RuleBook[minimum-students,"),
        RuleSets.alf2014().rules().toString());
    assertTrue(Scenarios.published().toString().matches("Scenario published \\(\\d+ inputs\\)"),
        Scenarios.published().toString());
    // ALF 2014 § 9: the quality share phased in, 10 % in 2016–2017, 15 % in 2018, 20 % from 2019.
    String share = RuleSets.alf2014().parameters().get(Keys.QUALITY_SHARE).orElseThrow()
        .toString();
    assertTrue(share.startsWith("research.quality-share [0 [2015-01-01, 2016-01-01) (ALF 2014"
        + " § 9), 1/10 [2016-01-01, 2018-01-01)"), share);
    assertTrue(share.endsWith(", 1/5 [2019-01-01, …) (ALF 2014 § 9)]"), share);
    String all = RuleSets.alf2014().parameters().toString();
    assertEquals(RuleSets.alf2014().parameters().list().size(), all.lines().count(), all);
    assertTrue(all.contains("research.quality-share [0 [2015-01-01, 2016-01-01)"), all);
  }

  @Test
  void valuesAndReads() {
    // PM 6.1.2 and 6.2.1: Örebro's 800 full-year students × the raised 128 492 kr = 102 793 600.
    Allocation a = RuleSets.proposal2024().allocate(Scenarios.published(), Y2026);
    assertEquals("102 793 600,00 kr", a.region(AlfRegion.OREBRO).education().toString());
    // The assumed appropriation, 1 750 MSEK from 2016 (Läkartidningen 2016-11: "20 procent ...
    // drygt 350 miljoner kronor"), a labelled assumption.
    assertEquals("research.appropriation = 1 750 000 000,00 kr (ASSUMPTION, assumption)",
        RuleSets.alf2014().valueOf(Keys.RESEARCH_APPROPRIATION, Scenarios.published(), Y2026)
            .toString());
    assertTrue(a.assumptions().stream().anyMatch(r -> r.toString().equals(
        "research.appropriation = 1 750 000 000,00 kr [2016-01-01, …) (ASSUMPTION; alf"
            + " assumption research appropriation)")), a.assumptions().toString());
  }

  @Test
  void comparisons() {
    Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .over(Scenarios.published(), Y2026, Y2026);
    // 7 regions × 7 lines.
    assertTrue(c.toString().matches("Comparison alf-2014 → pm-2024, scenario published,"
        + " 2026–2026 \\(\\d+ of 49 lines differ\\)"), c.toString());
    NationalComparison n = c.national().get(0);
    // Education 9 138 HST × 79 547 kr → 9 223 HST × 128 492 kr (RenderingDetailTest); the
    // totals add research 1 750 000 000 kr on both sides.
    assertEquals("726 900 486,00 kr → 1 185 081 716,00 kr (+458 181 230,00 kr)",
        n.line(Line.EDUCATION).toString());
    assertEquals("2026 paid to the regions 2 476 900 486,00 kr → 2 935 081 716,00 kr"
        + " (+458 181 230,00 kr), returned to the state 0,00 kr → 0,00 kr (0,00 kr)",
        n.toString());
  }
}
