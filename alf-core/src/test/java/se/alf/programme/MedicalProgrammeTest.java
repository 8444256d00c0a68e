package se.alf.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.alf.programme.MedicalProgramme.ELEVEN_TERM;
import static se.alf.programme.MedicalProgramme.TWELVE_TERM;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;

class MedicalProgrammeTest {

  @Test
  void termsCreditsAndLicence() {
    // facts.md § 4.1: old 5.5 years (11 terms), new 6 years (12 terms), legitimation-granting;
    // SLF (grundutbildning): 330 hp and 360 hp.
    assertEquals(11, ELEVEN_TERM.terms());
    assertEquals(12, TWELVE_TERM.terms());
    assertEquals(330, ELEVEN_TERM.credits());
    assertEquals(360, TWELVE_TERM.credits());
    assertFalse(ELEVEN_TERM.grantsLicence());
    assertTrue(TWELVE_TERM.grantsLicence());
  }

  @Test
  void intakesAndLastGraduation() {
    // Seed 001_5fd3045e73aeef0c.txt, slide "Ny läkarutbildning": "start HT 2021".
    assertEquals(Semester.ht(2021), TWELVE_TERM.firstIntake());
    assertEquals(Optional.empty(), TWELVE_TERM.lastIntake());
    assertEquals(Optional.empty(), TWELVE_TERM.lastGraduation());
    // facts.md § 4.1 (oru.se 2020): old-rules students graduate by December 2029;
    // Läkartidningen (lakartidningen.se/?p=303047): the VT 2021 cohort is the last on 330 hp.
    assertEquals(Optional.of(YearMonth.of(2029, 12)), ELEVEN_TERM.lastGraduation());
    assertEquals(Optional.of(Semester.vt(2021)), ELEVEN_TERM.lastIntake());
    // The sources do not give the first intake of the 11-term programme: unknown, not invented.
    assertEquals(Optional.empty(), ELEVEN_TERM.knownFirstIntake());
    NotInSourcesException e = assertThrows(NotInSourcesException.class, ELEVEN_TERM::firstIntake);
    assertEquals("the first intake of the 11-term medical programme (330 hp) is not in the "
        + "sources; they give only its last intake, VT 2021", e.getMessage());
  }

  @Test
  void termTwelveIsFirstGivenInVt2027() {
    // Seed 000_13ed2d48ae91e5ee.txt § 6.1.2: "från och med 2027 i samband med att den tolfte
    // terminen på den nya 6-åriga läkarutbildningen ges för första gången"; facts.md § 4.1:
    // HT 2021 + 11 terms = VT 2027.
    assertEquals(Semester.vt(2027), TWELVE_TERM.firstSemesterOfTerm(12));
    assertEquals(Semester.ht(2021), TWELVE_TERM.firstSemesterOfTerm(1));
    // facts.md § 3.3 (SLF, 2024-07-02): the programme "had just finished term 6 of 12":
    // HT21 + 5 terms = VT 2024.
    assertEquals(Semester.vt(2024), TWELVE_TERM.firstSemesterOfTerm(6));
  }

  @Test
  void termOutsideTheProgrammeIsASpecificError() {
    NoSuchTermException e =
        assertThrows(NoSuchTermException.class, () -> TWELVE_TERM.firstSemesterOfTerm(13));
    assertEquals("term 13 is not a term of the 12-term medical programme (360 hp); "
        + "valid terms are 1..12", e.getMessage());
    assertEquals(13, e.term());
    assertEquals(12, e.terms());
    e = assertThrows(NoSuchTermException.class, () -> ELEVEN_TERM.firstSemesterOfTerm(12));
    assertEquals("term 12 is not a term of the 11-term medical programme (330 hp); "
        + "valid terms are 1..11", e.getMessage());
    assertThrows(NoSuchTermException.class, () -> TWELVE_TERM.firstSemesterOfTerm(0));
    assertThrows(NotInSourcesException.class, () -> ELEVEN_TERM.firstSemesterOfTerm(11));
  }

  @Test
  void termProfilesGiveTwelveEleventhsAndSixFifths() {
    // Seed 000_13ed2d48ae91e5ee.txt § 6.1.2: the total grows by "en elftedel" (12/11), but the
    // clinical load by "en femtedel" (6/5): five clinical terms become six.
    TermProfile eleven = ELEVEN_TERM.termProfile();
    TermProfile twelve = TWELVE_TERM.termProfile();
    assertEquals(Ratio.of(12, 11), Ratio.of(twelve.terms(), eleven.terms()));
    assertEquals(Ratio.of(6, 5), Ratio.of(twelve.count(TermKind.CLINICAL),
        eleven.count(TermKind.CLINICAL)));
    assertEquals(Ratio.of(1, 11), Ratio.of(twelve.terms(), eleven.terms()).minus(Ratio.ONE));
    assertEquals(Ratio.of(1, 5), Ratio.of(twelve.count(TermKind.CLINICAL),
        eleven.count(TermKind.CLINICAL)).minus(Ratio.ONE));
  }

  @Test
  void termProfilesAsTheSeedReadsThem() {
    // Seed 000 § 6.1.2: "de första fem terminerna ... prekliniska", "ytterligare en termin ...
    // vetenskapligt arbete", "bara fem terminer" clinical: 5 + 1 + 5 = 11.
    TermProfile eleven = ELEVEN_TERM.termProfile();
    assertEquals(11, eleven.terms());
    assertEquals(5, eleven.count(TermKind.PRECLINICAL));
    assertEquals(1, eleven.count(TermKind.DEGREE_PROJECT));
    assertEquals(5, eleven.count(TermKind.CLINICAL));
    // The seed's reading of the 12-term programme: the added term is clinical, 5 + 1 + 6 = 12.
    TermProfile twelve = TWELVE_TERM.termProfile();
    assertEquals(ELEVEN_TERM.terms(), eleven.terms());
    assertEquals(TWELVE_TERM.terms(), twelve.terms());
    assertEquals(6, twelve.count(TermKind.CLINICAL));
    assertEquals(Optional.of("000_13ed2d48ae91e5ee.txt"), twelve.citation().seedFile());
    for (int term = 1; term <= 12; term++) {
      assertEquals(term <= 5, twelve.isMainlyPreclinical(term), "term " + term);
    }
    // The position of the degree-project term is not in the source: unknown after term 5.
    assertEquals(Optional.of(TermKind.PRECLINICAL), twelve.kindOf(5));
    assertEquals(Optional.empty(), twelve.kindOf(6));
    assertEquals(Optional.empty(), twelve.kindOf(12));
    assertThrows(NoSuchTermException.class, () -> eleven.isMainlyPreclinical(12));
  }

  @Test
  void everyProgrammeIsCited() {
    for (MedicalProgramme p : MedicalProgramme.values()) {
      assertTrue(p.citation().url().isPresent() || p.citation().seedFile().isPresent(),
          p.toString());
      assertTrue(p.termProfile().citation().seedFile().isPresent(), p.toString());
    }
    assertEquals(Optional.of("001_5fd3045e73aeef0c.txt"), TWELVE_TERM.citation().seedFile());
  }
}
