package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.explain.Divergence;
import se.alf.rules.explain.Fork;
import se.alf.rules.explain.ReadDifference;
import se.alf.rules.param.Basis;

/** Why two lines differ: the steps where the two explanations part (issue 9 §1). */
class DivergenceTest {

  /** pm-2024 against the same rules with the raised rate 1 000 kr higher, and nothing else. */
  private static final Comparison RATE = Comparison.of(RuleSets.proposal2024(),
      MultiComparisonTest.RATE).over(Scenarios.published(), Year.of(2026), Year.of(2027));

  @Test
  void aReformThatChangesOneParameterIsExplainedByExactlyThatParameter() {
    for (AlfRegion region : AlfRegion.values()) {
      for (Line line : ImmutableList.of(Line.TOTAL, Line.EDUCATION)) {
        Divergence why = RATE.why(region, Year.of(2027), line);
        assertEquals(1, why.reads().size(), region + " " + line + "\n" + why);
        ReadDifference d = why.reads().get(0);
        assertEquals("education.raised-rate-per-hst", d.id());
        // the published scenario's assumption against the reform's value
        assertEquals(Sek.ofKronor(128_492), d.leftValue().orElseThrow());
        assertEquals(Sek.ofKronor(129_492), d.rightValue().orElseThrow());
        assertEquals(Basis.ASSUMPTION, d.leftBasis().orElseThrow());
        assertEquals(Basis.ASSUMPTION, d.rightBasis().orElseThrow());
        assertEquals("issue 9 winners and losers",
            d.rightCitation().orElseThrow().section().orElseThrow());
        // the fork is the rate's step, beneath the education of the region
        assertEquals(1, why.forks().size());
        Fork f = why.forks().get(0);
        assertEquals("Rate per full-year student, 2027", f.label());
        assertEquals(Sek.ofKronor(128_492), f.leftValue());
        assertEquals(Sek.ofKronor(129_492), f.rightValue());
        assertFalse(f.ruleDiffers(), "the same rule, another value");
      }
    }
  }

  @Test
  void equalLinesHaveNothingToExplain() {
    // The reform changes no research: Örebro's research base is the same.
    MoneyLine base = RATE.money(AlfRegion.OREBRO, Year.of(2027), Line.RESEARCH_BASE);
    assertFalse(base.isChanged());
    assertTrue(base.why().isEmpty());
    assertTrue(base.why().reads().isEmpty());
  }

  @Test
  void theProposalAlignsÖrebrosMinimumToWhatItTrains() {
    // PM 6.1.2: 715 → 800 in 2026, because the proposal reads what Örebro trains in 2026 (800, an
    // assumption) from the year its minimum is aligned (2026); the 2014 agreement reads neither.
    Divergence why = ComparisonTest.C.why(AlfRegion.OREBRO, Year.of(2026),
        Line.MINIMUM_STUDENTS);
    assertEquals(1, why.forks().size());
    ImmutableList<String> onlyRight = why.reads().stream()
        .filter(d -> d.left().isEmpty()).map(ReadDifference::id)
        .collect(ImmutableList.toImmutableList());
    assertTrue(onlyRight.contains("minimum-hst.aligned-to-actual-from[orebro]"), why.toString());
    assertTrue(onlyRight.contains("actual-hst.base[orebro]"), why.toString());
    // the 2014 minimum of 715 is read on both sides: not a difference
    assertFalse(why.reads().stream().anyMatch(d -> d.id().equals("minimum-hst[orebro]")));
    assertTrue(why.forks().get(0).ruleDiffers(), "regleringsbrev against PM 6.1.2");
  }
}
