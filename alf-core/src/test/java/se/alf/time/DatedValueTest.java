package se.alf.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.source.Citation;

class DatedValueTest {

  private static final LocalDate Y2015 = LocalDate.of(2015, 1, 1);
  private static final LocalDate Y2016 = LocalDate.of(2016, 1, 1);
  private static final Citation SOURCE = Citation.alf2014("§ 9");

  @Test
  void holdsOverAHalfOpenRange() {
    DatedValue<String> v = DatedValue.between(Y2015, Y2016, "a", SOURCE);
    assertEquals(Y2015, v.from());
    assertEquals(Optional.of(Y2016), v.until());
    assertEquals(Range.closedOpen(Y2015, Y2016), v.range());
    assertEquals("a", v.value());
    assertEquals(SOURCE, v.citation());
    assertFalse(v.holdsOn(LocalDate.of(2014, 12, 31)));
    assertTrue(v.holdsOn(Y2015));
    assertTrue(v.holdsOn(LocalDate.of(2015, 12, 31)));
    assertFalse(v.holdsOn(Y2016));
    assertEquals("[2015-01-01, 2016-01-01)", v.rangeText());
    assertEquals("a [2015-01-01, 2016-01-01) (ALF 2014 § 9)", v.toString());
  }

  @Test
  void holdsFromItsStartOnWithoutAnEnd() {
    DatedValue<String> v = DatedValue.from(Y2015, "a", SOURCE);
    assertEquals(Optional.empty(), v.until());
    assertFalse(v.holdsOn(LocalDate.of(2014, 12, 31)));
    assertTrue(v.holdsOn(Y2015));
    assertTrue(v.holdsOn(LocalDate.of(9999, 12, 31)));
    assertEquals("[2015-01-01, …)", v.rangeText());
    assertEquals(v, DatedValue.of(Range.atLeast(Y2015), "a", SOURCE));
  }

  @Test
  void aOneDayRangeHoldsOnOneDay() {
    // [2015-01-01, 2015-01-02) holds on 2015-01-01 only
    DatedValue<String> v = DatedValue.between(Y2015, Y2015.plusDays(1), "a", SOURCE);
    assertTrue(v.holdsOn(Y2015));
    assertFalse(v.holdsOn(Y2015.plusDays(1)));
    assertFalse(v.holdsOn(Y2015.minusDays(1)));
  }

  @Test
  void rejectsRangesThatAreNotHalfOpen() {
    assertRejected(Range.closed(Y2015, Y2016), "must end exclusive");
    assertRejected(Range.closed(Y2015, Y2015), "must end exclusive");
    assertRejected(Range.openClosed(Y2015, Y2016), "must start on a date, inclusive");
    assertRejected(Range.open(Y2015, Y2016), "must start on a date, inclusive");
    assertRejected(Range.greaterThan(Y2015), "must start on a date, inclusive");
    assertRejected(Range.atMost(Y2016), "must start on a date, inclusive");
    assertRejected(Range.lessThan(Y2016), "must start on a date, inclusive");
    assertRejected(Range.all(), "must start on a date, inclusive");
    assertRejected(Range.closedOpen(Y2015, Y2015), "must not be empty");
  }

  private static void assertRejected(Range<LocalDate> range, String why) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatedValue.of(range, "v", SOURCE), range::toString);
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertTrue(e.getMessage().contains("range of v"), e.getMessage());
  }

  @Test
  void betweenNeedsFromBeforeUntil() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatedValue.between(Y2016, Y2015, "v", SOURCE));
    assertTrue(e.getMessage().contains("2016-01-01"), e.getMessage());
    assertTrue(e.getMessage().contains("2015-01-01"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> DatedValue.between(Y2015, Y2015, "v", SOURCE));
  }

  @Test
  void rejectsNulls() {
    Range<LocalDate> range = Range.closedOpen(Y2015, Y2016);
    assertThrows(NullPointerException.class, () -> DatedValue.of(null, "v", SOURCE));
    assertThrows(NullPointerException.class, () -> DatedValue.of(range, null, SOURCE));
    assertThrows(NullPointerException.class, () -> DatedValue.of(range, "v", null));
    assertThrows(NullPointerException.class, () -> DatedValue.from(null, "v", SOURCE));
    assertThrows(NullPointerException.class, () -> DatedValue.from(Y2015, null, SOURCE));
    assertThrows(NullPointerException.class, () -> DatedValue.between(null, Y2016, "v", SOURCE));
    assertThrows(NullPointerException.class, () -> DatedValue.between(Y2015, null, "v", SOURCE));
    assertThrows(NullPointerException.class, () -> DatedValue.between(Y2015, Y2016, null, SOURCE));
    assertThrows(NullPointerException.class,
        () -> DatedValue.between(Y2015, Y2016, "v", SOURCE).holdsOn(null));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(DatedValue.between(Y2015, Y2016, "a", SOURCE),
            DatedValue.of(Range.closedOpen(Y2015, Y2016), "a", Citation.alf2014("§ 9")))
        .addEqualityGroup(DatedValue.between(Y2015, Y2016, "b", SOURCE))
        .addEqualityGroup(DatedValue.between(Y2015, Y2016, "a", Citation.alf2014("§ 7")))
        .addEqualityGroup(DatedValue.between(Y2015, Y2016.plusDays(1), "a", SOURCE))
        .addEqualityGroup(DatedValue.from(Y2015, "a", SOURCE))
        .testEquals();
  }
}
