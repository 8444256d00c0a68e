package se.alf.rules.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.Year;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Keys;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.provenance.Stamp;
import se.alf.rules.report.Table;

/**
 * Which assumption or input moves a region's line most (känslighetsanalys): every dated value on
 * an assumption or the caller's input that the result reads (in the scenario or in a rule set's
 * own parameters, region keys included) varied over a range, the line recomputed through a
 * {@link Sweep}, and the inputs ranked by their swing, largest first: the table behind a tornado
 * chart.
 *
 * <pre>{@code
 * Sensitivity s = Sensitivity.of(RuleSets.alf2014()).line(Line.EDUCATION)
 *     .over(Scenarios.published(), Year.of(2024), AlfRegion.OREBRO);
 * s.rows().get(0).swing();          // the largest effect, exact to the öre
 * Sensitivity d = Sensitivity.of(RuleSets.alf2014(), RuleSets.proposal2024())
 *     .over(Scenarios.published(), Year.of(2027), AlfRegion.OREBRO);   // on pm-2024 − alf-2014
 * }</pre>
 *
 * <p>The ranges: amounts, counts of full-year students, whole numbers and ratios that are not
 * shares ± {@link Builder#relativeChange} (default 10 %); shares 0 to 1; years one year either
 * side; booleans, enums and grades every value. No value a key refuses is tried: an end it
 * refuses is clipped, and the row says so. A scenario's value is varied in the scenario; a rule
 * set's own value (e.g. {@code research.key[orebro]} of {@code alf-2014}) through a reform of
 * the rule set. A scenario's value that every rule set replaces with its own is
 * {@link SensitivityRow.Status#OVERRIDDEN}, named with the rule set and its citation. A swing of
 * one öre is the rounding of a split to the öre, {@link SensitivityRow.Status#ROUNDING}, not an
 * effect.
 *
 * <p>Immutable and thread-safe, as is its {@link Builder}.
 *
 * @since 0.1
 */
public final class Sensitivity {

  private final ImmutableList<String> ruleSetIds;
  private final String scenarioName;
  private final Year year;
  private final AlfRegion region;
  private final Line line;
  private final Sek base;
  private final Ratio relativeChange;
  private final ImmutableList<SensitivityRow> rows;
  private final Stamp stamp;

  Sensitivity(ImmutableList<String> ruleSetIds, String scenarioName, Year year, AlfRegion region,
      Line line, Sek base, Ratio relativeChange, ImmutableList<SensitivityRow> rows,
      Stamp stamp) {
    this.ruleSetIds = ruleSetIds;
    this.scenarioName = scenarioName;
    this.year = year;
    this.region = region;
    this.line = line;
    this.base = base;
    this.relativeChange = relativeChange;
    this.rows = rows;
    this.stamp = stamp;
  }

  /**
   * {@return a builder of the sensitivity of a line under {@code ruleSet}}
   *
   * @param ruleSet the rule set
   */
  public static Builder of(RuleSet ruleSet) {
    return new Builder(ImmutableList.of(Objects.requireNonNull(ruleSet, "ruleSet")));
  }

  /**
   * {@return a builder of the sensitivity of the difference {@code right − left} of a line}
   *
   * @param left the rule set subtracted
   * @param right the rule set subtracted from
   */
  public static Builder of(RuleSet left, RuleSet right) {
    return new Builder(ImmutableList.of(Objects.requireNonNull(left, "left"),
        Objects.requireNonNull(right, "right")));
  }

  /** {@return the rule set ids: one, or left and right (the line is right − left)} */
  public ImmutableList<String> ruleSetIds() {
    return ruleSetIds;
  }

  /** {@return whether the line is the difference between two rule sets} */
  public boolean isDifference() {
    return ruleSetIds.size() == 2;
  }

  /** {@return the scenario's name} */
  public String scenarioName() {
    return scenarioName;
  }

  /** {@return the year} */
  public Year year() {
    return year;
  }

  /** {@return the region whose line is analysed} */
  public AlfRegion region() {
    return region;
  }

  /** {@return the money line analysed} */
  public Line line() {
    return line;
  }

  /** {@return the line with every input at its value (right − left for a difference)} */
  public Sek base() {
    return base;
  }

  /**
   * {@return the relative change amounts, counts and ratios that are not shares were varied by,
   * either way (e.g. 1/10 for ±10 %), unless a range was given for the key}
   */
  public Ratio relativeChange() {
    return relativeChange;
  }

  /**
   * {@return what produced this analysis: the version of alf, the rule set ids (left, then right),
   * and a SHA-256 of the year, the region, the line, the ranges, every value the unvaried
   * allocations read and every value varied, with the provenance score ({@link Stamp})}
   */
  public Stamp stamp() {
    return stamp;
  }

  /** {@return every input varied, largest swing first (then by key id and dates)} */
  public ImmutableList<SensitivityRow> rows() {
    return rows;
  }

  /** {@return the rows whose input moves the line by more than one öre ({@code AFFECTS})} */
  public ImmutableList<SensitivityRow> affecting() {
    return rows.stream().filter(r -> r.status() == SensitivityRow.Status.AFFECTS)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return what the line is, in words: e.g. {@code "Örebro, total, 2024 (alf-2014)"}} */
  public String subject() {
    return subject(ruleSetIds, year, region, line);
  }

  static String subject(List<String> ruleSetIds, Year year, AlfRegion region, Line line) {
    String rules = ruleSetIds.size() == 2 ? ruleSetIds.get(1) + " − " + ruleSetIds.get(0)
        : ruleSetIds.get(0);
    return region.displayName() + ", " + SensitivityTable.lineName(line) + ", " + year + " ("
        + rules + ")";
  }

  /**
   * {@return the rows as a table (render it with {@link Table#text()}, {@link Table#csv()} or
   * {@link Table#markdown()}): input, basis, what was tried ({@link SensitivityRow.Tried}), base,
   * low, high, line at low and at high, swing, status and reason}
   */
  public Table table() {
    return SensitivityTable.of(this);
  }

  /**
   * Returns e.g. {@code "Sensitivity of Örebro, total, 2024 (alf-2014): 49 inputs, 15 move it"}.
   */
  @Override
  public String toString() {
    return "Sensitivity of " + subject() + ": " + rows.size() + " inputs, " + affecting().size()
        + " move it";
  }

  /**
   * What to analyse: the rule sets, the line, the ranges, the bases of the values varied and the
   * threads. Each method returns a new builder; {@link #over} computes.
   */
  public static final class Builder {
    private final ImmutableList<RuleSet> ruleSets;
    private final Line line;
    private final Ratio relative;
    private final ImmutableMap<String, ImmutableList<Object>> ranges;
    private final ImmutableList<Basis> bases;
    private final int threads;

    private Builder(ImmutableList<RuleSet> ruleSets) {
      this(ruleSets, Line.TOTAL, Ratio.of(1, 10), ImmutableMap.of(),
          ImmutableList.of(Basis.ASSUMPTION, Basis.INPUT), 1);
    }

    private Builder(ImmutableList<RuleSet> ruleSets, Line line, Ratio relative,
        ImmutableMap<String, ImmutableList<Object>> ranges, ImmutableList<Basis> bases,
        int threads) {
      this.ruleSets = ruleSets;
      this.line = line;
      this.relative = relative;
      this.ranges = ranges;
      this.bases = bases;
      this.threads = threads;
    }

    /**
     * {@return this analysis of {@code line} (default {@link Line#TOTAL})}
     *
     * @param line a money line
     * @throws IllegalArgumentException if {@code line} counts full-year students
     */
    public Builder line(Line line) {
      return new Builder(ruleSets, Sweep.requireMoney(line), relative, ranges, bases, threads);
    }

    /**
     * {@return this analysis with amounts and counts varied ± {@code relative} (default 1/10)}
     *
     * @param relative the relative change, more than 0 and at most 1
     * @throws IllegalArgumentException if {@code relative} is not in (0, 1]
     */
    public Builder relativeChange(Ratio relative) {
      checkArgument(relative.signum() > 0 && relative.compareTo(Ratio.ONE) <= 0,
          "relativeChange must be more than 0 and at most 1, was %s", relative);
      return new Builder(ruleSets, line, relative, ranges, bases, threads);
    }

    /**
     * {@return this analysis with {@code key} varied from {@code low} to {@code high} instead of
     * its default range}
     *
     * @param <T> the type of the key's values
     * @param key the key, e.g. {@code Keys.RESEARCH_KEY.of(AlfRegion.OREBRO)}
     * @param low the low end
     * @param high the high end
     * @throws IllegalArgumentException if the key (or its one definition in {@link
     *     Keys#catalogue()}) refuses either value, naming the key, the rule and the value
     */
    public <T> Builder range(Key<T> key, T low, T high) {
      Objects.requireNonNull(key, "key");
      Key<?> defined = Keys.catalogue().getOrDefault(key.id(), key);
      for (Object v : List.of(key.cast(low), key.cast(high))) {
        defined.cast(v);
      }
      Map<String, ImmutableList<Object>> copy = new LinkedHashMap<>(ranges);
      copy.put(key.id(), ImmutableList.of(low, high));
      return new Builder(ruleSets, line, relative, ImmutableMap.copyOf(copy), bases, threads);
    }

    /**
     * {@return this analysis varying the values on {@code bases} (default: assumptions and the
     * caller's inputs; add {@link Basis#PUBLISHED} to vary published figures too)}
     *
     * @param bases at least one basis
     * @throws IllegalArgumentException if there is none
     */
    public Builder bases(Basis... bases) {
      checkArgument(bases.length > 0, "bases must name at least one basis");
      return new Builder(ruleSets, line, relative, ranges,
          ImmutableList.copyOf(EnumSet.copyOf(List.of(bases))), threads);
    }

    /**
     * {@return this analysis recomputing on {@code threads} threads (see {@link Sweep#threads})}
     *
     * @param threads 1 to 256
     */
    public Builder threads(int threads) {
      return new Builder(ruleSets, line, relative, ranges, bases, Sweep.checkThreads(threads));
    }

    /** {@return this analysis on as many threads as the machine has processors} */
    public Builder parallel() {
      return threads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@return the ranked inputs of {@code region}'s line in {@code year} with {@code scenario}}
     *
     * @param scenario the scenario
     * @param year the year
     * @param region the ALF region
     * @throws se.alf.rules.MissingInputException if a rule set cannot evaluate the scenario as it
     *     is (before anything is varied)
     * @throws se.alf.rules.YearOutsideRuleSetException if {@code year} is outside a rule set
     */
    public Sensitivity over(Scenario scenario, Year year, AlfRegion region) {
      return SensitivityEngine.run(this, Objects.requireNonNull(scenario, "scenario"),
          Objects.requireNonNull(year, "year"), Objects.requireNonNull(region, "region"));
    }

    ImmutableList<RuleSet> chosenRuleSets() {
      return ruleSets;
    }

    Line chosenLine() {
      return line;
    }

    Ratio chosenRelative() {
      return relative;
    }

    ImmutableMap<String, ImmutableList<Object>> chosenRanges() {
      return ranges;
    }

    Set<Basis> chosenBases() {
      return Sets.immutableEnumSet(bases);
    }

    int chosenThreads() {
      return threads;
    }
  }
}
