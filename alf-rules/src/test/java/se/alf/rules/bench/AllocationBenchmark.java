package se.alf.rules.bench;

import java.time.Year;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.alf.money.Sek;
import se.alf.rules.Allocation;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Comparison;
import se.alf.rules.reform.VasterbottenResponse;

/**
 * How long one year's allocation takes under each rule set, and a seven-year comparison. Read the
 * results as ratios to {@link #allocate2014()}: absolute times depend on the machine. Not a unit
 * test; run it with the {@code bench} profile (see the README, "Performance").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllocationBenchmark {

  private final RuleSet current = RuleSets.alf2014();
  private final RuleSet proposal = RuleSets.proposal2024();
  private final RuleSet vasterbotten = RuleSets.byId(VasterbottenResponse.ID);
  private final Scenario published = VasterbottenResponse.withSupplement(Scenarios.published(),
      Sek.ofKronor(10_000_000));

  @Benchmark
  public Allocation allocate2014() {
    return current.allocate(published, Year.of(2027));
  }

  @Benchmark
  public Allocation allocateProposal() {
    return proposal.allocate(published, Year.of(2027));
  }

  @Benchmark
  public Allocation allocateVasterbotten() {
    return vasterbotten.allocate(published, Year.of(2027));
  }

  @Benchmark
  public Comparison compare2014WithProposalOverSevenYears() {
    return Comparison.of(current, proposal).over(published, Year.of(2024), Year.of(2030));
  }
}
