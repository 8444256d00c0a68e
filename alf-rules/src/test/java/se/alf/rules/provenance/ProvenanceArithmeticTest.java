package se.alf.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;

class ProvenanceArithmeticTest {

  @Test
  void countsAddAndPrintWhetherAnythingWasRead() {
    assertEquals(new Provenance(1, 8, 7, 9),
        new Provenance(1, 4, 2, 3).plus(new Provenance(0, 4, 5, 6)));
    // One value and one assumption read: not "nothing read" (1 + 1 + 0 = 2, not 0).
    assertEquals("Provenance: 1 agreement or published value, 1 assumption, 0 your inputs",
        new Provenance(0, 1, 1, 0).line());
    assertEquals("Provenance: 0 agreement or published values, 1 assumption, 1 your input",
        new Provenance(0, 0, 1, 1).line());
  }

  @Test
  void theWithheldDestinationIsReadFromTheNationalLines() {
    // PM 7.10 does not say where a lost quality amount goes: the proposal reads the assumption
    // research.withheld-quality-destination for the amounts returned or redistributed, which
    // belong to no region's lines.
    var reads = Provenance.reads(RuleSets.proposal2024().allocate(Scenarios.published(),
        Year.of(2026)));
    assertTrue(StreamSupport.stream(reads.spliterator(), false)
        .anyMatch(r -> r.id().equals("research.withheld-quality-destination")));
  }
}
