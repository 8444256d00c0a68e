package se.alf.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SemesterTest {

  private static final Gen<Semester> SEMESTERS = integers().between(1000, 9000)
      .zip(integers().between(0, 1), (y, s) -> Semester.of(Season.values()[s], y));

  @Test
  void parsesTheWaysPeopleWriteIt() {
    assertEquals(Semester.vt(2027), Semester.parse("VT 2027"));
    assertEquals(Semester.ht(2021), Semester.parse("HT2021"));
    assertEquals(Semester.vt(2027), Semester.parse("vt 2027"));
    assertEquals(Semester.ht(2021), Semester.parse("  ht 2021 "));
    assertEquals("VT 2027", Semester.vt(2027).toString());
    assertEquals(Season.HT, Semester.ht(2021).season());
    assertEquals(Year.of(2021), Semester.ht(2021).year());
  }

  @Test
  void rejectsTextThatIsNoSemester() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Semester.parse("ST 2027"));
    assertEquals("semester must be VT or HT followed by a year, like \"VT 2027\", was \"ST 2027\"",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Semester.parse("VT"));
    assertThrows(IllegalArgumentException.class, () -> Semester.parse("VT 20270"));
    // Issue 7, 1.2: digits are ASCII only (U+0660 is an Arabic-Indic zero)
    assertThrows(IllegalArgumentException.class, () -> Semester.parse("VT 2\u066027"));
    assertThrows(IllegalArgumentException.class,
        () -> Semester.parse("VT \uff12\uff10\uff12\uff17"));
    // a text longer than 32 characters is refused before it is matched
    assertEquals("semester 'VT 2027         …' (1000007 characters) is too long: a semester is"
        + " written in at most 32 characters, like \"VT 2027\"", assertThrows(
            IllegalArgumentException.class,
            () -> Semester.parse("VT 2027" + " ".repeat(1_000_000))).getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Semester.vt(0));
    assertEquals("year of semester VT must be in 1..9999, was 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Semester.ht(9999).next());
  }

  @Test
  void vtComesBeforeHtAndHtIsFollowedByTheNextYearsVt() {
    assertEquals(Semester.vt(2022), Semester.ht(2021).next());
    assertEquals(Semester.ht(2022), Semester.vt(2022).next());
    assertTrue(Semester.vt(2021).compareTo(Semester.ht(2021)) < 0);
    assertTrue(Semester.ht(2021).compareTo(Semester.vt(2022)) < 0);
    assertTrue(Semester.ht(2021).isBefore(Semester.vt(2027)));
    assertTrue(Semester.vt(2027).isAfter(Semester.ht(2021)));
  }

  @Test
  void twelfthTermOfTheHt2021CohortIsVt2027() {
    // facts.md § 4.1: counting HT 2021 as term 1, term 12 is VT 2027. By hand: HT21 (1), VT22 (2),
    // HT22 (3), VT23 (4), HT23 (5), VT24 (6), HT24 (7), VT25 (8), HT25 (9), VT26 (10), HT26 (11),
    // VT27 (12): 11 terms after HT 2021.
    assertEquals(Semester.vt(2027), Semester.ht(2021).plusTerms(11));
    assertEquals(11, Semester.ht(2021).termsUntil(Semester.vt(2027)));
    assertEquals(-11, Semester.vt(2027).termsUntil(Semester.ht(2021)));
    assertEquals(Semester.ht(2021), Semester.vt(2027).plusTerms(-11));
  }

  @Test
  void plusTermsAndTermsUntilRoundTrip() {
    qt().forAll(SEMESTERS, integers().between(-1000, 1000)).check((s, n) ->
        s.termsUntil(s.plusTerms(n)) == n && s.plusTerms(n).plusTerms(-n).equals(s));
  }

  @Test
  void orderAgreesWithTermsUntil() {
    qt().forAll(SEMESTERS, SEMESTERS).check((a, b) ->
        Integer.signum(a.compareTo(b)) == -Integer.signum(a.termsUntil(b))
            && a.termsUntil(b) == -b.termsUntil(a));
  }

  @Test
  void parsesWhatItPrints() {
    qt().forAll(SEMESTERS).check(s -> Semester.parse(s.toString()).equals(s));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Semester.vt(2027), Semester.parse("VT 2027"), Semester.ht(2026).next())
        .addEqualityGroup(Semester.ht(2027))
        .addEqualityGroup(Semester.vt(2028))
        .testEquals();
    NullPointerTester npt = new NullPointerTester().setDefault(Year.class, Year.of(2027));
    npt.testAllPublicStaticMethods(Semester.class);
    npt.testAllPublicInstanceMethods(Semester.vt(2027));
  }
}
