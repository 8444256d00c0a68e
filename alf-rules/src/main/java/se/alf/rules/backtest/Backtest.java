package se.alf.rules.backtest;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.alf.money.Sek;
import se.alf.rules.Allocation;
import se.alf.rules.Horizon;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.provenance.Stamp;

/**
 * The model beside every published actual: a rule set run on a scenario for each year and scope
 * with a figure in {@link PublishedActuals}, with the difference (model − published), the
 * percentage of the published figure and the mean absolute error per measure. Actuals for years
 * the rule set does not cover are listed as skipped, never silently dropped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleSetId the rule set run
 * @param scenarioName the scenario it ran on
 * @param rows one per actual covered, in the data file's order
 * @param skipped the actuals outside the rule set's years
 * @param stamp what produced it: the version of alf, the rule set's id and a SHA-256 of the years
 *     run, every value the model read and the actuals compared with; its provenance counts the
 *     values the model read by basis (the actuals themselves are not counted)
 * @since 0.1
 */
public record Backtest(String ruleSetId, String scenarioName, ImmutableList<Row> rows,
    ImmutableList<PublishedActual> skipped, Stamp stamp) {

  /**
   * One comparison.
   *
   * @param actual the published figure with its source
   * @param model the model's figure for the same scope, year and measure
   * @param restsOnAssumptions whether the model's allocation of that year rests on an assumption
   */
  public record Row(PublishedActual actual, Sek model, boolean restsOnAssumptions) {

    /** {@return model − published} */
    public Sek difference() {
      return model.minus(actual.amount());
    }

    /** {@return (model − published) ÷ published × 100, to one decimal (half even)} */
    public BigDecimal percentage() {
      return BigDecimal.valueOf(difference().ore()).multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(actual.amount().ore()), 1, RoundingMode.HALF_EVEN);
    }
  }

  /**
   * Runs {@code ruleSet} on {@code scenario} against every published actual.
   *
   * @param ruleSet the rule set to run
   * @param scenario the scenario that supplies its inputs
   * @return the backtest, one row per published actual
   * @throws NullPointerException if an argument is null
   */
  public static Backtest run(RuleSet ruleSet, Scenario scenario) {
    return run(ruleSet, scenario, PublishedActuals.all());
  }

  /** Runs against the given actuals (for tests of other data). */
  static Backtest run(RuleSet ruleSet, Scenario scenario, List<PublishedActual> actuals) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(scenario, "scenario");
    Map<Year, Allocation> byYear = new LinkedHashMap<>();
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    ImmutableList.Builder<PublishedActual> skipped = ImmutableList.builder();
    List<ParameterRead> reads = new ArrayList<>();
    Stamp.Builder stamp = Stamp.builder().ruleSet(ruleSet.id());
    for (PublishedActual p : actuals) {
      if (p.year().isBefore(ruleSet.firstYear()) || p.year().getValue() > Horizon.LAST) {
        skipped.add(p);
        continue;
      }
      Allocation a = byYear.computeIfAbsent(p.year(), y -> {
        Allocation al = ruleSet.allocate(scenario, y);
        Provenance.reads(al).forEach(reads::add);
        stamp.year(y);
        return al;
      });
      stamp.input("published-actual", p.scope(), p.year(), p.measure().id(), p.amount());
      Sek model = p.region().map(r -> p.measure().region(a.region(r)))
          .orElseGet(() -> p.measure().national(a));
      rows.add(new Row(p, model, !a.assumptions().isEmpty()));
    }
    return new Backtest(ruleSet.id(), scenario.name(), rows.build(), skipped.build(),
        stamp.reads(reads).build());
  }

  /** {@return the values the model read, by basis: {@code stamp().provenance()}} */
  public Provenance provenance() {
    return stamp.provenance();
  }

  /** {@return the measures that have at least one row, in {@link Measure} order} */
  public ImmutableList<Measure> measures() {
    return ImmutableList.copyOf(java.util.Arrays.stream(Measure.values())
        .filter(m -> rows.stream().anyMatch(r -> r.actual().measure() == m)).toList());
  }

  /**
   * {@return the mean of |model − published| over the rows of {@code measure}, to the öre (half
   * even), or empty when there is none}
   *
   * @param measure what was paid, e.g. education ALF
   */
  public Optional<Sek> meanAbsoluteError(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    List<Row> of = rows.stream().filter(r -> r.actual().measure() == measure).toList();
    if (of.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : of) {
      sum = sum.add(BigDecimal.valueOf(Math.abs(r.difference().ore())));
    }
    return Optional.of(Sek.ofOre(sum.divide(BigDecimal.valueOf(of.size()), 0,
        RoundingMode.HALF_EVEN).longValueExact()));
  }

  /**
   * {@return the mean of |model − published| ÷ published × 100 over the rows of {@code measure},
   * to one decimal, or empty when there is none}
   *
   * @param measure what was paid, e.g. education ALF
   */
  public Optional<BigDecimal> meanAbsolutePercentage(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    List<Row> of = rows.stream().filter(r -> r.actual().measure() == measure).toList();
    if (of.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : of) {
      sum = sum.add(BigDecimal.valueOf(Math.abs(r.difference().ore())).multiply(
          BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(r.actual().amount().ore()), 10,
          RoundingMode.HALF_EVEN));
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(of.size()), 1, RoundingMode.HALF_EVEN));
  }
}
