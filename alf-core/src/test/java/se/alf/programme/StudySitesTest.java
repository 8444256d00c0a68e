package se.alf.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.alf.party.Region;
import se.alf.source.Citation;

class StudySitesTest {

  private static final ImmutableList<StudySite> LIU = StudySites.liuDecentralised();

  private static StudySite site(String name) {
    return LIU.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void studentsPerTermAtTheFourLiuSites() {
    // Seed 001_5fd3045e73aeef0c.txt, slide "Studenter i decentraliserad utbildning".
    assertEquals(4, LIU.size());
    assertEquals(34, site("Linköping–Motala–Västervik").studentsPerTerm());
    assertEquals(24, site("Norrköping").studentsPerTerm());
    assertEquals(30, site("Jönköping").studentsPerTerm());
    assertEquals(20, site("Kalmar").studentsPerTerm());
    // Seed 001: TOTAL 108 per term; by hand 34 + 20 + 24 + 30 = 108.
    assertEquals(108, StudySites.studentsPerTerm(LIU));
  }

  @Test
  void fiveHundredFortyOverTheFiveClinicalTerms() {
    // Seed 001: "Stud totalt" 170, 100, 120, 150; TOTAL 540. Each is per term × 5 (facts.md
    // § 4.2 [I]): 34×5 = 170, 20×5 = 100, 24×5 = 120, 30×5 = 150; 108×5 = 540. The 5 is the
    // clinical terms of the 11-term profile (seed 000 § 6.1.2).
    int clinicalTerms = MedicalProgramme.ELEVEN_TERM.termProfile().count(TermKind.CLINICAL);
    assertEquals(5, clinicalTerms);
    int total = 0;
    for (StudySite s : LIU) {
      assertEquals(OptionalInt.of((int) s.studentsOver(clinicalTerms)), s.studentsTotal(),
          s.name());
      total += s.studentsTotal().getAsInt();
    }
    assertEquals(540, total);
    assertEquals(540, StudySites.studentsPerTerm(LIU) * clinicalTerms);
  }

  @Test
  void regionsWhereClear() {
    assertEquals(Optional.of(Region.JONKOPING), site("Jönköping").region());
    assertEquals(Optional.of(Region.KALMAR), site("Kalmar").region());
    assertEquals(Optional.of(Region.OSTERGOTLAND), site("Norrköping").region());
    // Linköping and Motala are in Östergötland, Västervik in Kalmar län: not one region.
    assertEquals(Optional.empty(), site("Linköping–Motala–Västervik").region());
    for (StudySite s : LIU) {
      assertEquals(Optional.of("001_5fd3045e73aeef0c.txt"), s.citation().seedFile());
    }
  }

  @Test
  void rejectsBadSites() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StudySite.builder().name("X").studentsPerTerm(-1)
            .citation(Citation.of("test", "1")).build());
    assertEquals("students per term at X must be >= 0, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> site("Kalmar").studentsOver(-1));
    assertEquals("terms at Kalmar must be >= 0, was -1", e.getMessage());
    assertTrue(LIU.stream().allMatch(s -> s.studentsPerTerm() > 0));
  }

  @Test
  void invariantsAtTheirBoundaries() {
    // StudySite.check: a name must not be blank; students per term and total >= 0 (0 allowed:
    // a site may have no students in a term); a published share 0–100 % (both ends allowed).
    Citation c = Citation.of("test", "1");
    StudySite empty = StudySite.builder().name("Y").studentsPerTerm(0).studentsTotal(0)
        .publishedSharePercent(0).citation(c).build();
    assertEquals(0, empty.studentsPerTerm());
    assertEquals(0L, empty.studentsOver(0));
    assertEquals(OptionalInt.of(100), StudySite.builder().from(empty).publishedSharePercent(100)
        .build().publishedSharePercent());
    assertEquals("name of study site must not be blank", assertThrows(
        IllegalArgumentException.class, () -> StudySite.builder().from(empty).name(" ").build())
        .getMessage());
    assertEquals("published share at Y must be 0–100 %, was 101", assertThrows(
        IllegalArgumentException.class,
        () -> StudySite.builder().from(empty).publishedSharePercent(101).build()).getMessage());
    assertEquals("published share at Y must be 0–100 %, was -1", assertThrows(
        IllegalArgumentException.class,
        () -> StudySite.builder().from(empty).publishedSharePercent(-1).build()).getMessage());
    assertEquals("students total at Y must be >= 0, was -1", assertThrows(
        IllegalArgumentException.class,
        () -> StudySite.builder().from(empty).studentsTotal(-1).build()).getMessage());
  }

  @Test
  void equalsAndNulls() {
    StudySite kalmar = site("Kalmar");
    new EqualsTester()
        .addEqualityGroup(kalmar, StudySite.builder().from(kalmar).build())
        .addEqualityGroup(StudySite.builder().from(kalmar).studentsPerTerm(21).build())
        .addEqualityGroup(site("Jönköping"))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(kalmar);
  }

  @Test
  void publishedSharesAgreeWithTheCountsWithinRounding() {
    // Seed 001: 31 / 19 / 22 / 28 %. By hand: 34/108 = 31.5 %, 20/108 = 18.5 %, 24/108 = 22.2 %,
    // 30/108 = 27.8 %; each within half a percent of the published whole percent, and the
    // published shares sum to 100.
    int[] expected = {31, 19, 22, 28};
    int sum = 0;
    for (int i = 0; i < expected.length; i++) {
      se.alf.programme.StudySite site = StudySites.liuDecentralised().get(i);
      int published = site.publishedSharePercent().getAsInt();
      org.junit.jupiter.api.Assertions.assertEquals(expected[i], published, site.name());
      // |per term × 100 − share × 108| ≤ 108 / 2
      org.junit.jupiter.api.Assertions.assertTrue(
          Math.abs(site.studentsPerTerm() * 100L - published * 108L) <= 54, site.name());
      sum += published;
    }
    org.junit.jupiter.api.Assertions.assertEquals(100, sum);
  }
}
