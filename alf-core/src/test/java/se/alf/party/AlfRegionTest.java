package se.alf.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlfRegionTest {

  @Test
  void sevenPairsOfRegionAndUniversity() {
    // facts.md §1.1 (Vetenskapsrådet): the seven ALF regions, largest allocation first.
    assertEquals(7, AlfRegion.values().length);
    assertEquals(University.LINKOPING, AlfRegion.OSTERGOTLAND.university());
    assertEquals(Region.OSTERGOTLAND, AlfRegion.OSTERGOTLAND.region());
    assertEquals(University.KAROLINSKA_INSTITUTET, AlfRegion.STOCKHOLM.university());
    assertEquals(AlfRegion.OREBRO, AlfRegion.of(Region.OREBRO));
  }

  @Test
  void orebroEnteredIn2015AndTheOthersEntryIsUnknown() {
    // VR: Örebro "(från och med 2015)"; the others were party to the 2003 agreement.
    assertEquals(Optional.of(Year.of(2015)), AlfRegion.OREBRO.yearEntered());
    assertFalse(AlfRegion.OREBRO.partyToPreviousAgreement());
    for (AlfRegion r : AlfRegion.values()) {
      assertEquals(Year.of(2015), r.firstYearUnder2014Agreement());
      if (r != AlfRegion.OREBRO) {
        assertEquals(Optional.empty(), r.yearEntered(), r.name());
        assertTrue(r.partyToPreviousAgreement(), r.name());
      }
    }
  }

  @Test
  void aRegionWithoutAnAlfRegionIsNamedInTheError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AlfRegion.of(Region.GOTLAND));
    assertTrue(e.getMessage().startsWith("region Region Gotland (09) is not the party of an ALF"
        + " region"), e.getMessage());
  }
}
