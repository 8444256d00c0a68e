package se.alf.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;

class FullYearStudentsTest {

  @Test
  void oneTermIsHalfAYear() {
    // 100 students × 2 terms / 2 = 100 HST.
    assertEquals(FullYearStudents.of(100), FullYearStudents.ofStudentTerms(100, 2));
    // 1 student × 1 term / 2 = 1/2 HST.
    assertEquals(FullYearStudents.of(Ratio.of(1, 2)), FullYearStudents.ofStudentTerms(1, 1));
    // 108 students × 5 terms / 2 = 540 / 2 = 270 HST.
    assertEquals(FullYearStudents.of(270), FullYearStudents.ofStudentTerms(108, 5));
    // 109 × 1 / 2 = 109/2 HST.
    assertEquals("109/2 HST", FullYearStudents.ofStudentTerms(109, 1).toString());
  }

  @Test
  void formatsOneWayForAReader() {
    // Whole: grouped by spaces.
    assertEquals("1 056 HST", FullYearStudents.of(1056).format());
    // 5808/5 = 1161.6 exactly: no ratio needed.
    assertEquals("1 161,6 HST", FullYearStudents.of(Ratio.of(5808, 5)).format());
    // 9600/11 = 872.7272…: the exact ratio, then half-even to two decimals (…727 → 73).
    assertEquals("9600/11 ≈ 872,73 HST", FullYearStudents.of(Ratio.of(9600, 11)).format());
    // A difference may be negative: 1735/11 = 157.7272… → 157,73.
    assertEquals("-1735/11 ≈ -157,73", FullYearStudents.format(Ratio.of(-1735, 11)));
    assertEquals("0", FullYearStudents.format(Ratio.ZERO));
    // 1 234 567/3 = 411 522.333…
    assertEquals("1234567/3 ≈ 411 522,33", FullYearStudents.format(Ratio.of(1_234_567, 3)));
  }

  @Test
  void scalesExactlyByTwelveElevenths() {
    // shared/domain/data/minimum_hst.csv: LiU's minimum in 2015 was 968 HST. By hand:
    // 968 × 12 / 11 = 11616 / 11 = 1056 (968 = 88 × 11, so 88 × 12 = 1056).
    assertEquals(FullYearStudents.of(1056), FullYearStudents.of(968).times(Ratio.of(12, 11)));
    // 100 × 12/11 = 1200/11, kept exact.
    assertEquals(Ratio.of(1200, 11), FullYearStudents.of(100).times(Ratio.of(12, 11)).value());
  }

  @Test
  void addsUp() {
    // 50 + 1/2 = 101/2.
    assertEquals(FullYearStudents.of(Ratio.of(101, 2)),
        FullYearStudents.of(50).plus(FullYearStudents.ofStudentTerms(1, 1)));
    assertEquals(FullYearStudents.of(3), FullYearStudents.sum(ImmutableList.of(
        FullYearStudents.of(1), FullYearStudents.of(2))));
    assertEquals(FullYearStudents.ZERO, FullYearStudents.sum(ImmutableList.of()));
  }

  @Test
  void parsesADecimalCommaAPointAFractionAndHst() {
    // Issue 7, 1.2: "820,5" was refused (Ratio.parse took no comma). 820,5 = 1641/2 HST
    assertEquals(FullYearStudents.of(Ratio.of(1641, 2)), FullYearStudents.parse("820,5"));
    assertEquals(FullYearStudents.of(Ratio.of(1641, 2)), FullYearStudents.parse("820.5 HST"));
    // 9350/11 = 850 (9350 = 850 × 11)
    assertEquals(FullYearStudents.of(850), FullYearStudents.parse("9350/11"));
    // 1 100 hst = 1100
    assertEquals(FullYearStudents.of(1100), FullYearStudents.parse("1 100 hst"));
  }

  @Test
  void parseRefusesAmbiguousNegativeNonAsciiAndLongTexts() {
    assertEquals("'1,100' is ambiguous: write 1 100 or 1,1", assertThrows(
        IllegalArgumentException.class, () -> FullYearStudents.parse("1,100")).getMessage());
    assertEquals("'-5' is negative: full-year students must be >= 0", assertThrows(
        IllegalArgumentException.class, () -> FullYearStudents.parse("-5")).getMessage());
    assertEquals("'8\u066050' has the digit '\u0660' (U+0660): a number of full-year students is"
        + " written with the ASCII digits 0-9 only", assertThrows(
        IllegalArgumentException.class, () -> FullYearStudents.parse("8\u066050")).getMessage());
    assertEquals("'8500000000000000…' (65 characters) is too long: a number of full-year students"
        + " is written in at most 64 characters", assertThrows(IllegalArgumentException.class,
        () -> FullYearStudents.parse("85" + "0".repeat(63))).getMessage());
    assertEquals("'85 students' is not a number of full-year students: write a number like 850,"
        + " 820,5 or 820.5 or a fraction like 9350/11, optionally followed by HST",
        assertThrows(IllegalArgumentException.class,
            () -> FullYearStudents.parse("85 students")).getMessage());
  }

  @Test
  void rejectsNegativeNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FullYearStudents.of(-3));
    assertEquals("full-year students must be >= 0, was -3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FullYearStudents.ofStudentTerms(-3, 2));
    assertEquals("students must be >= 0, was -3 (with 2 terms)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FullYearStudents.ofStudentTerms(3, -2));
    assertEquals("terms must be >= 0, was -2 (for 3 students)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FullYearStudents.of(5).times(Ratio.of(-1, 2)));
    assertEquals("factor for 5 HST must be >= 0, was -1/2", e.getMessage());
  }

  @Test
  void neverNegativeAndAddsUpOverTerms() {
    qt().forAll(longs().between(0, 1_000_000), integers().between(0, 24),
            integers().between(0, 24))
        .check((students, t1, t2) -> {
          FullYearStudents a = FullYearStudents.ofStudentTerms(students, t1);
          FullYearStudents b = FullYearStudents.ofStudentTerms(students, t2);
          return a.value().signum() >= 0
              && a.plus(b).equals(FullYearStudents.ofStudentTerms(students, t1 + t2))
              && a.plus(b).equals(b.plus(a))
              && a.plus(b).compareTo(a) >= 0;
        });
  }

  @Test
  void twoTermsOfStudentsAreThatManyFullYearStudents() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 4)).check(n ->
        FullYearStudents.ofStudentTerms(n, 2).equals(FullYearStudents.of(n)));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FullYearStudents.of(100), FullYearStudents.ofStudentTerms(100, 2),
            FullYearStudents.of(Ratio.of(200, 2)))
        .addEqualityGroup(FullYearStudents.ofStudentTerms(1, 1))
        .addEqualityGroup(FullYearStudents.ZERO, FullYearStudents.of(0))
        .testEquals();
    NullPointerTester npt = new NullPointerTester();
    npt.testAllPublicStaticMethods(FullYearStudents.class);
    npt.testAllPublicInstanceMethods(FullYearStudents.of(3));
  }
}
