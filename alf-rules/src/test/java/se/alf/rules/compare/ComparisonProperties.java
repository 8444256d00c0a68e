package se.alf.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProjects;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;

/** Laws of every comparison (QuickTheories). */
class ComparisonProperties {

  /**
   * The rule sets that run on the published scenario alone (a reform may need inputs the published
   * scenario does not have, e.g. the size of a supplement no source gives).
   */
  private static final ImmutableList<RuleSet> ALL = ImmutableList.of(RuleSets.alf2014(),
      RuleSets.proposal2024());

  @Test
  void aRuleSetComparedWithItselfDiffersNowhere() {
    qt().withExamples(10_000)
        .forAll(integers().between(0, ALL.size() - 1), integers().between(0, 20),
            integers().between(0, 2), integers().between(0, AlfRegion.values().length - 1))
        .checkAssert((which, offset, span, regionIndex) -> {
          RuleSet rs = ALL.get(which);
          Year from = rs.firstYear().plusYears(offset);
          Comparison c = Comparison.of(rs, rs).withProjects(ResearchProjects.all())
              .over(Scenarios.published(), from, from.plusYears(span));
          AlfRegion region = AlfRegion.values()[regionIndex];
          for (Year year : c.years()) {
            for (Line line : Line.values()) {
              LineComparison l = c.line(region, year, line);
              assertEquals(Ratio.ZERO, l.difference(), rs.id() + " " + region + year + line);
              assertEquals(l.left(), l.right());
            }
            NationalComparison n = c.national(year);
            NationalComparison.MONEY_LINES.forEach(line -> assertFalse(n.line(line).isChanged()));
            assertFalse(n.returnedToState().isChanged());
          }
          assertTrue(c.changedLines().isEmpty());
          assertTrue(c.parameterDifferences().isEmpty());
          assertTrue(c.statementDifferences().isEmpty());
          assertTrue(c.verdicts().stream().noneMatch(v -> v.isChanged()
              || !v.differences().isEmpty()));
          assertFalse(c.hasDifferences());
        });
  }

  @Test
  void swappingTheSidesNegatesEveryDifference() {
    qt().withExamples(10_000)
        .forAll(integers().between(2015, 2035), integers().between(0, 6))
        .checkAssert((year, regionIndex) -> {
          Year y = Year.of(year);
          AlfRegion region = AlfRegion.values()[regionIndex];
          Comparison ab = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
              .withProjects(ResearchProjects.all()).over(Scenarios.published(), y);
          Comparison ba = Comparison.of(RuleSets.proposal2024(), RuleSets.alf2014())
              .withProjects(ResearchProjects.all()).over(Scenarios.published(), y);
          for (Line line : Line.values()) {
            LineComparison l = ab.line(region, y, line);
            assertEquals(l.right().minus(l.left()), l.difference());
            assertEquals(l.difference().negate(), ba.line(region, y, line).difference());
          }
          assertEquals(ab.parameterDifferences().size(), ba.parameterDifferences().size());
          for (ParameterDifference d : ab.parameterDifferences()) {
            ParameterDifference e = ba.parameterDifference(d.id()).orElseThrow();
            assertEquals(d.left(), e.right());
            assertEquals(swap(d.change()), e.change());
          }
          for (StatementDifference d : ab.statementDifferences()) {
            assertEquals(swap(d.change()), ba.statementDifference(d.id()).orElseThrow().change());
          }
          for (int i = 0; i < ab.verdicts().size(); i++) {
            assertEquals(ab.verdicts().get(i).isChanged(), ba.verdicts().get(i).isChanged());
            assertEquals(ab.verdicts().get(i).decisive().size(),
                ba.verdicts().get(i).decisive().size());
          }
          assertEquals(ab.assumptions(), ba.assumptions());
        });
  }

  private static Change swap(Change c) {
    return c == Change.ONLY_LEFT ? Change.ONLY_RIGHT : c == Change.ONLY_RIGHT ? Change.ONLY_LEFT
        : c;
  }
}
