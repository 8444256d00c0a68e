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
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Setting;
import se.alf.rules.reform.Reform;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

class ProvenanceTest {

  /** A read of {@code id} over [from, until) (until 0: open-ended), of the value 1. */
  private static ParameterRead read(String id, int from, int until, Basis basis) {
    return read(id, from, until, basis, Ratio.ONE);
  }

  /** A read of {@code value} under {@code id} over [from, until) (until 0: open-ended). */
  private static ParameterRead read(String id, int from, int until, Basis basis, Ratio value) {
    LocalDate start = LocalDate.of(from, 1, 1);
    Setting<Ratio> one = Setting.of(value, basis);
    Citation c = Citation.of("test", "1");
    return ParameterRead.of(Key.of(id, Ratio.class, "test"), until == 0
        ? DatedValue.from(start, one, c)
        : DatedValue.between(start, LocalDate.of(until, 1, 1), one, c), basis == Basis.INPUT);
  }

  @Test
  void countsEachValueOnceByBasis() {
    // 1 agreement, 1 published; the repeated assumption once (a, then a again over the same
    // range) and the same id over another range apart: 2 assumptions; 1 input. Each apart, and
    // agreement + published together in the line (2).
    Provenance p = Provenance.of(List.of(read("rate", 2015, 0, Basis.AGREEMENT),
        read("keys", 2015, 2016, Basis.PUBLISHED), read("a", 2016, 0, Basis.ASSUMPTION),
        read("a", 2016, 0, Basis.ASSUMPTION), read("a", 2015, 2016, Basis.ASSUMPTION),
        read("hst", 2027, 2028, Basis.INPUT)));
    assertEquals(new Provenance(1, 1, 2, 1), p);
    assertEquals(2, p.agreementOrPublished());
    assertEquals(5, p.total());
    assertEquals("Provenance: 2 agreement or published values, 2 assumptions, 1 your input",
        p.line());
    assertEquals("Provenance: 1 agreement or published value, 1 assumption, 0 your inputs",
        new Provenance(1, 0, 1, 0).line());
    assertEquals("Provenance score: 5 values read: 1 agreement text, 1 published figure,"
        + " 2 assumptions, 1 your input", p.score());
    assertEquals("0 agreement text, 2 published figures, 1 assumption, 2 your inputs",
        new Provenance(0, 2, 1, 2).breakdown());
  }

  @Test
  void anotherValueOverTheSameRangeIsAnotherValue() {
    // Two sides of a comparison may read one key over one range with two values (a reform
    // changed it): two values, each counted.
    Provenance p = Provenance.of(List.of(read("a", 2016, 0, Basis.ASSUMPTION),
        read("a", 2016, 0, Basis.ASSUMPTION, Ratio.of(1, 2))));
    assertEquals(new Provenance(0, 0, 2, 0), p);
  }

  @Test
  void aRuleSetCountsItsOwnParametersByBasis() {
    // A reform of alf-2014 that sets the quality points of grade A (an assumption, one value
    // from 2015 on: 2) to 3 as the caller's input from 2015: the same number of values, one
    // assumption fewer and one input more.
    RuleSet alf2014 = RuleSets.alf2014();
    RuleSet mine = Reform.of(alf2014).id("mine").title("mine").citation(Citation.of("test", "1"))
        .set(Keys.POINTS_A, Year.of(2015), Ratio.of(3), Basis.INPUT,
            Citation.of("test", "2")).build();
    Provenance before = Provenance.of(alf2014);
    Provenance after = Provenance.of(mine);
    assertEquals(before.total(), after.total());
    assertEquals(before.assumptions() - 1, after.assumptions());
    assertEquals(before.inputs() + 1, after.inputs());
    // A rule set holds no caller's input of its own.
    assertEquals(0, before.inputs());
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
        () -> new Provenance(0, -1, 0, 0));
    assertEquals("provenance: counts must not be negative, got 0, -1, 0, 0", e.getMessage());
    assertThrows(NullPointerException.class, () -> Provenance.of((Iterable<ParameterRead>) null));
  }

  @Test
  void nothingReadIsSaidInWords() {
    assertEquals("Provenance: no parameter or input read; the result rests on the rule sets' text"
        + " alone (each condition cites it)", new Provenance(0, 0, 0, 0).line());
  }
}
