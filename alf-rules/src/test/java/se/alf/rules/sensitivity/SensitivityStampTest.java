package se.alf.rules.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.provenance.Stamp;

/** The stamp and the relative change a {@link Sensitivity} carries. */
class SensitivityStampTest {

  private static Sensitivity education(Sensitivity.Builder b, AlfRegion region) {
    return b.line(Line.EDUCATION).over(Scenarios.published(), Year.of(2024), region);
  }

  @Test
  void theSameAnalysisHasTheSameHashAndEachChangeAnother() {
    Sensitivity.Builder alf2014 = Sensitivity.of(RuleSets.alf2014());
    Stamp once = education(alf2014, AlfRegion.OREBRO).stamp();
    Stamp again = education(alf2014, AlfRegion.OREBRO).stamp();
    assertEquals(once.sha256(), again.sha256());
    assertEquals(List.of("alf-2014"), once.ruleSetIds());
    assertNotEquals(once.sha256(), education(alf2014, AlfRegion.SKANE).stamp().sha256());
    assertNotEquals(once.sha256(), education(alf2014.relativeChange(Ratio.of(1, 4)),
        AlfRegion.OREBRO).stamp().sha256());
    assertNotEquals(once.sha256(), alf2014.line(Line.TOTAL)
        .over(Scenarios.published(), Year.of(2024), AlfRegion.OREBRO).stamp().sha256());
  }

  @Test
  void aDifferenceNamesBothRuleSetsLeftThenRight() {
    Sensitivity d = education(Sensitivity.of(RuleSets.alf2014(), RuleSets.proposal2024()),
        AlfRegion.OREBRO);
    assertEquals(List.of("alf-2014", "pm-2024"), d.stamp().ruleSetIds());
  }

  @Test
  void theStampCountsTheAssumptionsVaried() {
    // Every row varied an assumption or an input of the published scenario's (no input there):
    // the provenance counts at least as many assumptions as there are rows with distinct keys.
    Sensitivity s = education(Sensitivity.of(RuleSets.alf2014()), AlfRegion.OREBRO);
    long keys = s.rows().stream().map(SensitivityRow::keyId).distinct().count();
    assertTrue(s.stamp().provenance().assumptions() >= keys, s.stamp().provenance().score());
  }

  @Test
  void theRelativeChangeIsKept() {
    assertEquals(Ratio.of(1, 10), education(Sensitivity.of(RuleSets.alf2014()),
        AlfRegion.OREBRO).relativeChange());
    assertEquals(Ratio.of(1, 4), education(Sensitivity.of(RuleSets.alf2014())
        .relativeChange(Ratio.of(1, 4)), AlfRegion.OREBRO).relativeChange());
  }
}
