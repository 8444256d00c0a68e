package se.alf.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateBoundsTest {

  private static final LocalDate D = LocalDate.of(2015, 3, 24);

  @Test
  void exactYearOnlyAndUnknown() {
    assertEquals(Optional.of(D), DateBounds.on(D).earliest());
    assertEquals(Optional.of(D), DateBounds.on(D).latest());
    assertTrue(DateBounds.on(D).isExact());
    DateBounds y = DateBounds.inYear(Year.of(2015));
    assertEquals(Optional.of(LocalDate.of(2015, 1, 1)), y.earliest());
    assertEquals(Optional.of(LocalDate.of(2015, 12, 31)), y.latest());
    assertFalse(y.isExact());
    assertEquals(Optional.empty(), DateBounds.unknown().earliest());
    assertEquals(Optional.empty(), DateBounds.unknown().latest());
    assertEquals(Optional.of(D), DateBounds.unknownNotBefore(D).earliest());
    assertEquals(Optional.empty(), DateBounds.unknownNotBefore(D).latest());
  }

  @Test
  void boundsNarrowAYear() {
    DateBounds b = DateBounds.builder().year(Year.of(2015)).notBefore(D)
        .notAfter(LocalDate.of(2016, 5, 1)).build();
    assertEquals(Optional.of(D), b.earliest());
    assertEquals(Optional.of(LocalDate.of(2015, 12, 31)), b.latest());
  }

  @Test
  void describesWhatIsKnown() {
    assertEquals("2015-03-24", DateBounds.on(D).describe());
    assertEquals("2015 (day unknown)", DateBounds.inYear(Year.of(2015)).describe());
    assertEquals("unknown", DateBounds.unknown().describe());
    assertEquals("unknown, not before 2014-09-11",
        DateBounds.unknownNotBefore(LocalDate.of(2014, 9, 11)).describe());
    assertEquals("unknown, between 2015-01-01 and 2018-10-24",
        DateBounds.between(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 10, 24)).describe());
  }

  @Test
  void rejectsContradictions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DateBounds.between(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1)));
    assertEquals("notAfter 2017-01-01 must not be before notBefore 2018-01-01", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DateBounds.builder().day(D).year(Year.of(2015)).build());
    assertTrue(e.getMessage().startsWith("date bounds with an exact day 2015-03-24 must not"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DateBounds.builder().year(Year.of(2015)).notBefore(LocalDate.of(2016, 1, 1)).build());
    assertEquals("notBefore 2016-01-01 must not be after the year 2015", e.getMessage());
  }

  @Test
  void earliestIsNeverAfterLatest() {
    qt().forAll(integers().between(0, 6000), integers().between(0, 6000),
            integers().between(2010, 2030))
        .check((a, b, year) -> {
          LocalDate lo = LocalDate.of(2010, 1, 1).plusDays(Math.min(a, b));
          LocalDate hi = LocalDate.of(2010, 1, 1).plusDays(Math.max(a, b));
          DateBounds between = DateBounds.between(lo, hi);
          boolean ok = !between.earliest().get().isAfter(between.latest().get());
          Year y = Year.of(year);
          if (Year.from(lo).compareTo(y) <= 0 && Year.from(hi).compareTo(y) >= 0) {
            DateBounds narrowed = DateBounds.builder().year(y).notBefore(lo).notAfter(hi).build();
            ok &= !narrowed.earliest().get().isAfter(narrowed.latest().get());
          }
          return ok;
        });
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(DateBounds.on(D), DateBounds.on(LocalDate.of(2015, 3, 24)))
        .addEqualityGroup(DateBounds.inYear(Year.of(2015)))
        .addEqualityGroup(DateBounds.unknown(), DateBounds.builder().build())
        .addEqualityGroup(DateBounds.unknownNotBefore(D))
        .addEqualityGroup(DateBounds.between(D, D.plusDays(1)))
        .testEquals();
    NullPointerTester npt = new NullPointerTester().setDefault(LocalDate.class, D)
        .setDefault(Year.class, Year.of(2015));
    npt.testAllPublicStaticMethods(DateBounds.class);
    npt.testAllPublicInstanceMethods(DateBounds.inYear(Year.of(2015)));
  }
}
