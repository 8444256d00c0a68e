package se.alf.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.alf.party.AlfRegion;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * What a rule sees while it runs: the rule set (its parameters and its other rules), the scenario
 * and the year. Created for one evaluation and confined to it; not shared between threads.
 *
 * <p>A value is read from the rule set's parameters first and from the scenario where the rule
 * set has none; where neither has one, {@link MissingInputException}.
 */
public final class RuleContext {

  private final RuleSet ruleSet;
  private final Scenario scenario;
  private final Year year;
  private final Map<String, Explained<?>> memo = new HashMap<>();

  RuleContext(RuleSet ruleSet, Scenario scenario, Year year) {
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.year = Objects.requireNonNull(year, "year");
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** Returns the year being evaluated. */
  public Year year() {
    return year;
  }

  /** Returns the rule of the rule set in slot {@code id}. */
  public <R> R rule(RuleId<R> id) {
    return ruleSet.rules().get(id);
  }

  /** Starts a step of an explanation, labelled and cited. */
  public Step step(String label, Citation citation) {
    return new Step(this, label, citation);
  }

  /**
   * Returns the result of the regional rule {@code id} for {@code region} in this context's year,
   * computed once per context.
   */
  @SuppressWarnings("unchecked") // memo entries are stored under their rule id and region
  public <T> Explained<T> regional(RuleId<RegionRule<T>> id, AlfRegion region) {
    String k = id.id() + "/" + region.name();
    Explained<?> cached = memo.get(k);
    if (cached == null) {
      cached = rule(id).apply(this, region);
      memo.put(k, cached);
    }
    return (Explained<T>) cached;
  }

  /** Returns the result of the national rule {@code id} in this context's year, computed once. */
  @SuppressWarnings("unchecked")
  public <T> Explained<T> national(RuleId<NationalRule<T>> id) {
    Explained<?> cached = memo.get(id.id());
    if (cached == null) {
      cached = rule(id).apply(this);
      memo.put(id.id(), cached);
    }
    return (Explained<T>) cached;
  }

  /** Returns a context like this one for {@code other} year (a rule may look back). */
  public RuleContext atYear(Year other) {
    return other.equals(year) ? this : new RuleContext(ruleSet, scenario, other);
  }

  <T> Read<T> read(Key<T> key, LocalDate date) {
    DatedValue<Setting<T>> v = ruleSet.parameters().find(key, date).orElse(null);
    boolean fromScenario = false;
    if (v == null) {
      v = scenario.inputs().find(key, date)
          .orElseThrow(() -> new MissingInputException(key, date, ruleSet.id(), scenario.name()));
      fromScenario = true;
    }
    ParameterRead record = ParameterRead.builder()
        .id(key.id())
        .value(Formats.text(v.value().value()))
        .range(v.rangeText())
        .basis(v.value().basis())
        .citation(v.citation())
        .fromScenario(fromScenario)
        .build();
    return new Read<>(v.value().value(), record);
  }

  static final class Read<T> {
    final T value;
    final ParameterRead record;

    Read(T value, ParameterRead record) {
      this.value = value;
      this.record = record;
    }
  }
}
