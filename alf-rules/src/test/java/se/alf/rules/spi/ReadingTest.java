package se.alf.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import se.alf.rules.spi.ClinicalResearchDefinition.Reading;
import se.alf.source.Citation;

/** A reading of the clinical-research definition: its text and its source. */
class ReadingTest {

  private static final Citation PM = Citation.of("PM U2024/01035", "7.2");

  private static Reading reading(String text, Citation c) {
    return ClinicalResearchDefinition.of().withReading(text, c).readings().get(0);
  }

  @Test
  void equalByTextAndSourcePrintedWithBoth() {
    new EqualsTester()
        .addEqualityGroup(reading("a permit is required", PM), reading("a permit is required", PM))
        .addEqualityGroup(reading("a permit is not required", PM))
        .addEqualityGroup(reading("a permit is required", Citation.of("ALF 2014", "1")))
        .testEquals();
    assertEquals("\"a permit is required\" (PM U2024/01035 7.2)",
        reading("a permit is required", PM).toString());
    assertEquals("text of a reading must not be blank", assertThrows(
        IllegalArgumentException.class, () -> reading(" ", PM)).getMessage());
    // Readings accumulate in order.
    assertEquals(2, ClinicalResearchDefinition.of().withReading("one", PM).withReading("two", PM)
        .readings().size());
  }
}
