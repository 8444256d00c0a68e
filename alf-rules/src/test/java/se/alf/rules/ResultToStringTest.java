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
    // Paid 2027: education = 128 492 kr × the compensated students: the six regions' minimums
    // (2130 + 1404 + 1420 + 1226 + 1275 + 968 = 8423) × 12/11 = 101 076/11, plus Örebro's
    // 800 × 12/11 = 9600/11; together 110 676/11 × 128 492 = 14 220 980 592/11 kr
    // = 1 292 816 417,45… → 1 292 816 417,46 kr after each region is rounded to the öre (half
    // even: the sum of the regions' amounts); + research appropriation 1 750 000 000 kr, nothing
    // returned, no supplements = 3 042 816 417,46 kr.
    int w = A.warnings().size();
    assertEquals("Allocation pm-2024 2027, scenario published: 3 042 816 417,46 kr to 7 regions,"
        + " 0,00 kr returned to the state, " + w + " warning" + (w == 1 ? "" : "s"), A.toString());
  }
}
