package se.alf.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;

/** An explanation tree as text: one line per step, indented by depth, its reads beneath it. */
class ExplanationTreeTest {

  private static Explanation leaf(String label, Object value) {
    return Explanation.builder().label(label).value(value).build();
  }

  @Test
  void indentedByDepthWithTheFormulaUnderItsStep() {
    Explanation tree = Explanation.builder().label("total").value(3).formula("a + b")
        .steps(ImmutableList.of(Explanation.builder().label("a").value(1).formula("given")
            .steps(ImmutableList.of(leaf("a's part", 1))).build(), leaf("b", 2)))
        .build();
    assertEquals("total: 3\n  = a + b\n  a: 1\n    = given\n    a's part: 1\n  b: 2\n",
        tree.render());
    assertEquals(Optional.of("a + b"), tree.formula());
    assertFalse(tree.restsOnAssumptions());
    new EqualsTester()
        .addEqualityGroup(leaf("a", 1), leaf("a", 1))
        .addEqualityGroup(leaf("b", 1))
        .addEqualityGroup(leaf("a", 2))
        .testEquals();
  }

  @Test
  void eachReadOnItsOwnLine() {
    // The proposal's rate in 2027 reads education.raise-from and the raised rate (PM 6.2.1):
    // two reads, two lines, neither carrying the other's text.
    String text = RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2027))
        .explainText(AlfRegion.OREBRO);
    assertTrue(text.contains("\n      · education.raise-from = 2026 [2015-01-01, …) (PM"
        + " U2024/01035 6.2.1"), text);
    assertTrue(text.contains("\n      · education.raised-rate-per-hst = 128 492,00 kr"), text);
    assertTrue(text.lines().allMatch(l -> l.indexOf("· ") == l.lastIndexOf("· ")), text);
    assertTrue(RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2027))
        .explain(AlfRegion.OREBRO).restsOnAssumptions());
  }
}
