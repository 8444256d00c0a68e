package se.alf.rules.reform;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.Allocation;
import se.alf.rules.Keys;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/**
 * Money is conserved to the öre under the reforms, for generated appropriations (QuickTheories).
 */
class ReformConservationTest {

  private static final Citation GENERATED = Citation.of("test", "generated");

  @Test
  void moneyIsConservedToTheÖreUnderTheReforms() {
    RuleSet[] reforms = {Reforms.lakarforbundet(),
        VasterbottenResponse.withSupplement(Sek.ofKronor(12_345_678))};
    qt().withExamples(10_000)
        .forAll(longs().between(1, 500_000_000_000L), longs().between(1, 500_000_000_000L),
            integers().between(2015, 2032), longs().between(0, 100_000_000_00L))
        .checkAssert((before2027, from2027, year, supplement) -> {
          Scenario s = VasterbottenResponse.withSupplement(Scenarios.published()
              .with("generated", Parameters.builder()
                  .put(Keys.RESEARCH_APPROPRIATION, Year.of(2015).atDay(1),
                      Year.of(2027).atDay(1), Sek.ofOre(before2027), Basis.INPUT, GENERATED)
                  .putFrom(Keys.RESEARCH_APPROPRIATION, Year.of(2027), Sek.ofOre(from2027),
                      Basis.INPUT, GENERATED).build()), Sek.ofOre(supplement));
          for (RuleSet rules : new RuleSet[] {reforms[0], reforms[1], Reforms.vasterbotten()}) {
            // allocate() checks conservation itself (Allocation's @Value.Check).
            Allocation a = rules.allocate(s, Year.of(year));
            Sek research = Sek.ZERO;
            for (RegionAllocation r : a.regions().values()) {
              research = research.plus(r.research());
              if (r.total().isNegative()) {
                throw new AssertionError(rules.id() + " " + year + ": " + r.region() + " < 0");
              }
            }
            Sek appropriation = year < 2027 ? Sek.ofOre(before2027) : Sek.ofOre(from2027);
            if (!research.plus(a.returnedToState().value()).equals(appropriation)) {
              throw new AssertionError(rules.id() + " " + year + ": research " + research
                  + " + returned " + a.returnedToState().value() + " != " + appropriation);
            }
            boolean paid = year >= 2026 && rules != reforms[0];
            if (paid != a.region(AlfRegion.VASTERBOTTEN).supplement().value().signum() > 0
                && supplement > 0) {
              throw new AssertionError(rules.id() + " " + year + ": supplement "
                  + a.region(AlfRegion.VASTERBOTTEN).supplement().value());
            }
          }
        });
  }
}
