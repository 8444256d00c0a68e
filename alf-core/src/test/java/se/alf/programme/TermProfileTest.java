package se.alf.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.source.Citation;

class TermProfileTest {

  private static TermProfile.Builder profile(int pre, int project, int clinical) {
    return TermProfile.builder().name("test programme").preclinicalTerms(pre)
        .degreeProjectTerms(project).clinicalTerms(clinical).citation(Citation.of("test", "1"));
  }

  @Test
  void kindOfLaterTermsIsKnownOnlyWhenTheyAreAllOneKind() {
    TermProfile noProject = profile(2, 0, 3).build();
    assertEquals(Optional.of(TermKind.CLINICAL), noProject.kindOf(3));
    TermProfile noClinical = profile(2, 1, 0).build();
    assertEquals(Optional.of(TermKind.DEGREE_PROJECT), noClinical.kindOf(3));
  }

  @Test
  void rejectsBadCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> profile(-1, 1, 5).build());
    assertEquals("PRECLINICAL terms of test programme must be >= 0, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> profile(0, 0, 0).build());
    assertEquals("terms of test programme must be >= 1, was 0", e.getMessage());
    NoSuchTermException t = assertThrows(NoSuchTermException.class,
        () -> profile(1, 1, 1).build().isMainlyPreclinical(4));
    assertEquals("term 4 is not a term of test programme; valid terms are 1..3", t.getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(profile(5, 1, 5).build(), profile(5, 1, 5).build())
        .addEqualityGroup(profile(5, 1, 6).build())
        .addEqualityGroup(MedicalProgramme.ELEVEN_TERM.termProfile())
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(profile(5, 1, 5).build());
  }
}
