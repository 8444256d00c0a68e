package se.alf.rules.bench;

import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
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
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProjects;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Comparison;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;
import se.alf.rules.reform.VasterbottenResponse;

/**
 * How long one year's allocation takes under each rule set, against a hand-written floor
 * ({@link Floor}), and what rendering explanations, a 21-year run and a seven-year comparison
 * cost. Read the results as ratios: absolute times depend on the machine. Not a unit test; run it
 * with the {@code bench} profile (see the README, "Performance").
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
  private final Floor floor = new Floor();
  /** alf-2014's allocation of 2027, whose values {@link #resultObjectsOnly} copies. */
  private final Allocation computed = current.allocate(published, Year.of(2027));
  private static final Explanation LEAF = Explanation.builder().label("computed before").build();
  /** alf-2014's seven explanations of 2027, rendered once, for {@link #renderedTextCopied}. */
  private final String[] renderedTexts = texts(current.allocate(published, Year.of(2027)));
  private final int renderedLength = java.util.Arrays.stream(renderedTexts)
      .mapToInt(String::length).sum();

  private static String[] texts(Allocation a) {
    return java.util.Arrays.stream(AlfRegion.values()).map(r -> a.region(r).explain().render())
        .toArray(String[]::new);
  }

  /** The floor: the same arithmetic for seven regions, by hand in long öre. */
  @Benchmark
  public long[] floor() {
    return floor.allocate();
  }

  /** (a) An allocation read for its totals only. */
  @Benchmark
  public Sek allocate2014() {
    return current.allocate(published, Year.of(2027)).national(Line.TOTAL);
  }

  /**
   * A floor under (a) for alf's result type: no rule runs; the allocation's objects are built from
   * alf-2014's 2027 values, computed beforehand, each with one shared explanation, and read for
   * the national total, as {@link #allocate2014} does.
   */
  @Benchmark
  public Sek resultObjectsOnly() {
    ImmutableMap.Builder<AlfRegion, RegionAllocation> regions = ImmutableMap.builder();
    for (AlfRegion r : AlfRegion.values()) {
      RegionAllocation x = computed.region(r);
      regions.put(r, RegionAllocation.builder().region(r).year(computed.year())
          .minimumStudents(Explained.of(x.minimumStudents().value(), LEAF))
          .compensatedStudents(Explained.of(x.compensatedStudents().value(), LEAF))
          .education(Explained.of(x.education().value(), LEAF))
          .researchBase(Explained.of(x.researchBase().value(), LEAF))
          .researchQuality(Explained.of(x.researchQuality().value(), LEAF))
          .supplement(Explained.of(x.supplement().value(), LEAF))
          .build());
    }
    return Allocation.builder().ruleSetId(computed.ruleSetId())
        .scenarioName(computed.scenarioName()).year(computed.year())
        .regions(regions.buildOrThrow())
        .researchAppropriation(Explained.of(computed.researchAppropriation().value(), LEAF))
        .returnedToState(Explained.of(computed.returnedToState().value(), LEAF))
        .redistributed(Explained.of(computed.redistributed().value(), LEAF))
        .build().national(Line.TOTAL);
  }

  /** (a) An allocation read for its totals only. */
  @Benchmark
  public Sek allocateProposal() {
    return proposal.allocate(published, Year.of(2027)).national(Line.TOTAL);
  }

  @Benchmark
  public Sek allocateVasterbotten() {
    return vasterbotten.allocate(published, Year.of(2027)).national(Line.TOTAL);
  }

  /** (b) The same allocation with every region's explanation rendered. */
  @Benchmark
  public int allocate2014Explained() {
    return rendered(current.allocate(published, Year.of(2027)));
  }

  /** (b) The same allocation with every region's explanation rendered. */
  @Benchmark
  public int allocateProposalExplained() {
    return rendered(proposal.allocate(published, Year.of(2027)));
  }

  /**
   * (b) read as "explanations available": the same allocation with every region's explanation
   * tree built (recorded on first use), none rendered as text.
   */
  @Benchmark
  public int allocate2014ExplanationsBuilt() {
    return built(current.allocate(published, Year.of(2027)));
  }

  /** (b) read as "explanations available", as {@link #allocate2014ExplanationsBuilt}. */
  @Benchmark
  public int allocateProposalExplanationsBuilt() {
    return built(proposal.allocate(published, Year.of(2027)));
  }

  /**
   * A floor under (b): copying the text of alf-2014's seven rendered explanations, made once
   * beforehand, into one new string; no rendering can produce that text in less.
   */
  @Benchmark
  public int renderedTextCopied() {
    StringBuilder b = new StringBuilder(renderedLength);
    for (String text : renderedTexts) {
      b.append(text);
    }
    return b.toString().length();
  }

  /** Builds every region's explanation tree, none rendered: the number of steps beneath them. */
  private static int built(Allocation a) {
    return eachRegion(a, e -> e.steps().size());
  }

  /** Renders every region's explanation: the characters of the text. */
  private static int rendered(Allocation a) {
    return eachRegion(a, e -> e.render().length());
  }

  private static int eachRegion(Allocation a, ToIntFunction<Explanation> read) {
    int sum = 0;
    for (AlfRegion r : AlfRegion.values()) {
      sum += read.applyAsInt(a.region(r).explain());
    }
    return sum;
  }

  /** (c) Both main rule sets over 2015–2035: 42 allocations. */
  @Benchmark
  public long bothRuleSets2015To2035() {
    long ore = 0;
    for (int y = 2015; y <= 2035; y++) {
      ore += current.allocate(published, Year.of(y)).national(Line.TOTAL).ore();
      ore += proposal.allocate(published, Year.of(y)).national(Line.TOTAL).ore();
    }
    return ore;
  }

  /** (d) A comparison of two rule sets over seven years, with verdicts on the sample projects. */
  @Benchmark
  public Comparison compare2014WithProposalOverSevenYears() {
    return Comparison.of(current, proposal).withProjects(ResearchProjects.all())
        .over(published, Year.of(2024), Year.of(2030));
  }
}
