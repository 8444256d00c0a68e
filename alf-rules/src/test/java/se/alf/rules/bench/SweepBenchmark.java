package se.alf.rules.bench;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Keys;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.sensitivity.Sweep;
import se.alf.rules.sensitivity.SweepResult;
import se.alf.source.Citation;

/**
 * How a {@link Sweep}'s cost grows with the number of scenarios (10³, 10⁴, 10⁵: linear means the
 * same cost per scenario) and with threads (1 against 2). Each scenario is made by the sweep's
 * generator (the published scenario with Örebro's students and the research appropriation of
 * 2027 changed) and allocated under {@code pm-2024}, keeping every region's total. Read the
 * results as ratios; run it with the {@code bench} profile (see the README, "Performance").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {

  private static final Citation GENERATED = Citation.of("benchmark", "generated");
  private static final Scenario PUBLISHED = Scenarios.published();

  /** How many scenarios a sweep evaluates. */
  @Param({"1000", "10000", "100000"})
  public int scenarios;

  /** How many threads it uses. */
  @Param({"1", "2"})
  public int threads;

  private Sweep sweep;

  /** 1 000 scenarios made before the run, for {@link #sweepPrebuilt}. */
  private final List<Scenario> prebuilt = new ArrayList<>();

  /** Makes the sweep: {@code pm-2024}, 2027, every region's total. */
  @Setup
  public void setUp() {
    sweep = Sweep.of(Year.of(2027), RuleSets.proposal2024()).threads(threads);
    for (int i = 0; i < 1000; i++) {
      prebuilt.add(scenario(i));
    }
  }

  /** Scenario {@code i}: Örebro trains 700 + i mod 300, the appropriation grows by i kronor. */
  static Scenario scenario(int i) {
    return PUBLISHED.with("s" + i, Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2027),
            FullYearStudents.of(700 + i % 300), Basis.INPUT, GENERATED)
        .putYear(Keys.RESEARCH_APPROPRIATION, Year.of(2027),
            Sek.ofKronor(1_750_000_000L + i), Basis.INPUT, GENERATED).build());
  }

  /** One sweep of {@link #scenarios} scenarios on {@link #threads} threads. */
  @Benchmark
  public SweepResult sweep() {
    SweepResult r = sweep.run(scenarios, SweepBenchmark::scenario);
    if (r.failureCount() > 0) {
      throw new IllegalStateException(r.failureCount() + " scenarios failed");
    }
    return r;
  }

  /**
   * The same sweep over scenarios made before it (1 000, each used {@code scenarios / 1000}
   * times): what evaluating costs without making the scenarios.
   */
  @Benchmark
  public SweepResult sweepPrebuilt() {
    return sweep.run(scenarios, i -> prebuilt.get(i % 1000));
  }
}
