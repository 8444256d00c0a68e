package se.alf.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static se.alf.programme.MedicalProgramme.ELEVEN_TERM;
import static se.alf.programme.MedicalProgramme.TWELVE_TERM;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Year;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;

class CohortTest {

  private static final Cohort FIRST = Cohort.of(TWELVE_TERM, Semester.ht(2021), 100);

  @Test
  void termsOfTheFirstTwelveTermCohort() {
    // facts.md § 4.1: first intake HT 2021 (term 1); term 12 in VT 2027.
    assertEquals(OptionalInt.empty(), FIRST.termIn(Semester.vt(2021)));
    assertEquals(OptionalInt.of(1), FIRST.termIn(Semester.ht(2021)));
    assertEquals(OptionalInt.of(2), FIRST.termIn(Semester.vt(2022)));
    assertEquals(OptionalInt.of(12), FIRST.termIn(Semester.vt(2027)));
    assertEquals(OptionalInt.empty(), FIRST.termIn(Semester.ht(2027)));
    assertEquals(Semester.vt(2027), FIRST.lastSemester());
  }

  @Test
  void fullYearStudentsPerCalendarYear() {
    // 2021: HT only, 1 term: 100 × 1 / 2 = 50 HST.
    assertEquals(FullYearStudents.of(50), FIRST.fullYearStudentsIn(Year.of(2021)));
    // 2022: VT and HT, 2 terms: 100 × 2 / 2 = 100 HST.
    assertEquals(FullYearStudents.of(100), FIRST.fullYearStudentsIn(Year.of(2022)));
    // 2027: VT only (term 12): 50 HST. 2020 and 2028: 0.
    assertEquals(FullYearStudents.of(50), FIRST.fullYearStudentsIn(Year.of(2027)));
    assertEquals(FullYearStudents.ZERO, FIRST.fullYearStudentsIn(Year.of(2020)));
    assertEquals(FullYearStudents.ZERO, FIRST.fullYearStudentsIn(Year.of(2028)));
    // A cohort of 17 in one term: 17 / 2 HST (the first LiU cohort in Kalmar, facts.md § 4.2).
    assertEquals(FullYearStudents.of(Ratio.of(17, 2)),
        Cohort.of(TWELVE_TERM, Semester.ht(2024), 17).fullYearStudentsIn(Year.of(2024)));
  }

  @Test
  void rejectsBadCohorts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cohort.of(TWELVE_TERM, Semester.ht(2021), -3));
    assertEquals("size of cohort HT 2021 must be >= 0, was -3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Cohort.of(TWELVE_TERM, Semester.vt(2021), 10));
    assertEquals("intake VT 2021 of the 12-term medical programme (360 hp) must not be before "
        + "its first intake HT 2021", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Cohort.of(ELEVEN_TERM, Semester.ht(2021), 10));
    assertEquals("intake HT 2021 of the 11-term medical programme (330 hp) must not be after "
        + "its last intake VT 2021", e.getMessage());
    // The 12 terms of an intake after VT 9994 would run past HT 9999, the last semester
    // modelled: VT 9994 + 11 terms = HT 9999.
    assertEquals(Semester.ht(9999), Cohort.of(TWELVE_TERM, Semester.vt(9994), 1).lastSemester());
    e = assertThrows(IllegalArgumentException.class,
        () -> Cohort.of(TWELVE_TERM, Semester.ht(9994), 10));
    assertEquals("intake HT 9994 of the 12-term medical programme (360 hp) must not be after "
        + "VT 9994: its 12 terms would end after the year 9999", e.getMessage());
  }

  @Test
  void theLastElevenTermCohort() {
    // Läkartidningen (lakartidningen.se/?p=303047): the VT 2021 cohort is the last on 330 hp.
    // By hand: VT21 (1), HT21 (2), VT22 (3), HT22 (4), VT23 (5), HT23 (6), VT24 (7), HT24 (8),
    // VT25 (9), HT25 (10), VT26 (11): term 11 in VT 2026, before the December 2029 limit
    // (facts.md § 4.1).
    Cohort last = Cohort.of(ELEVEN_TERM, Semester.vt(2021), 100);
    assertEquals(Semester.vt(2026), last.lastSemester());
    // 2021: VT (term 1) and HT (term 2): 100 × 2 / 2 = 100 HST. 2026: VT (11) only: 50 HST.
    assertEquals(FullYearStudents.of(100), last.fullYearStudentsIn(Year.of(2021)));
    assertEquals(FullYearStudents.of(50), last.fullYearStudentsIn(Year.of(2026)));
    assertEquals(FullYearStudents.ZERO, last.fullYearStudentsIn(Year.of(2027)));
  }

  @Test
  void inAtMostOneTermPerSemesterAndOneTermAfterAnother() {
    qt().forAll(integers().between(2021, 2200), integers().between(0, 1),
            integers().between(-30, 30))
        .check((year, season, offset) -> {
          Semester intake = Semester.of(Season.values()[season], year);
          Cohort c = Cohort.of(TWELVE_TERM, intake.plusTerms(1), 10);
          Semester s = intake.plusTerms(offset);
          OptionalInt now = c.termIn(s);
          OptionalInt next = c.termIn(s.next());
          boolean inRange = !now.isPresent() || now.getAsInt() >= 1 && now.getAsInt() <= 12;
          boolean stepsByOne = !now.isPresent() || !next.isPresent()
              || next.getAsInt() == now.getAsInt() + 1;
          return inRange && stepsByOne;
        });
  }

  @Test
  void fullYearStudentsOverAllYearsAreSizeTimesTermsOverTwo() {
    qt().forAll(integers().between(2021, 2100), integers().between(0, 1),
            integers().between(0, 100_000))
        .assuming((year, season, size) -> year > 2021 || season == 1)
        .check((year, season, size) -> {
          Cohort c = Cohort.of(TWELVE_TERM, Semester.of(Season.values()[season], year), size);
          FullYearStudents total = FullYearStudents.ZERO;
          int semesters = 0;
          for (int y = year; y <= year + 7; y++) {
            total = total.plus(c.fullYearStudentsIn(Year.of(y)));
            semesters += c.termIn(Semester.vt(y)).isPresent() ? 1 : 0;
            semesters += c.termIn(Semester.ht(y)).isPresent() ? 1 : 0;
          }
          return semesters == 12 && total.equals(FullYearStudents.ofStudentTerms(size, 12));
        });
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FIRST, Cohort.of(TWELVE_TERM, Semester.parse("HT 2021"), 100))
        .addEqualityGroup(Cohort.of(TWELVE_TERM, Semester.ht(2021), 99))
        .addEqualityGroup(Cohort.of(TWELVE_TERM, Semester.vt(2022), 100))
        .addEqualityGroup(Cohort.of(ELEVEN_TERM, Semester.vt(2021), 100))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(FIRST);
  }
}
