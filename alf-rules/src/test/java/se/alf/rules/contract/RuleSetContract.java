package se.alf.rules.contract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.rules.Allocation;
import se.alf.rules.explain.Explanation;
import se.alf.rules.Finding;
import se.alf.rules.Line;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.Severity;
import se.alf.rules.YearOutsideRuleSetException;
import se.alf.rules.reform.Reform;

/**
 * The contract every ALF rule set keeps, as a JUnit 5 test interface: implement it in one small
 * test class that supplies the rule set, and the default test methods check it.
 *
 * <pre>{@code
 * class MyReformTest implements RuleSetContract {
 *   @Override public RuleSet ruleSet() { return myReform; }
 * }
 * }</pre>
 *
 * <p>Each property runs on {@value Examples#PER_PROPERTY} generated cases (QuickTheories): a
 * failure prints {@code Seed was N}; replay it with {@code -DQT_SEED=N}. Each test names the
 * clause it checks ({@link Clause}), and the {@link CertificationSummary} prints, after the
 * class, the rule set's id, the library version, a hash of its parameters, each property with the
 * examples run and its outcome, and the clauses covered.
 */
@ExtendWith(CertificationSummary.class)
public interface RuleSetContract {

  /** The rule set under test. */
  RuleSet ruleSet();

  /**
   * The scenario the generated cases are laid over: by default {@link Scenarios#published()};
   * override it to add the inputs the rule set needs beyond those (e.g. a reform's own key).
   */
  default Scenario scenario() {
    return Scenarios.published();
  }

  @Test
  @DisplayName("money is conserved to the öre")
  @Clause({"ALF 2014 § 9", "PM U2024/01035 5.3.1", "PM U2024/01035 7.5.1",
      "PM U2024/01035 7.10"})
  default void moneyIsConservedToTheOre() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory().forAll(Generators.cases(rules))
        .checkAssert(c -> {
          Examples.ran();
          AlfAssertions.assertConserved(rules.allocate(c.applyTo(base), c.year()));
        });
  }

  @Test
  @DisplayName("no amount is negative")
  @Clause({"ALF 2014 § 9", "PM U2024/01035 6.1.1", "PM U2024/01035 7.10"})
  default void noAmountIsNegative() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory().forAll(Generators.cases(rules))
        .checkAssert(c -> {
          Examples.ran();
          AlfAssertions.assertNoNegativeAmount(rules.allocate(c.applyTo(base), c.year()));
        });
  }

  @Test
  @DisplayName("education money never falls when full-year students rise")
  @Clause({"ALF 2014 education compensation", "PM U2024/01035 6.1.1", "PM U2024/01035 6.1.2",
      "PM U2024/01035 6.2.1"})
  default void educationMoneyNeverFallsWhenStudentsRise() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory()
        .forAll(Generators.cases(rules), Generators.region(), integers().between(0, 1000))
        .checkAssert((c, region, more) -> {
          Examples.ran();
          FullYearStudents before = c.students().get(region);
          GeneratedCase higher = c.withStudents(region,
              FullYearStudents.of(before.value().plus(se.alf.number.Ratio.of(more))));
          Sek low = rules.allocate(c.applyTo(base), c.year()).region(region).education().value();
          Sek high = rules.allocate(higher.applyTo(base), c.year()).region(region).education()
              .value();
          if (high.compareTo(low) < 0) {
            throw new AssertionError(rules.id() + " " + c.year() + ": " + region + " with "
                + more + " more full-year students gets " + high.format() + " < "
                + low.format());
          }
        });
  }

  @Test
  @DisplayName("a region graded lower never gets more quality money than graded higher")
  @Clause({"ALF 2014 § 9", "PM U2024/01035 7.9.2", "PM U2024/01035 7.10"})
  default void lowerGradesNeverGetMoreQualityMoney() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory()
        .forAll(Generators.cases(rules), Generators.region(),
            lists().of(Generators.grade()).ofSize(3))
        .checkAssert((c, region, other) -> {
          Examples.ran();
          // Panel by panel, the better of the two grades (A is the best, MYCKET_HOG first).
          List<Grade> worse = c.grades().get(region);
          List<Grade> better = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            better.add(worse.get(i).ordinal() <= other.get(i).ordinal() ? worse.get(i)
                : other.get(i));
          }
          Sek low = rules.allocate(c.applyTo(base), c.year()).region(region).researchQuality()
              .value();
          Sek high = rules.allocate(c.withGrades(region, better).applyTo(base), c.year())
              .region(region).researchQuality().value();
          if (low.compareTo(high) > 0) {
            throw new AssertionError(rules.id() + " " + c.year() + ": " + region + " graded "
                + worse + " gets " + low.format() + " quality money, more than "
                + high.format() + " graded " + better);
          }
        });
  }

  @Test
  @DisplayName("an identity reform equals its baseline")
  @Clause({"alf: Reform (a reform is a function of its baseline)"})
  default void identityReformEqualsBaseline() {
    RuleSet rules = ruleSet();
    RuleSet identity = Reform.of(rules).id(rules.id() + "-identity").title("no change")
        .citation(GeneratedCase.GENERATED).build();
    Scenario base = scenario();
    Examples.theory().forAll(Generators.cases(rules))
        .checkAssert(c -> {
          Examples.ran();
          Scenario s = c.applyTo(base);
          Allocation expected = rules.allocate(s, c.year());
          Allocation actual = identity.allocate(s, c.year());
          for (AlfRegion r : AlfRegion.values()) {
            for (Line line : Line.values()) {
              if (!expected.region(r).value(line).equals(actual.region(r).value(line))) {
                throw new AssertionError(identity.id() + " " + c.year() + ": " + line + " of "
                    + r + " is " + actual.region(r).value(line) + ", its baseline "
                    + rules.id() + " gives " + expected.region(r).value(line));
              }
            }
          }
          AlfAssertions.assertWithinOre("returned to the state",
              expected.returnedToState().value(), actual.returnedToState().value());
          AlfAssertions.assertWithinOre("redistributed", expected.redistributed().value(),
              actual.redistributed().value());
        });
  }

  @Test
  @DisplayName("same input, same output (explanations included)")
  @Clause({"alf: RuleSet (every method is a pure function of its inputs)"})
  default void sameInputSameOutput() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory().forAll(Generators.cases(rules))
        .checkAssert(c -> {
          Examples.ran();
          // Two scenarios built apart from each other, equal in value.
          Allocation first = rules.allocate(c.applyTo(base), c.year());
          Allocation second = rules.allocate(c.applyTo(base), c.year());
          if (!first.equals(second)) {
            throw new AssertionError(rules.id() + " " + c.year() + ": two runs differ:\n"
                + first + "\n" + second);
          }
        });
  }

  /**
   * The API has no list of regions: a scenario holds one value per key (a region's key is a key
   * of its own), so the order only exists as the order in which a caller puts them. This test puts
   * them in a random order and checks that the results are equal.
   */
  @Test
  @DisplayName("the order in which regions are given does not matter")
  @Clause({"alf: Scenario (inputs by key, in no order)"})
  default void regionOrderDoesNotMatter() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory()
        .forAll(Generators.cases(rules), Generators.regionOrders())
        .checkAssert((c, order) -> {
          Examples.ran();
          Allocation inOrder = rules.allocate(c.applyTo(base), c.year());
          Allocation shuffled = rules.allocate(c.applyTo(base, order), c.year());
          if (!inOrder.equals(shuffled)) {
            throw new AssertionError(rules.id() + " " + c.year() + ": regions given in the"
                + " order " + order + " change the result");
          }
        });
  }

  @Test
  @DisplayName("a year outside the rule set gets its own exception")
  @Clause({"alf: RuleSet.allocate (YearOutsideRuleSetException)"})
  default void yearOutsideGetsItsOwnException() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory().forAll(Generators.yearsOutside(rules))
        .checkAssert(year -> {
          Examples.ran();
          try {
            rules.allocate(base, year);
            throw new AssertionError(rules.id() + " allocated the year " + year
                + ", outside it (from " + rules.firstYear() + ")");
          } catch (YearOutsideRuleSetException e) {
            if (!e.year().equals(year) || !e.ruleSetId().equals(rules.id())) {
              throw new AssertionError("the exception names " + e.ruleSetId() + " "
                  + e.year() + ", not " + rules.id() + " " + year, e);
            }
          }
        });
  }

  @Test
  @DisplayName("every computed value has a citation")
  @Clause({"alf: Explanation (every value cited)"})
  default void everyComputedValueHasACitation() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory().forAll(Generators.cases(rules))
        .checkAssert(c -> {
          Examples.ran();
          Allocation a = rules.allocate(c.applyTo(base), c.year());
          for (RegionAllocation r : a.regions().values()) {
            for (Line line : Line.values()) {
              if (line != Line.TOTAL) {
                checkCited(rules.id() + " " + c.year() + " " + r.region() + " " + line,
                    r.explanation(line));
              }
            }
          }
          checkCited(rules.id() + " returned", a.returnedToState().explanation());
          checkCited(rules.id() + " redistributed", a.redistributed().explanation());
        });
  }

  @Test
  @DisplayName("no validate error on the published scenario")
  @Clause({"alf: RuleSet.validate"})
  default void noValidateErrorOnThePublishedScenario() {
    RuleSet rules = ruleSet();
    Scenario base = scenario();
    Examples.theory().forAll(Generators.years(rules))
        .checkAssert(year -> {
          Examples.ran();
          ImmutableList<Finding> errors = rules.validate(base, year).stream()
              .filter(f -> f.severity() == Severity.ERROR).collect(ImmutableList.toImmutableList());
          if (!errors.isEmpty()) {
            throw new AssertionError(rules.id() + " " + year + ": " + errors.get(0).render());
          }
        });
  }

  /**
   * Checks that the computed value {@code e} is cited: it names a citation itself, or each value
   * it rests on (each step and each parameter read) is cited, down to the leaves.
   */
  private static void checkCited(String where, Explanation e) {
    for (ParameterRead read : e.reads()) {
      if (read.citation().render().isBlank()) {
        throw new AssertionError(where + ": " + read.id() + " has no citation");
      }
    }
    if (e.citation().isPresent()) {
      return;
    }
    if (e.steps().isEmpty() && e.reads().isEmpty()) {
      throw new AssertionError(where + ": '" + e.label() + "' = " + e.value()
          + " has no citation and rests on nothing cited");
    }
    for (Explanation step : e.steps()) {
      checkCited(where, step);
    }
  }
}
