package se.alf.rules;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.spi.StandardRuleSet;
import se.alf.source.Citation;

/** Laws that hold for every appropriation, key and student count (QuickTheories). */
class AllocationProperties {

  private static final Citation GENERATED = Citation.of("test", "generated");

  /** A rule set like {@code base} with the research keys {@code keys} (one per ALF region). */
  private static RuleSet withKeys(RuleSet base, List<Integer> keys) {
    Parameters.Builder p = Parameters.builder();
    for (AlfRegion r : AlfRegion.values()) {
      p.putFrom(Keys.RESEARCH_KEY.of(r), Year.of(2015), Ratio.of(keys.get(r.ordinal())),
          Basis.INPUT, GENERATED);
    }
    return StandardRuleSet.builder().id(base.id() + "-generated").title("generated keys")
        .source(GENERATED).firstYear(base.firstYear()).baseline(base)
        .parameters(base.parameters().overriddenBy(p.build())).rules(base.rules()).build();
  }

  private static Scenario withAppropriation(long ore, Grade orebroPanel2) {
    Scenario graded = TestScenarios.withGrades(TestScenarios.clean(), AlfRegion.OREBRO,
        Grade.GOD_HOG, orebroPanel2, Grade.MYCKET_HOG);
    return graded.with("generated", Parameters.builder()
        .putFrom(Keys.RESEARCH_APPROPRIATION, Year.of(2015), Sek.ofOre(ore), Basis.INPUT,
            GENERATED).build());
  }

  @Test
  void moneyIsConservedToTheÖreAndNeverNegative() {
    qt().withExamples(10_000)
        .forAll(longs().between(0, 500_000_000_000L),
            lists().of(integers().between(1, 1000)).ofSize(AlfRegion.values().length),
            integers().between(2015, 2032),
            integers().between(0, 2))
        .checkAssert((ore, keys, year, grade) -> {
          Scenario s = withAppropriation(ore, Grade.values()[grade]);
          for (RuleSet base : RuleSets.all().values()) {
            // allocate() checks conservation itself (Allocation's @Value.Check) and would throw.
            Allocation a = withKeys(base, keys).allocate(s, Year.of(year));
            Sek research = Sek.ZERO;
            for (RegionAllocation r : a.regions().values()) {
              for (Line line : Line.values()) {
                if (r.value(line).signum() < 0) {
                  throw new AssertionError(line + " of " + r.region() + " is negative: " + r);
                }
              }
              research = research.plus(r.research());
            }
            if (!research.plus(a.returnedToState().value()).equals(Sek.ofOre(ore))) {
              throw new AssertionError("research " + research + " + returned "
                  + a.returnedToState().value() + " != appropriation " + Sek.ofOre(ore));
            }
          }
        });
  }

  @Test
  void moreFullYearStudentsNeverMeanLessEducationMoney() {
    // Örebro across 2025–2027 reaches min(actual, minimum), its 2026 alignment to what it trains
    // and the 12/11 growth; the minimum and the actual count vary independently.
    qt().withExamples(10_000)
        .forAll(integers().between(0, 3000), integers().between(0, 3000),
            integers().between(0, 3000), integers().between(2025, 2027))
        .checkAssert((minimum, fewer, more, year) -> {
          int low = Math.min(fewer, more);
          int high = Math.max(fewer, more);
          for (RuleSet rules : RuleSets.all().values()) {
            Sek lowMoney = education(rules, minimum, low, year);
            Sek highMoney = education(rules, minimum, high, year);
            if (highMoney.compareTo(lowMoney) < 0) {
              throw new AssertionError(rules.id() + " " + year + ", minimum " + minimum + ": "
                  + high + " HST get " + highMoney + " < " + low + " HST get " + lowMoney);
            }
          }
        });
  }

  @Test
  void sharesOutsideZeroToOneAreAlwaysRejected() {
    qt().forAll(integers().between(-1000, 1000), integers().between(1, 1000))
        .checkAssert((numerator, denominator) -> {
          Ratio share = Ratio.of(numerator, denominator);
          boolean valid = share.signum() >= 0 && share.compareTo(Ratio.ONE) <= 0;
          try {
            Parameters.builder().putFrom(Keys.QUALITY_AMOUNT_SHARE, Year.of(2026), share,
                Basis.INPUT, GENERATED);
            if (!valid) {
              throw new AssertionError("accepted the share " + share);
            }
          } catch (IllegalArgumentException e) {
            if (valid) {
              throw new AssertionError("rejected the share " + share + ": " + e.getMessage());
            }
          }
        });
  }

  private static Sek education(RuleSet rules, int minimum, int actual, int year) {
    Scenario s = TestScenarios.allGodHog().with("students", Parameters.builder()
        .putFrom(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2015),
            FullYearStudents.of(actual), Basis.INPUT, GENERATED)
        .putFrom(Keys.MINIMUM_HST.of(AlfRegion.OREBRO), Year.of(2015),
            FullYearStudents.of(minimum), Basis.INPUT, GENERATED).build());
    return rules.allocate(s, Year.of(year)).region(AlfRegion.OREBRO).education().value();
  }
}
