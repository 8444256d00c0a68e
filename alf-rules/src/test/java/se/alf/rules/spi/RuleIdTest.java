package se.alf.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** A rule's slot is known by its id alone. */
class RuleIdTest {

  @Test
  void equalByIdDescribedAndPrinted() {
    new EqualsTester()
        .addEqualityGroup(Slots.MINIMUM_STUDENTS,
            RuleId.of("minimum-students", RegionRule.class, "another description"))
        .addEqualityGroup(Slots.ACTUAL_STUDENTS)
        .testEquals();
    assertEquals("minimum full-year students of a region", Slots.MINIMUM_STUDENTS.description());
    assertEquals("minimum-students", Slots.MINIMUM_STUDENTS.toString());
    assertEquals(RegionRule.class, Slots.MINIMUM_STUDENTS.kind());
  }
}
