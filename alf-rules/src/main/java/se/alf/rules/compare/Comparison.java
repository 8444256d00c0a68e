package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.rules.Allocation;
import se.alf.rules.Finding;
import se.alf.rules.Line;
import se.alf.rules.Parameter;
import se.alf.rules.ParameterRead;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Statement;
import se.alf.time.DatedValue;

/**
 * The comparison (jämförelse) of two rule sets on one scenario over a range of years, as data: for
 * every ALF region, year and {@link Line} both values, the difference right − left and both
 * explanations ({@link #line(AlfRegion, Year, Line)}); the national totals of each year with the
 * amount returned to the state ({@link #national(Year)}); the parameters, statements and verdicts
 * on research projects that differ; and every assumption the comparison rests on.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
 *     .withProjects(ResearchProjects.all())
 *     .over(Scenarios.published(), Year.of(2024), Year.of(2030));
 * LineComparison orebro = c.line(AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS);
 * orebro.difference();           // 85 full-year students
 * orebro.rightExplanation();     // why the proposal says 800
 * System.out.print(c.toTable()); // or Format.CSV.render(c), Format.MARKDOWN.render(c)
 * }</pre>
 *
 * <p>Either side may be any rule set: the 2014 agreement, the proposal, or a reform. The order of
 * every list is deterministic: regions in {@link AlfRegion} order, years ascending, lines in
 * {@link Line} order, parameters and statements by id.
 *
 * <p>This class is immutable and thread-safe. Every value is computed on construction.
 */
public final class Comparison {

  private final RuleSet left;
  private final RuleSet right;
  private final Scenario scenario;
  private final Year from;
  private final Year to;
  private final ImmutableList<LineComparison> lines;
  private final ImmutableMap<LineKey, LineComparison> byKey;
  private final ImmutableMap<Year, NationalComparison> national;
  private final ImmutableList<ParameterDifference> parameterDifferences;
  private final ImmutableList<StatementDifference> statementDifferences;
  private final ImmutableList<VerdictComparison> verdicts;
  private final ImmutableList<ParameterRead> allocationAssumptions;
  private final ImmutableList<Finding> warnings;

  private record LineKey(AlfRegion region, Year year, Line line) {}

  private Comparison(RuleSet left, RuleSet right, Scenario scenario, Year from, Year to,
      ImmutableList<ResearchProject> projects) {
    this.left = left;
    this.right = right;
    this.scenario = scenario;
    this.from = from;
    this.to = to;
    List<LineComparison> all = new ArrayList<>();
    Map<Year, List<LineComparison>> byYear = new LinkedHashMap<>();
    ImmutableMap.Builder<Year, NationalComparison> nat = ImmutableMap.builder();
    List<Iterable<ParameterRead>> reads = new ArrayList<>();
    Set<Finding> found = new LinkedHashSet<>();
    for (Year year : years(from, to)) {
      Allocation a = left.allocate(scenario, year);
      Allocation b = right.allocate(scenario, year);
      List<LineComparison> ofYear = new ArrayList<>();
      for (AlfRegion region : AlfRegion.values()) {
        RegionAllocation ra = a.region(region);
        RegionAllocation rb = b.region(region);
        for (Line line : Line.values()) {
          ofYear.add(LineComparison.builder().region(region).year(year).line(line)
              .left(ra.value(line)).right(rb.value(line))
              .leftExplanation(ra.explanation(line)).rightExplanation(rb.explanation(line))
              .build());
        }
      }
      byYear.put(year, ofYear);
      all.addAll(ofYear);
      nat.put(year, national(year, ofYear, a, b));
      for (Allocation x : ImmutableList.of(a, b)) {
        found.addAll(x.warnings());
        reads.add(x.researchAppropriation().explanation().allReads());
        reads.add(x.returnedToState().explanation().allReads());
        reads.add(x.redistributed().explanation().allReads());
      }
    }
    all.sort(java.util.Comparator.comparing(LineComparison::region)
        .thenComparing(LineComparison::year).thenComparing(LineComparison::line));
    this.lines = ImmutableList.copyOf(all);
    ImmutableMap.Builder<LineKey, LineComparison> keys = ImmutableMap.builder();
    lines.forEach(l -> keys.put(new LineKey(l.region(), l.year(), l.line()), l));
    this.byKey = keys.buildOrThrow();
    this.national = nat.buildOrThrow();
    this.parameterDifferences = parameterDifferences(left, right);
    this.statementDifferences = statementDifferences(left, right);
    this.verdicts = verdicts(left, right, projects);
    this.allocationAssumptions = Assumptions.union(reads);
    this.warnings = ImmutableList.copyOf(found);
  }

  private Comparison(Comparison c, ImmutableList<ResearchProject> projects) {
    this.left = c.left;
    this.right = c.right;
    this.scenario = c.scenario;
    this.from = c.from;
    this.to = c.to;
    this.lines = c.lines;
    this.byKey = c.byKey;
    this.national = c.national;
    this.parameterDifferences = c.parameterDifferences;
    this.statementDifferences = c.statementDifferences;
    this.verdicts = verdicts(left, right, projects);
    this.allocationAssumptions = c.allocationAssumptions;
    this.warnings = c.warnings;
  }

  /**
   * Starts a comparison of {@code left} (e.g. the baseline) with {@code right} (e.g. the reform);
   * differences are right − left.
   */
  public static Between of(RuleSet left, RuleSet right) {
    return new Between(Objects.requireNonNull(left, "left"),
        Objects.requireNonNull(right, "right"), ImmutableList.of());
  }

  /**
   * Returns what the caller should know before using the figures, from both sides and every year,
   * each once: see {@link Allocation#warnings()}.
   */
  public ImmutableList<Finding> warnings() {
    return warnings;
  }

  /** The left rule set, e.g. the baseline. */
  public RuleSet left() {
    return left;
  }

  /** The right rule set, e.g. the reform; differences are right − left. */
  public RuleSet right() {
    return right;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** The first year compared. */
  public Year from() {
    return from;
  }

  /** The last year compared (inclusive). */
  public Year to() {
    return to;
  }

  /** Returns the years compared, ascending. */
  public ImmutableList<Year> years() {
    return national.keySet().asList();
  }

  /** Returns every line of every region and year: by region, then year, then line. */
  public ImmutableList<LineComparison> lines() {
    return lines;
  }

  /**
   * Returns {@code line} of {@code region} in {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public LineComparison line(AlfRegion region, Year year, Line line) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(line, "line");
    checkYear(year);
    return byKey.get(new LineKey(region, year, line));
  }

  /**
   * Returns every line of {@code region} in {@code year}, in {@link Line} order.
   *
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public ImmutableList<LineComparison> lines(AlfRegion region, Year year) {
    Objects.requireNonNull(region, "region");
    checkYear(year);
    return ImmutableList.copyOf(Line.values()).stream().map(l -> line(region, year, l))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the lines whose values differ, in the order of {@link #lines()}. */
  public ImmutableList<LineComparison> changedLines() {
    return lines.stream().filter(LineComparison::isChanged)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the national totals of {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public NationalComparison national(Year year) {
    checkYear(year);
    return national.get(year);
  }

  /** Returns the national totals of every year, ascending. */
  public ImmutableList<NationalComparison> national() {
    return national.values().asList();
  }

  /** Returns the parameters that differ, by key id. */
  public ImmutableList<ParameterDifference> parameterDifferences() {
    return parameterDifferences;
  }

  /** Returns the difference in parameter {@code id}, if it differs. */
  public Optional<ParameterDifference> parameterDifference(String id) {
    Objects.requireNonNull(id, "id");
    return parameterDifferences.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Returns the non-computable statements that differ, by id. */
  public ImmutableList<StatementDifference> statementDifferences() {
    return statementDifferences;
  }

  /** Returns the difference in statement {@code id}, if it differs. */
  public Optional<StatementDifference> statementDifference(String id) {
    Objects.requireNonNull(id, "id");
    return statementDifferences.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Returns the verdicts on each project given, in the order given. */
  public ImmutableList<VerdictComparison> verdicts() {
    return verdicts;
  }

  /** Returns the verdicts that change, in the order given. */
  public ImmutableList<VerdictComparison> changedVerdicts() {
    return verdicts.stream().filter(VerdictComparison::isChanged)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns a copy that also compares the verdicts on {@code projects} (replacing any before). */
  public Comparison withProjects(Iterable<ResearchProject> projects) {
    return new Comparison(this, copy(projects));
  }

  /**
   * Returns every assumption ({@link se.alf.rules.Basis#ASSUMPTION}) either side's results rest
   * on, each once, ordered by key id: what a rendering footnotes. An assumption is never a fact.
   */
  public ImmutableList<ParameterRead> assumptions() {
    List<Iterable<ParameterRead>> reads = new ArrayList<>();
    lines.forEach(l -> reads.add(l.assumptions()));
    reads.add(allocationAssumptions);
    return Assumptions.union(reads);
  }

  /**
   * Returns whether anything differs: a line, a national total, a parameter, a statement or a
   * verdict.
   */
  public boolean hasDifferences() {
    return lines.stream().anyMatch(LineComparison::isChanged)
        || national.values().stream().anyMatch(n -> n.returnedToState().isChanged()
            || n.researchAppropriation().isChanged())
        || !parameterDifferences.isEmpty() || !statementDifferences.isEmpty()
        || verdicts.stream().anyMatch(v -> v.isChanged() || !v.differences().isEmpty());
  }

  /** Returns the comparison as an aligned text table ({@link Format#TEXT}). */
  public String toTable() {
    return Format.TEXT.render(this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Comparison)) {
      return false;
    }
    Comparison c = (Comparison) o;
    return c.left.id().equals(left.id()) && c.right.id().equals(right.id())
        && c.scenario.equals(scenario) && c.from.equals(from) && c.to.equals(to)
        && c.lines.equals(lines) && c.national.equals(national)
        && c.parameterDifferences.equals(parameterDifferences)
        && c.statementDifferences.equals(statementDifferences) && c.verdicts.equals(verdicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left.id(), right.id(), scenario, from, to, lines);
  }

  /** Returns e.g. {@code "Comparison alf-2014 → pm-2024, scenario published, 2024–2030"}. */
  @Override
  public String toString() {
    return "Comparison " + left.id() + " → " + right.id() + ", scenario " + scenario.name()
        + ", " + from + "–" + to + " (" + changedLines().size() + " of " + lines.size()
        + " lines differ)";
  }

  private void checkYear(Year year) {
    Objects.requireNonNull(year, "year");
    checkArgument(national.containsKey(year), "year %s is outside the years compared, %s–%s",
        year, from, to);
  }

  private static ImmutableList<Year> years(Year from, Year to) {
    ImmutableList.Builder<Year> b = ImmutableList.builder();
    for (Year y = from; !y.isAfter(to); y = y.plusYears(1)) {
      b.add(y);
    }
    return b.build();
  }

  private static ImmutableList<ResearchProject> copy(Iterable<ResearchProject> projects) {
    Objects.requireNonNull(projects, "projects");
    ImmutableList.Builder<ResearchProject> b = ImmutableList.builder();
    int i = 0;
    for (ResearchProject p : projects) {
      b.add(Objects.requireNonNull(p, "projects[" + i + "]"));
      i++;
    }
    return b.build();
  }

  private static NationalComparison national(Year year, List<LineComparison> ofYear,
      Allocation a, Allocation b) {
    NationalComparison.Builder n = NationalComparison.builder().year(year);
    for (Line line : NationalComparison.MONEY_LINES) {
      n.putLine(line, AmountComparison.of(sum(ofYear, line, LineComparison::leftAmount),
          sum(ofYear, line, LineComparison::rightAmount)));
    }
    return n.researchAppropriation(AmountComparison.of(a.researchAppropriation().value(),
            b.researchAppropriation().value()))
        .returnedToState(AmountComparison.of(a.returnedToState().value(),
            b.returnedToState().value()))
        .build();
  }

  private static Sek sum(List<LineComparison> ofYear, Line line,
      Function<LineComparison, Sek> side) {
    return Sek.sum(ofYear.stream().filter(l -> l.line() == line).map(side)
        .collect(ImmutableList.toImmutableList()));
  }

  private static ImmutableList<ParameterDifference> parameterDifferences(RuleSet left,
      RuleSet right) {
    Map<String, Parameter<?>> l = new LinkedHashMap<>();
    left.parameters().list().forEach(p -> l.put(p.key().id(), p));
    Map<String, Parameter<?>> r = new LinkedHashMap<>();
    right.parameters().list().forEach(p -> r.put(p.key().id(), p));
    TreeSet<String> ids = new TreeSet<>(l.keySet());
    ids.addAll(r.keySet());
    ImmutableList.Builder<ParameterDifference> out = ImmutableList.builder();
    for (String id : ids) {
      Parameter<?> a = l.get(id);
      Parameter<?> b = r.get(id);
      if (a != null && b != null && a.timeline().values().equals(b.timeline().values())) {
        continue;
      }
      Change change = a == null ? Change.ONLY_RIGHT : b == null ? Change.ONLY_LEFT
          : Change.CHANGED;
      out.add(ParameterDifference.builder().id(id)
          .description((a != null ? a : b).key().description())
          .change(change).left(values(a)).right(values(b)).build());
    }
    return out.build();
  }

  private static ImmutableList<ParameterValue> values(Parameter<?> p) {
    if (p == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<ParameterValue> b = ImmutableList.builder();
    for (DatedValue<? extends se.alf.rules.Setting<?>> v : p.timeline().values()) {
      b.add(ParameterValue.of(v));
    }
    return b.build();
  }

  private static ImmutableList<StatementDifference> statementDifferences(RuleSet left,
      RuleSet right) {
    Map<String, Statement> l = new LinkedHashMap<>();
    left.statements().forEach(s -> l.putIfAbsent(s.id(), s));
    Map<String, Statement> r = new LinkedHashMap<>();
    right.statements().forEach(s -> r.putIfAbsent(s.id(), s));
    TreeSet<String> ids = new TreeSet<>(l.keySet());
    ids.addAll(r.keySet());
    ImmutableList.Builder<StatementDifference> out = ImmutableList.builder();
    for (String id : ids) {
      Optional<Statement> a = Optional.ofNullable(l.get(id));
      Optional<Statement> b = Optional.ofNullable(r.get(id));
      if (a.isPresent() && b.isPresent() && a.get().text().equals(b.get().text())) {
        continue;
      }
      Change change = a.isEmpty() ? Change.ONLY_RIGHT : b.isEmpty() ? Change.ONLY_LEFT
          : Change.CHANGED;
      out.add(StatementDifference.builder().id(id).change(change).left(a).right(b).build());
    }
    return out.build();
  }

  private static ImmutableList<VerdictComparison> verdicts(RuleSet left, RuleSet right,
      ImmutableList<ResearchProject> projects) {
    return projects.stream().map(p -> VerdictComparison.builder().project(p)
            .left(left.classify(p)).right(right.classify(p)).build())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Two rule sets to compare, and optionally research projects to classify under both; call
   * {@link #over} to compute the comparison. Immutable and thread-safe.
   */
  public static final class Between {

    private final RuleSet left;
    private final RuleSet right;
    private final ImmutableList<ResearchProject> projects;

    private Between(RuleSet left, RuleSet right, ImmutableList<ResearchProject> projects) {
      this.left = left;
      this.right = right;
      this.projects = projects;
    }

    /**
     * Returns a copy that also classifies {@code projects} under both rule sets (replacing any
     * projects given before).
     */
    public Between withProjects(Iterable<ResearchProject> projects) {
      return new Between(left, right, copy(projects));
    }

    /**
     * Compares the two rule sets on {@code scenario} for every year from {@code from} to
     * {@code to}, inclusive.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     * @throws se.alf.rules.YearOutsideRuleSetException if a year is before either rule set's
     *     first year
     * @throws se.alf.rules.MissingInputException if a rule needs a figure the scenario lacks
     */
    public Comparison over(Scenario scenario, Year from, Year to) {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      checkArgument(!from.isAfter(to), "from %s is after to %s: the years compared run from"
          + " 'from' to 'to', inclusive, so from must not be after to", from, to);
      return new Comparison(left, right, scenario, from, to, projects);
    }

    /** Compares the two rule sets on {@code scenario} in the one year {@code year}. */
    public Comparison over(Scenario scenario, Year year) {
      return over(scenario, year, year);
    }

    /**
     * Returns the verdicts on {@code projects} under both rule sets, without a scenario.
     */
    public ImmutableList<VerdictComparison> verdicts(Iterable<ResearchProject> projects) {
      return Comparison.verdicts(left, right, copy(projects));
    }

    @Override
    public String toString() {
      return "Comparison of " + left.id() + " with " + right.id();
    }
  }
}
