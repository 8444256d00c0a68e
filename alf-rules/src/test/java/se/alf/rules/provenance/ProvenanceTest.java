package se.alf.rules.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Allocation;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Setting;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

class ProvenanceTest {

  /** A read of {@code id} over [from, until) (until 0: open-ended). */
  private static ParameterRead read(String id, int from, int until, Basis basis) {
    LocalDate start = LocalDate.of(from, 1, 1);
    Setting<Ratio> one = Setting.of(Ratio.ONE, basis);
    Citation c = Citation.of("test", "1");
    return ParameterRead.of(Key.of(id, Ratio.class, "test"), until == 0
        ? DatedValue.from(start, one, c)
        : DatedValue.between(start, LocalDate.of(until, 1, 1), one, c), basis == Basis.INPUT);
  }

  @Test
  void countsEachValueOnceByBasis() {
    // Agreement + published count together (2); the repeated assumption once (a, then a again
    // over the same range) and the same id over another range apart: 2 assumptions; 1 input.
    Provenance p = Provenance.of(List.of(read("rate", 2015, 0, Basis.AGREEMENT),
        read("keys", 2015, 2016, Basis.PUBLISHED), read("a", 2016, 0, Basis.ASSUMPTION),
        read("a", 2016, 0, Basis.ASSUMPTION), read("a", 2015, 2016, Basis.ASSUMPTION),
        read("hst", 2027, 2028, Basis.INPUT)));
    assertEquals(new Provenance(2, 2, 1), p);
    assertEquals("Provenance: 2 agreement or published values, 2 assumptions, 1 your input",
        p.line());
    assertEquals("Provenance: 1 agreement or published value, 1 assumption, 0 your inputs",
        new Provenance(1, 1, 0).line());
  }

  @Test
  void anAllocationCountsWhatItsExplanationsRead() {
    Allocation a = RuleSets.byId("alf-2014").allocate(Scenarios.published(), Year.of(2024));
    Provenance p = Provenance.of(a);
    // Every assumption the allocation lists is one of the assumptions counted.
    assertEquals(a.assumptions().size(), p.assumptions());
    // Örebro's minimum alone: one assumption read.
    Provenance orebro = Provenance.of(a.region(AlfRegion.OREBRO).minimumStudents().explanation()
        .allReads());
    assertEquals(1, orebro.assumptions());
  }

  @Test
  void refusesNegativeCountsAndNulls() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Provenance(-1, 0, 0));
    assertEquals("provenance: counts must not be negative, got -1, 0, 0", e.getMessage());
    assertThrows(NullPointerException.class, () -> Provenance.of((Iterable<ParameterRead>) null));
  }

  @Test
  void nothingReadIsSaidInWords() {
    assertEquals("Provenance: no parameter or input read; the result rests on the rule sets' text"
        + " alone (each condition cites it)", new Provenance(0, 0, 0).line());
  }
}
