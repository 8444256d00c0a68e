package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;

/** {@link Allocation#national} and {@link Allocation#nationalTotals}: the sums over the regions. */
class NationalTotalsTest {

  private final Allocation a = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2027));

  @Test
  void theResearchLinesSplitTheWholeAppropriation() {
    // ALF 2014 § 9: the appropriation R = 1 750 000 000,00 kr (the published scenario's
    // assumption) is split whole: the quality share 1/5 of it, 350 000 000,00 kr, by quality
    // weights, the rest, 1 400 000 000,00 kr, by keys; each split adds up to the öre.
    assertEquals(Sek.ofKronor(1_400_000_000L), a.national(Line.RESEARCH_BASE));
    assertEquals(Sek.ofKronor(350_000_000L), a.national(Line.RESEARCH_QUALITY));
    assertEquals(Sek.ZERO, a.national(Line.SUPPLEMENT));
  }

  @Test
  void everyMoneyLineHasASumAndTheTotalIsTheirSum() {
    assertEquals(ImmutableSet.of(Line.EDUCATION, Line.RESEARCH_BASE, Line.RESEARCH_QUALITY,
        Line.SUPPLEMENT, Line.TOTAL), a.nationalTotals().keySet());
    assertEquals(a.national(Line.EDUCATION).plus(a.national(Line.RESEARCH_BASE))
        .plus(a.national(Line.RESEARCH_QUALITY)).plus(a.national(Line.SUPPLEMENT)),
        a.national(Line.TOTAL));
    assertEquals(a.nationalTotals().get(Line.EDUCATION), a.educationTotal());
  }

  @Test
  void aStudentLineHasNoSumInKronor() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> a.national(Line.MINIMUM_STUDENTS));
    assertEquals("line MINIMUM_STUDENTS counts full-year students, not kronor; national(line)"
        + " takes a money line: EDUCATION, RESEARCH_BASE, RESEARCH_QUALITY, SUPPLEMENT or TOTAL",
        e.getMessage());
  }
}
