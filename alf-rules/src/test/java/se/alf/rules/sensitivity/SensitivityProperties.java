package se.alf.rules.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.rules.sensitivity.SensitivityRow.Status;
import se.alf.rules.sensitivity.SensitivityRow.Tried;

/**
 * Laws of every sensitivity analysis, over generated rule sets (the four shipped), years,
 * regions and money lines (QuickTheories; each example is a whole analysis, so 30 of them).
 */
class SensitivityProperties {

  private static final List<RuleSet> RULE_SETS = List.copyOf(RuleSets.all().values());
  private static final List<Line> MONEY = List.of(Line.EDUCATION, Line.RESEARCH_BASE,
      Line.RESEARCH_QUALITY, Line.SUPPLEMENT, Line.TOTAL);
  /** Västerbotten's response pays a supplement of a size it does not give: 10 MSEK assumed. */
  static final Scenario SCENARIO = VasterbottenResponse.withSupplement(
      Scenarios.published(), Sek.ofKronor(10_000_000));

  @Test
  void theRankingIsSortedAndEverySwingIsExplained() {
    qt().withExamples(Integer.getInteger("alf.sensitivity.examples", 30))
        // the first number: a rule set, alone or against alf-2014 (the difference)
        .forAll(integers().between(0, 2 * RULE_SETS.size() - 1), integers().between(2015, 2032),
            integers().between(0, AlfRegion.values().length - 1),
            integers().between(0, MONEY.size() - 1))
        .checkAssert((r, year, region, line) -> {
          RuleSet rs = RULE_SETS.get(r % RULE_SETS.size());
          Sensitivity.Builder b = r >= RULE_SETS.size()
              ? Sensitivity.of(RuleSets.alf2014(), rs) : Sensitivity.of(rs);
          Sensitivity s = b.line(MONEY.get(line))
              .over(SCENARIO, Year.of(year), AlfRegion.values()[region]);
          check(s);
        });
  }

  static void check(Sensitivity s) {
    assertFalse(s.rows().isEmpty(), s.toString());
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < s.rows().size(); i++) {
      SensitivityRow row = s.rows().get(i);
      assertTrue(row.swing().signum() >= 0, row.toString());
      if (i > 0) {
        assertTrue(s.rows().get(i - 1).swing().compareTo(row.swing()) >= 0,
            "not sorted at " + i + ": " + s.rows());
      }
      // the swing is the spread of the line over low, the value as given and high
      assertEquals(s.base(), row.lineAtBase(), row.toString());
      long[] lines = {row.lineAtLow().ore(), row.lineAtBase().ore(), row.lineAtHigh().ore()};
      assertEquals(java.util.Arrays.stream(lines).max().getAsLong()
          - java.util.Arrays.stream(lines).min().getAsLong(), row.swing().ore(), row.toString());
      // more than one öre is an effect; exactly one öre the rounding of a split
      assertEquals(row.status() == Status.AFFECTS, row.swing().ore() > 1, row.toString());
      assertEquals(row.status() == Status.ROUNDING, row.swing().ore() == 1, row.toString());
      if (row.status() != Status.AFFECTS) {
        assertFalse(row.reason().isEmpty(), row.toString());
      }
      if (row.tried() == Tried.ENDS) { // no range given: the ends lie either side of the base
        assertTrue(compare(row.low(), row.base()) <= 0 && compare(row.base(), row.high()) <= 0,
            row.toString());
      } else if (row.tried() == Tried.EVERY_VALUE) {
        assertTrue(row.lineAtLow().compareTo(row.lineAtHigh()) <= 0, row.toString());
      } else {
        assertTrue(row.status() == Status.FAILED || row.status() == Status.NOT_VARIED,
            row.toString());
      }
      if (row.status() == Status.ROUNDING) {
        assertTrue(row.reason().startsWith("the line moves by one öre at most"), row.toString());
      }
      if (row.status() == Status.NOT_READ) {
        assertTrue(row.reason().startsWith("not read for " + s.subject()), row.toString());
      }
      if (row.status() == Status.OVERRIDDEN) {
        assertTrue(row.reason().startsWith("rule set "), row.toString());
      }
      if (row.status() == Status.NO_EFFECT || row.status() == Status.NOT_READ
          || row.status() == Status.OVERRIDDEN) {
        assertEquals(s.base(), row.lineAtLow(), row.toString());
        assertEquals(s.base(), row.lineAtHigh(), row.toString());
      }
      assertTrue(seen.add(List.of(row.keyId(), row.input().from(), row.ruleSets())),
          "twice: " + row);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }
}
