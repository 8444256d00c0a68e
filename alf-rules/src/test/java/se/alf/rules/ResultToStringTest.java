package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;

/** Issue 8: results print a short summary line in jshell, not a dump with explanation trees. */
class ResultToStringTest {

  private static final Allocation A = RuleSets.proposal2024().allocate(Scenarios.published(),
      Year.of(2027));

  @Test
  void regionAllocationPrintsOneSummaryLine() {
    RegionAllocation orebro = A.region(AlfRegion.OREBRO);
    String s = orebro.toString();
    // Örebro 2027 under the proposal: minimum = 800 × 12/11 = 9600/11 = 872,7272… ≈ 872,73;
    // education = 128 492 kr × 9600/11 = 1 233 523 200/11 = 112 138 472,7272… → 112 138 472,73 kr.
    assertEquals("Örebro 2027: total " + orebro.total().format()
        + " (education 112 138 472,73 kr, research " + orebro.research().format()
        + ", supplement 0,00 kr; minimum 9600/11 ≈ 872,73 HST, compensated 9600/11 ≈ 872,73 HST)",
        s);
    assertTrue(!s.contains("\n") && !s.contains("Explanation"), s);
  }

  @Test
  void allocationPrintsOneSummaryLine() {
    // Paid 2027: education 926 263 784,73 kr (6 × 1056 × 128 492 + 112 138 472,73) + research
    // appropriation 1 750 000 000 kr, nothing returned, no supplements = 2 676 263 784,73 kr.
    int w = A.warnings().size();
    assertEquals("Allocation pm-2024 2027, scenario published: 2 676 263 784,73 kr to 7 regions,"
        + " 0,00 kr returned to the state, " + w + " warning" + (w == 1 ? "" : "s"), A.toString());
  }
}
