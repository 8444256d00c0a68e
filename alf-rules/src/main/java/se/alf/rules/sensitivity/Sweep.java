package se.alf.rules.sensitivity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntFunction;
import se.alf.party.AlfRegion;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;

/**
 * Evaluates many scenarios against one or more rule sets for one year, keeping per scenario and
 * rule set only the amounts of the chosen regions and money lines ({@link SweepResult}): the
 * engine under a sensitivity analysis, a Monte Carlo run or a grid of what-ifs.
 *
 * <pre>{@code
 * SweepResult r = Sweep.of(Year.of(2027), RuleSets.alf2014(), RuleSets.proposal2024())
 *     .regions(AlfRegion.OREBRO).lines(Line.EDUCATION, Line.TOTAL).parallel()
 *     .run(10_000, i -> published.with("s" + i, changes(i)));
 * r.amount(17, 1, AlfRegion.OREBRO, Line.TOTAL);   // scenario 17 under pm-2024
 * }</pre>
 *
 * <p>Each rule set allocates each scenario once, reading totals only (no explanation is built).
 * A scenario a rule set cannot evaluate (a missing input, a value its rules refuse) does not stop
 * the sweep: the result records the failure for that scenario and rule set, and asking for its
 * amounts throws. Parallel runs ({@link #parallel()}) write each scenario's amounts to its own
 * place, so the result is the same as a sequential run's, in the order of the scenarios.
 *
 * <p>A sweep is an immutable configuration: each method returns a new one; it is thread-safe
 * and may run many times. Scenarios made by a generator are made on the thread that evaluates
 * them and are not kept, so a sweep of 10⁵ scenarios holds only their amounts.
 *
 * @since 0.1
 */
public final class Sweep {

  /** Scenarios a worker takes at a time before it splits the rest. */
  private static final int CHUNK = 64;

  private final ImmutableList<RuleSet> ruleSets;
  private final Year year;
  private final ImmutableList<AlfRegion> regions;
  private final ImmutableList<Line> lines;
  private final int threads;

  private Sweep(ImmutableList<RuleSet> ruleSets, Year year, ImmutableList<AlfRegion> regions,
      ImmutableList<Line> lines, int threads) {
    this.ruleSets = ruleSets;
    this.year = year;
    this.regions = regions;
    this.lines = lines;
    this.threads = threads;
  }

  /**
   * {@return a sweep over {@code ruleSets} in {@code year}, keeping every ALF region's
   * {@link Line#TOTAL}, on one thread}
   *
   * @param year the year every scenario is allocated in
   * @param ruleSets the rule sets, at least one; results are indexed in this order
   * @throws IllegalArgumentException if there is none
   */
  public static Sweep of(Year year, RuleSet... ruleSets) {
    return of(year, List.of(ruleSets));
  }

  /**
   * {@return a sweep over {@code ruleSets} in {@code year}; see {@link #of(Year, RuleSet...)}}
   *
   * @param year the year every scenario is allocated in
   * @param ruleSets the rule sets, at least one; results are indexed in this order
   * @throws IllegalArgumentException if there is none
   */
  public static Sweep of(Year year, List<RuleSet> ruleSets) {
    ImmutableList<RuleSet> list = ImmutableList.copyOf(ruleSets);
    checkArgument(!list.isEmpty(), "a sweep needs at least one rule set");
    return new Sweep(list, Objects.requireNonNull(year, "year"),
        ImmutableList.copyOf(AlfRegion.values()), ImmutableList.of(Line.TOTAL), 1);
  }

  /**
   * {@return this sweep for {@code year}}
   *
   * @param year the year every scenario is allocated in
   */
  public Sweep year(Year year) {
    return new Sweep(ruleSets, Objects.requireNonNull(year, "year"), regions, lines, threads);
  }

  /**
   * {@return this sweep keeping the amounts of {@code regions} only, in the order of
   * {@link AlfRegion}}
   *
   * @param regions the regions, at least one
   * @throws IllegalArgumentException if there is none
   */
  public Sweep regions(AlfRegion... regions) {
    checkArgument(regions.length > 0, "a sweep needs at least one region");
    return new Sweep(ruleSets, year, ImmutableList.copyOf(EnumSet.copyOf(List.of(regions))),
        lines, threads);
  }

  /**
   * {@return this sweep keeping the money lines {@code lines} only, in the order of {@link Line}}
   *
   * @param lines money lines: {@code EDUCATION}, {@code RESEARCH_BASE}, {@code RESEARCH_QUALITY},
   *     {@code SUPPLEMENT} or {@code TOTAL}; at least one
   * @throws IllegalArgumentException if there is none, or one counts full-year students
   */
  public Sweep lines(Line... lines) {
    checkArgument(lines.length > 0, "a sweep needs at least one line");
    for (Line l : lines) {
      requireMoney(l);
    }
    return new Sweep(ruleSets, year, regions, ImmutableList.copyOf(EnumSet.copyOf(List.of(lines))),
        threads);
  }

  /**
   * {@return {@code line}, if it is a money line}
   *
   * @param line the line
   * @throws IllegalArgumentException if {@code line} counts full-year students
   */
  static Line requireMoney(Line line) {
    Objects.requireNonNull(line, "line");
    checkArgument(!line.isStudents(), "line %s counts full-year students, not kronor; a sweep"
        + " and a sensitivity analysis take a money line: EDUCATION, RESEARCH_BASE,"
        + " RESEARCH_QUALITY, SUPPLEMENT or TOTAL", line);
    return line;
  }

  /** {@return this sweep on as many threads as the machine has processors} */
  public Sweep parallel() {
    return threads(Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@return this sweep on {@code threads} threads (1: on the caller's thread)}
   *
   * @param threads the number of threads, 1 to 256
   * @throws IllegalArgumentException if {@code threads} is outside 1–256
   */
  public Sweep threads(int threads) {
    return new Sweep(ruleSets, year, regions, lines, checkThreads(threads));
  }

  /** Returns {@code threads}, if it is from 1 to 256. */
  static int checkThreads(int threads) {
    checkArgument(threads >= 1 && threads <= 256, "threads must be from 1 to 256, was %s",
        threads);
    return threads;
  }

  /** {@return the rule sets, in the order of the results} */
  public ImmutableList<RuleSet> ruleSets() {
    return ruleSets;
  }

  /** {@return the number of threads a run uses} */
  public int threadCount() {
    return threads;
  }

  /**
   * {@return the amounts of every scenario of {@code scenarios} under every rule set}
   *
   * @param scenarios the scenarios; results are indexed in this order
   */
  public SweepResult run(List<Scenario> scenarios) {
    ImmutableList<Scenario> list = ImmutableList.copyOf(scenarios);
    return run(list.size(), list::get);
  }

  /**
   * {@return the amounts of {@code count} scenarios, scenario {@code i} made by {@code
   * scenarioAt.apply(i)}, under every rule set} The generator may be called on any of the sweep's
   * threads, once per index; it must be thread-safe if the sweep is parallel. An exception it
   * throws is recorded as the failure of that scenario under every rule set.
   *
   * @param count how many scenarios, not negative
   * @param scenarioAt makes the scenario of an index
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public SweepResult run(int count, IntFunction<Scenario> scenarioAt) {
    checkArgument(count >= 0, "count must be >= 0, was %s", count);
    Objects.requireNonNull(scenarioAt, "scenarioAt");
    SweepResult.Writer out = new SweepResult.Writer(this, count);
    if (threads == 1 || count <= CHUNK) {
      evaluate(0, count, scenarioAt, out);
    } else {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        pool.invoke(new Part(0, count, scenarioAt, out));
      } finally {
        pool.shutdown();
      }
    }
    return out.result();
  }

  /** The scenarios {@code [from, to)}, split until a part is one chunk. */
  private final class Part extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final int from;
    private final int to;
    private final transient IntFunction<Scenario> scenarioAt;
    private final transient SweepResult.Writer out;

    Part(int from, int to, IntFunction<Scenario> scenarioAt, SweepResult.Writer out) {
      this.from = from;
      this.to = to;
      this.scenarioAt = scenarioAt;
      this.out = out;
    }

    @Override
    protected void compute() {
      if (to - from <= CHUNK) {
        evaluate(from, to, scenarioAt, out);
        return;
      }
      int middle = (from + to) >>> 1;
      invokeAll(new Part(from, middle, scenarioAt, out), new Part(middle, to, scenarioAt, out));
    }
  }

  private void evaluate(int from, int to, IntFunction<Scenario> scenarioAt,
      SweepResult.Writer out) {
    for (int s = from; s < to; s++) {
      Scenario scenario;
      try {
        scenario = Objects.requireNonNull(scenarioAt.apply(s), "scenario");
      } catch (RuntimeException e) {
        for (int r = 0; r < ruleSets.size(); r++) {
          out.fail(s, r, "#" + s, "the scenario could not be made: " + describe(e));
        }
        continue;
      }
      for (int r = 0; r < ruleSets.size(); r++) {
        try {
          Allocation a = ruleSets.get(r).allocate(scenario, year);
          for (int g = 0; g < regions.size(); g++) {
            RegionAllocation ra = a.region(regions.get(g));
            for (int l = 0; l < lines.size(); l++) {
              out.put(s, r, g, l, ra.amount(lines.get(l)).ore());
            }
          }
          out.name(s, scenario.name());
        } catch (RuntimeException e) {
          out.fail(s, r, scenario.name(), describe(e));
        }
      }
    }
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** This sweep over {@code others} instead of its rule sets, on one thread. */
  Sweep withRuleSets(List<RuleSet> others) {
    return new Sweep(ImmutableList.copyOf(others), year, regions, lines, 1);
  }

  Year allocatedYear() {
    return year;
  }

  ImmutableList<AlfRegion> keptRegions() {
    return regions;
  }

  ImmutableList<Line> keptLines() {
    return lines;
  }

  /**
   * Returns e.g. {@code "Sweep of [alf-2014, pm-2024] in 2027: 7 regions × [TOTAL], 2 threads"}.
   */
  @Override
  public String toString() {
    return "Sweep of " + ruleSets.stream().map(RuleSet::id).toList() + " in " + year + ": "
        + count(regions.size(), "region") + " × " + lines + ", " + count(threads, "thread");
  }

  /** Returns e.g. {@code "1 region"}, {@code "7 regions"}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
