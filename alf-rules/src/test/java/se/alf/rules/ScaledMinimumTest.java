package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;

/** The assumed minimums of the regions with none published, re-derived by hand. */
class ScaledMinimumTest {

  @Test
  void linkopingsMinimumScaledByThe2006Places() {
    // Läkartidningen 2006-05, autumn places: KI 132, GU 87, UU 76, LU 88, UmU 79, LiU 60.
    assertEquals(132, Scenarios.places2006(AlfRegion.STOCKHOLM));
    assertEquals(87, Scenarios.places2006(AlfRegion.VASTRA_GOTALAND));
    assertEquals(88, Scenarios.places2006(AlfRegion.SKANE));
    assertEquals(76, Scenarios.places2006(AlfRegion.UPPSALA));
    assertEquals(79, Scenarios.places2006(AlfRegion.VASTERBOTTEN));
    assertEquals(60, Scenarios.places2006(AlfRegion.OSTERGOTLAND));
    // 968 × places / 60, half up: 2129.6 → 2130; 1403.6 → 1404; 1419.73 → 1420;
    // 1226.13 → 1226; 1274.53 → 1275; 60 → 968 itself.
    assertEquals(2130, Scenarios.scaledMinimum(132));
    assertEquals(1404, Scenarios.scaledMinimum(87));
    assertEquals(1420, Scenarios.scaledMinimum(88));
    assertEquals(1226, Scenarios.scaledMinimum(76));
    assertEquals(1275, Scenarios.scaledMinimum(79));
    assertEquals(968, Scenarios.scaledMinimum(60));
  }
}
