package se.alf.rules.sensitivity;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;

/**
 * What a {@link Sweep} computed: for each scenario (in the order given) and rule set (in the
 * sweep's order), the amount of each chosen region's chosen money lines, in öre, or why the rule
 * set could not evaluate the scenario.
 *
 * <p>The amounts are held in one {@code long} array, scenario-major: scenario, rule set, region,
 * line. Two results are equal when they cover the same rule sets, year, regions and lines and
 * hold the same amounts, names and failures, so a parallel sweep can be checked against a
 * sequential one with {@code equals}.
 *
 * <p>Immutable and thread-safe: the arrays are filled before the result is published and never
 * handed out.
 *
 * @since 0.1
 */
public final class SweepResult {

  private final ImmutableList<String> ruleSetIds;
  private final Year year;
  private final ImmutableList<AlfRegion> regions;
  private final ImmutableList<Line> lines;
  private final int scenarios;
  private final long[] ore;
  private final String[] names;
  private final @Nullable String[] failures;

  private SweepResult(Writer w) {
    this.ruleSetIds = w.sweep.ruleSets().stream().map(RuleSet::id)
        .collect(ImmutableList.toImmutableList());
    this.year = w.sweep.allocatedYear();
    this.regions = w.sweep.keptRegions();
    this.lines = w.sweep.keptLines();
    this.scenarios = w.scenarios;
    this.ore = w.ore;
    this.names = w.names;
    this.failures = w.failures;
  }

  /** {@return the number of scenarios} */
  public int scenarioCount() {
    return scenarios;
  }

  /** {@return the ids of the rule sets, in the order of their indices} */
  public ImmutableList<String> ruleSetIds() {
    return ruleSetIds;
  }

  /** {@return the year allocated} */
  public Year year() {
    return year;
  }

  /** {@return the regions kept, in the order of {@link AlfRegion}} */
  public ImmutableList<AlfRegion> regions() {
    return regions;
  }

  /** {@return the money lines kept, in the order of {@link Line}} */
  public ImmutableList<Line> lines() {
    return lines;
  }

  /**
   * {@return the name of scenario {@code scenario} ({@code "#i"} if it could not be made)}
   *
   * @param scenario the scenario's index
   */
  public String scenarioName(int scenario) {
    checkElementIndex(scenario, scenarios, "scenario");
    return names[scenario];
  }

  /**
   * {@return why rule set {@code ruleSet} could not evaluate scenario {@code scenario}, or empty
   * if it could}
   *
   * @param scenario the scenario's index
   * @param ruleSet the rule set's index
   */
  public Optional<String> failure(int scenario, int ruleSet) {
    return Optional.ofNullable(failures[cell(scenario, ruleSet)]);
  }

  /** {@return how many pairs of a scenario and a rule set failed} */
  public int failureCount() {
    int n = 0;
    for (String f : failures) {
      n += f == null ? 0 : 1;
    }
    return n;
  }

  /**
   * {@return the amount of {@code line} of {@code region} in scenario {@code scenario} under rule
   * set {@code ruleSet}, in öre}
   *
   * @param scenario the scenario's index
   * @param ruleSet the rule set's index
   * @param region a region the sweep kept
   * @param line a line the sweep kept
   * @throws IllegalStateException if the rule set could not evaluate the scenario, saying why
   * @throws IllegalArgumentException if the sweep did not keep {@code region} or {@code line}
   */
  public long ore(int scenario, int ruleSet, AlfRegion region, Line line) {
    int base = evaluated(scenario, ruleSet);
    return ore[base + index(regions, region, "region") * lines.size()
        + index(lines, line, "line")];
  }

  /**
   * {@return {@link #ore(int, int, AlfRegion, Line)} as an amount}
   *
   * @param scenario the scenario's index
   * @param ruleSet the rule set's index
   * @param region a region the sweep kept
   * @param line a line the sweep kept
   */
  public Sek amount(int scenario, int ruleSet, AlfRegion region, Line line) {
    return Sek.ofOre(ore(scenario, ruleSet, region, line));
  }

  /**
   * {@return a copy of the amounts of scenario {@code scenario} under rule set {@code ruleSet}, in
   * öre: region by region ({@link #regions()}), each with its lines ({@link #lines()})}
   *
   * @param scenario the scenario's index
   * @param ruleSet the rule set's index
   * @throws IllegalStateException if the rule set could not evaluate the scenario, saying why
   */
  public long[] ore(int scenario, int ruleSet) {
    int base = evaluated(scenario, ruleSet);
    return Arrays.copyOfRange(ore, base, base + regions.size() * lines.size());
  }

  private int evaluated(int scenario, int ruleSet) {
    int cell = cell(scenario, ruleSet);
    String failure = failures[cell];
    if (failure != null) {
      throw new IllegalStateException("scenario #" + scenario + " (" + names[scenario]
          + ") under rule set " + ruleSetIds.get(ruleSet) + " has no amounts: " + failure);
    }
    return cell * regions.size() * lines.size();
  }

  private int cell(int scenario, int ruleSet) {
    checkElementIndex(scenario, scenarios, "scenario");
    checkElementIndex(ruleSet, ruleSetIds.size(), "ruleSet");
    return scenario * ruleSetIds.size() + ruleSet;
  }

  private static <E> int index(ImmutableList<E> kept, E e, String what) {
    int i = kept.indexOf(Objects.requireNonNull(e, what));
    if (i < 0) {
      throw new IllegalArgumentException(what + " " + e + " is not in the sweep, which kept "
          + kept);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SweepResult other && other.ruleSetIds.equals(ruleSetIds)
        && other.year.equals(year) && other.regions.equals(regions)
        && other.lines.equals(lines) && Arrays.equals(other.ore, ore)
        && Arrays.equals(other.names, names) && Arrays.equals(other.failures, failures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleSetIds, year, Arrays.hashCode(ore), Arrays.hashCode(failures));
  }

  /**
   * Returns e.g. {@code "SweepResult [alf-2014] 2024: 1000 scenarios, 7 regions × [TOTAL], 0
   * failures"} ({@code "1 scenario"}, {@code "1 region"}, {@code "1 failure"} for one).
   */
  @Override
  public String toString() {
    return "SweepResult " + ruleSetIds + " " + year + ": " + Sweep.count(scenarios, "scenario")
        + ", " + Sweep.count(regions.size(), "region") + " × " + lines + ", "
        + Sweep.count(failureCount(), "failure");
  }

  /** Where a sweep's workers put what they compute; each index is written by one thread. */
  static final class Writer {
    private final Sweep sweep;
    private final int scenarios;
    private final int perCell;
    private final long[] ore;
    private final String[] names;
    private final @Nullable String[] failures;

    Writer(Sweep sweep, int scenarios) {
      this.sweep = sweep;
      this.scenarios = scenarios;
      int cells = Math.multiplyExact(scenarios, sweep.ruleSets().size());
      this.perCell = sweep.keptRegions().size() * sweep.keptLines().size();
      this.ore = new long[Math.multiplyExact(cells, perCell)];
      this.names = new String[scenarios];
      this.failures = new String[cells];
    }

    void put(int scenario, int ruleSet, int region, int line, long value) {
      int cell = scenario * sweep.ruleSets().size() + ruleSet;
      ore[cell * perCell + region * sweep.keptLines().size() + line] = value;
    }

    void name(int scenario, String name) {
      names[scenario] = name;
    }

    void fail(int scenario, int ruleSet, String name, String why) {
      names[scenario] = name;
      failures[scenario * sweep.ruleSets().size() + ruleSet] = why;
    }

    /** Returns the result; the workers have finished (a join orders their writes before it). */
    SweepResult result() {
      return new SweepResult(this);
    }
  }
}
