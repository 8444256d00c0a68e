package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.provenance.Stamp;

/**
 * More than two rule sets side by side on one scenario over a range of years (e.g. the 2014
 * agreement, the proposal and each consultation response): per region and year each rule set's
 * total, and the winners and losers per region against the first. Each other rule set is compared
 * with the first as a full {@link Comparison} ({@link #against(String)}), so every line, national
 * total, parameter and explanation is there too.
 *
 * <pre>{@code
 * MultiComparison m = MultiComparison.of(RuleSets.alf2014(), RuleSets.proposal2024(),
 *     Reforms.vasterbotten()).over(scenario, Year.of(2026), Year.of(2030));
 * m.totals(AlfRegion.OREBRO, Year.of(2027));   // [alf-2014's, pm-2024's, vasterbotten-2024's]
 * m.standings("vasterbotten-2024");            // regions by what they win, largest first
 * }</pre>
 *
 * <p>Each rule set is allocated once per year. This class is an immutable, thread-safe value.
 *
 * @since 0.1
 */
public final class MultiComparison {

  private final ImmutableList<RuleSet> ruleSets;
  private final ImmutableList<Comparison> comparisons;
  private final Supplier<Stamp> stamp = Suppliers.memoize(this::computeStamp);

  private MultiComparison(ImmutableList<RuleSet> ruleSets, ImmutableList<Comparison> comparisons) {
    this.ruleSets = ruleSets;
    this.comparisons = comparisons;
  }

  /**
   * Starts a comparison of {@code first} (e.g. the agreement in force) with {@code second} and
   * each of {@code more}; differences are each − first.
   *
   * @param first the rule set every other is compared with
   * @param second the second rule set
   * @param more further rule sets
   * @return the rule sets, to be run {@code over} a scenario
   * @throws IllegalArgumentException if two rule sets share an id
   */
  public static Among of(RuleSet first, RuleSet second, RuleSet... more) {
    ImmutableList.Builder<RuleSet> all = ImmutableList.builder();
    all.add(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second"));
    for (int i = 0; i < more.length; i++) {
      all.add(Objects.requireNonNull(more[i], "more[" + i + "]"));
    }
    ImmutableList<RuleSet> list = all.build();
    Set<String> ids = new HashSet<>();
    for (RuleSet r : list) {
      checkArgument(ids.add(r.id()), "rule set %s is given twice: each rule set is a column of"
          + " its own, so each may be given once", r.id());
    }
    return new Among(list, ImmutableList.of());
  }

  /** {@return the rule sets, the first first} */
  public ImmutableList<RuleSet> ruleSets() {
    return ruleSets;
  }

  /** {@return the rule set every other is compared with} */
  public RuleSet first() {
    return ruleSets.get(0);
  }

  /** {@return the scenario every rule set ran on} */
  public Scenario scenario() {
    return comparisons.get(0).scenario();
  }

  /** {@return the years compared, ascending} */
  public ImmutableList<Year> years() {
    return comparisons.get(0).years();
  }

  /** {@return the first rule set compared with each other, in the order given} */
  public ImmutableList<Comparison> comparisons() {
    return comparisons;
  }

  /**
   * {@return the first rule set compared with the rule set {@code id}}
   *
   * @param id the id of one of the other rule sets
   * @throws IllegalArgumentException if no other rule set has that id
   */
  public Comparison against(String id) {
    Objects.requireNonNull(id, "id");
    return comparisons.stream().filter(c -> c.right().id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("rule set " + id + " is not compared"
            + " with " + first().id() + "; the others are " + comparisons.stream()
                .map(c -> c.right().id()).toList()));
  }

  /**
   * {@return each rule set's total for {@code region} in {@code year}, in the order of
   * {@link #ruleSets()}}
   *
   * @param region the ALF region
   * @param year one of the years compared
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public ImmutableList<Sek> totals(AlfRegion region, Year year) {
    ImmutableList.Builder<Sek> out = ImmutableList.builder();
    out.add(comparisons.get(0).money(region, year, Line.TOTAL).leftAmount());
    comparisons.forEach(c -> out.add(c.money(region, year, Line.TOTAL).rightAmount()));
    return out.build();
  }

  /**
   * {@return each rule set's national total paid to the regions in {@code year}, in the order of
   * {@link #ruleSets()}}
   *
   * @param year one of the years compared
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public ImmutableList<Sek> nationalTotals(Year year) {
    ImmutableList.Builder<Sek> out = ImmutableList.builder();
    out.add(comparisons.get(0).national(year).paidToRegions().left());
    comparisons.forEach(c -> out.add(c.national(year).paidToRegions().right()));
    return out.build();
  }

  /**
   * {@return the winners and losers under rule set {@code id} against the first: every region with
   * its totals over the years under both, sorted by the difference, largest gain first (ties in
   * {@link AlfRegion} order)}
   *
   * @param id the id of one of the other rule sets
   * @throws IllegalArgumentException if no other rule set has that id
   */
  public ImmutableList<Standing> standings(String id) {
    ComparisonSummary s = against(id).summary();
    List<Standing> out = new ArrayList<>();
    for (AlfRegion region : AlfRegion.values()) {
      AmountComparison a = s.totalOverPeriod(region);
      int sign = a.difference().signum();
      Standing.Outcome o = sign == 0 || !s.totalChanges(region) ? Standing.Outcome.UNCHANGED
          : sign > 0 ? Standing.Outcome.WINS : Standing.Outcome.LOSES;
      out.add(new Standing(region, id, a.left(), a.right(), o));
    }
    out.sort(Comparator.comparing(Standing::difference).reversed()
        .thenComparing(st -> st.region().ordinal()));
    return ImmutableList.copyOf(out);
  }

  /**
   * {@return what produced this comparison: the version of alf, every rule set's id (the first
   * first), and a SHA-256 of the years and every value any rule set read, with the provenance
   * score ({@link Stamp})} Computed on first call, then kept.
   */
  public Stamp stamp() {
    return stamp.get();
  }

  private Stamp computeStamp() {
    Comparison c = comparisons.get(0);
    Stamp.Builder b = Stamp.builder().years(c.from(), c.to());
    ruleSets.forEach(r -> b.ruleSet(r.id()));
    comparisons.forEach(x -> b.reads(x.reads()));
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultiComparison m && m.comparisons.equals(comparisons);
  }

  @Override
  public int hashCode() {
    return comparisons.hashCode();
  }

  /** Returns e.g. {@code "MultiComparison alf-2014 → [pm-2024, vasterbotten-2024], …"}. */
  @Override
  public String toString() {
    Comparison c = comparisons.get(0);
    return "MultiComparison " + first().id() + " → " + ruleSets.subList(1, ruleSets.size())
        .stream().map(RuleSet::id).toList() + ", scenario " + c.scenario().name() + ", "
        + c.from() + "–" + c.to();
  }

  /**
   * Rule sets to compare, and optionally research projects to classify under each; call
   * {@link #over} to compute. Immutable and thread-safe.
   */
  public static final class Among {

    private final ImmutableList<RuleSet> ruleSets;
    private final ImmutableList<ResearchProject> projects;

    private Among(ImmutableList<RuleSet> ruleSets, ImmutableList<ResearchProject> projects) {
      this.ruleSets = ruleSets;
      this.projects = projects;
    }

    /**
     * {@return a copy that also classifies {@code projects} under every rule set (replacing any
     * given before)}
     *
     * @param projects the projects to classify
     */
    public Among withProjects(Iterable<ResearchProject> projects) {
      return new Among(ruleSets, ComparisonEngine.copy(projects));
    }

    /**
     * Compares the rule sets on {@code scenario} for every year from {@code from} to {@code to},
     * inclusive, allocating each once per year.
     *
     * @param scenario the scenario every rule set runs on
     * @param from the first year
     * @param to the last year, not before {@code from}
     * @return the comparison
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     * @throws se.alf.rules.MissingInputException if a rule needs a figure the scenario lacks
     */
    public MultiComparison over(Scenario scenario, Year from, Year to) {
      Objects.requireNonNull(scenario, "scenario");
      Comparison.checkYears(from, to);
      ComparisonEngine.Side first = new ComparisonEngine.Side(ruleSets.get(0), scenario);
      List<Allocation> firsts = ComparisonEngine.allocate(first, from, to);
      ImmutableList.Builder<Comparison> out = ImmutableList.builder();
      for (RuleSet r : ruleSets.subList(1, ruleSets.size())) {
        ComparisonEngine.Side other = new ComparisonEngine.Side(r, scenario);
        out.add(ComparisonEngine.pair(first, firsts, other,
            ComparisonEngine.allocate(other, from, to), from, to, projects));
      }
      return new MultiComparison(ruleSets, out.build());
    }

    @Override
    public String toString() {
      return "Comparison of " + ruleSets.stream().map(RuleSet::id).toList();
    }
  }
}
