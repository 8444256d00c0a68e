package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.rules.Finding;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.provenance.Stamp;

/**
 * The comparison (jämförelse) of two rule sets on one scenario over a range of years, or of one
 * rule set on two scenarios ({@link #ofScenarios}), as data: for every ALF region, year and
 * {@link Line} both values, the difference right − left and both explanations
 * ({@link #line(AlfRegion, Year, Line)}) and why they differ ({@link #why}); the national totals
 * of each year with the amount returned to the state ({@link #national(Year)}); the parameters,
 * scenario inputs, statements and verdicts on research projects that differ; every assumption the
 * comparison rests on; and a summary to read first ({@link #summary()}).
 *
 * <pre>{@code
 * Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
 *     .withProjects(ResearchProjects.all())
 *     .over(Scenarios.published(), Year.of(2024), Year.of(2030));
 * LineComparison orebro = c.line(AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS);
 * orebro.difference();           // 85 full-year students
 * orebro.rightExplanation();     // why the proposal says 800
 * System.out.print(c.toTable()); // or report.Format.CSV.render(c), …
 * }</pre>
 *
 * <p>Either side may be any rule set: the 2014 agreement, the proposal, or a reform. The sides are
 * labelled ({@link #leftLabel()}, {@link #rightLabel()}) by rule set id, or by scenario name when
 * one rule set runs on two scenarios. The order of
 * every list is deterministic: regions in {@link AlfRegion} order, years ascending, lines in
 * {@link Line} order, parameters and statements by id.
 *
 * <p>The explanations are built when first read
 * ({@link se.alf.rules.explain.Explanation#deferred}): a comparison read for its figures evaluates
 * each rule set once a year, without recording what the rules read.
 *
 * <p>This class is an immutable, thread-safe value; {@link ComparisonEngine} computes it.
 *
 * @since 0.1
 */
public final class Comparison {

  private final ComparisonEngine.Side left;
  private final ComparisonEngine.Side right;
  private final Year from;
  private final Year to;
  private final ImmutableList<LineComparison> lines;
  private final ImmutableMap<Year, NationalComparison> national;
  private final ImmutableList<ParameterDifference> parameters;
  private final ImmutableList<ParameterDifference> inputs;
  private final ImmutableList<StatementDifference> statementDifferences;
  private final ImmutableList<VerdictComparison> verdicts;
  /** Every value the national figures of both sides read (those of the lines are in them). */
  private final Supplier<ImmutableList<ParameterRead>> nationalReads;
  private final ImmutableList<Finding> warnings;
  private final Supplier<Stamp> stamp = Suppliers.memoize(this::computeStamp);

  private static final int LINES = Line.values().length;

  /**
   * Holds what {@link ComparisonEngine} computed; {@code lines} must be in region, year, line
   * order and {@code national} hold every year from {@code from} to {@code to};
   * {@code parameters} and {@code inputs} hold the changed and the recited ones;
   * {@code nationalReads} gives what the national figures read (appropriation, amounts
   * returned), memoized: reading it builds their explanations.
   */
  Comparison(ComparisonEngine.Side left, ComparisonEngine.Side right, Year from, Year to,
      ImmutableList<LineComparison> lines, ImmutableMap<Year, NationalComparison> national,
      ImmutableList<ParameterDifference> parameters, ImmutableList<ParameterDifference> inputs,
      ImmutableList<StatementDifference> statementDifferences,
      ImmutableList<VerdictComparison> verdicts,
      Supplier<ImmutableList<ParameterRead>> nationalReads,
      ImmutableList<Finding> warnings) {
    this.left = left;
    this.right = right;
    this.from = from;
    this.to = to;
    this.lines = lines;
    int years = to.getValue() - from.getValue() + 1;
    int expected = AlfRegion.values().length * years * LINES;
    checkArgument(lines.size() == expected, "%s lines, where %s regions × %s years × %s lines"
        + " make %s", lines.size(), AlfRegion.values().length, years, LINES, expected);
    for (int i = 0; i < lines.size(); i++) {
      LineComparison l = lines.get(i);
      int at = index(l.region(), l.year(), l.line());
      checkArgument(at == i, "line %s is at %s, where its region, year and line put it at %s",
          l, i, at);
    }
    this.national = national;
    this.parameters = parameters;
    this.inputs = inputs;
    this.statementDifferences = statementDifferences;
    this.verdicts = verdicts;
    this.nationalReads = nationalReads;
    this.warnings = warnings;
  }

  /**
   * Starts a comparison of {@code left} (e.g. the baseline) with {@code right} (e.g. the reform);
   * differences are right − left.
   *
   * @param left the rule set compared from, e.g. the baseline
   * @param right the rule set compared to, e.g. the reform
   * @return the pair, to be run {@code over} a scenario
   */
  public static Between of(RuleSet left, RuleSet right) {
    return new Between(Objects.requireNonNull(left, "left"),
        Objects.requireNonNull(right, "right"), ImmutableList.of());
  }

  /**
   * Compares {@code ruleSet} on {@code left} (e.g. your own figures) with the same rule set on
   * {@code right} (e.g. {@code Scenarios.published()}) for every year from {@code from} to
   * {@code to}, inclusive; differences are right − left, and the sides are labelled by scenario
   * name. The scenario inputs that differ are {@link #inputDifferences()}; the rule set's
   * parameters, statements and verdicts are the same on both sides.
   *
   * @param ruleSet the rule set both sides run
   * @param left the scenario compared from
   * @param right the scenario compared to
   * @param from the first year
   * @param to the last year, not before {@code from}
   * @return the comparison
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   * @throws se.alf.rules.MissingInputException if a rule needs a figure a scenario lacks
   */
  public static Comparison ofScenarios(RuleSet ruleSet, Scenario left, Scenario right, Year from,
      Year to) {
    checkYears(from, to);
    return ComparisonEngine.compare(new ComparisonEngine.Side(ruleSet, left),
        new ComparisonEngine.Side(ruleSet, right), from, to, ImmutableList.of());
  }

  /** Checks that {@code from} is not after {@code to}, naming both. */
  static void checkYears(Year from, Year to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkArgument(!from.isAfter(to), "from %s is after to %s: the years compared run from"
        + " 'from' to 'to', inclusive, so from must not be after to", from, to);
  }

  /**
   * {@return what the caller should know before using the figures, from both sides and every year,
   * each once: see {@link se.alf.rules.Allocation#warnings()}}
   */
  public ImmutableList<Finding> warnings() {
    return warnings;
  }

  /** {@return the left rule set, e.g. the baseline} */
  public RuleSet left() {
    return left.ruleSet();
  }

  /** {@return the right rule set, e.g. the reform; differences are right − left} */
  public RuleSet right() {
    return right.ruleSet();
  }

  /**
   * {@return the scenario the left side ran on: the one scenario of a comparison of rule sets}
   */
  public Scenario scenario() {
    return left.scenario();
  }

  /**
   * {@return the scenario the right side ran on: the same as {@link #scenario()} unless this
   * compares two scenarios}
   */
  public Scenario rightScenario() {
    return right.scenario();
  }

  /** {@return whether the two sides ran on different scenarios ({@link #ofScenarios})} */
  public boolean isOfScenarios() {
    return !left.scenario().equals(right.scenario());
  }

  /**
   * {@return the left side's name in renderings: the rule set's id, or the scenario's name when
   * one rule set runs on two scenarios ({@code "name (left)"} if both scenarios have one name)}
   */
  public String leftLabel() {
    return label(left, right, " (left)");
  }

  /** {@return the right side's name in renderings, as {@link #leftLabel()}} */
  public String rightLabel() {
    return label(right, left, " (right)");
  }

  private static String label(ComparisonEngine.Side side, ComparisonEngine.Side other,
      String suffix) {
    if (side.scenario().equals(other.scenario())) {
      return side.ruleSet().id();
    }
    return side.scenario().name().equals(other.scenario().name())
        ? side.scenario().name() + suffix : side.scenario().name();
  }

  /** {@return the first year compared} */
  public Year from() {
    return from;
  }

  /** {@return the last year compared (inclusive)} */
  public Year to() {
    return to;
  }

  /** {@return the years compared, ascending} */
  public ImmutableList<Year> years() {
    return national.keySet().asList();
  }

  /** {@return every line of every region and year: by region, then year, then line} */
  public ImmutableList<LineComparison> lines() {
    return lines;
  }

  /**
   * {@return {@code line} of {@code region} in {@code year}}
   *
   * @param region the ALF region
   * @param year one of the years compared
   * @param line the line
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public LineComparison line(AlfRegion region, Year year, Line line) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(line, "line");
    checkYear(year);
    return lines.get(index(region, year, line));
  }

  /** {@return where {@code line} of {@code region} in {@code year} is in {@link #lines}} */
  private int index(AlfRegion region, Year year, Line line) {
    int years = to.getValue() - from.getValue() + 1;
    return (region.ordinal() * years + year.getValue() - from.getValue()) * LINES
        + line.ordinal();
  }

  /**
   * {@return every line of {@code region} in {@code year}, in {@link Line} order}
   *
   * @param region the ALF region
   * @param year one of the years compared
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public ImmutableList<LineComparison> lines(AlfRegion region, Year year) {
    Objects.requireNonNull(region, "region");
    checkYear(year);
    return ImmutableList.copyOf(Line.values()).stream().map(l -> line(region, year, l))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return why {@code line} of {@code region} in {@code year} differs: the steps of the two
   * explanations where the values part, with the parameters read differently there}
   *
   * @param region the ALF region
   * @param year one of the years compared
   * @param line the line
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public se.alf.rules.explain.Divergence why(AlfRegion region, Year year, Line line) {
    return line(region, year, line).why();
  }

  /** {@return what to read first: totals, the differences in totals, their drivers} */
  public ComparisonSummary summary() {
    return new ComparisonSummary(this);
  }

  /** {@return the lines whose values differ, in the order of {@link #lines()}} */
  public ImmutableList<LineComparison> changedLines() {
    return lines.stream().filter(LineComparison::isChanged)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the national totals of {@code year}}
   *
   * @param year one of the years compared
   * @throws IllegalArgumentException if {@code year} is not one of {@link #years()}
   */
  public NationalComparison national(Year year) {
    checkYear(year);
    return national.get(year);
  }

  /**
   * {@return the money line {@code line} of {@code region} in {@code year}, typed}
   *
   * @param region the ALF region
   * @param year one of the years compared
   * @param line a money line
   * @throws IllegalArgumentException if {@code line} counts students (use {@link #students}) or
   *     {@code year} is not one of {@link #years()}
   */
  public MoneyLine money(AlfRegion region, Year year, Line line) {
    checkArgument(!Objects.requireNonNull(line, "line").isStudents(), "line %s counts full-year"
        + " students, not kronor: use students(region, year, line)", line);
    return (MoneyLine) line(region, year, line);
  }

  /**
   * {@return the student line {@code line} of {@code region} in {@code year}, typed}
   *
   * @param region the ALF region
   * @param year one of the years compared
   * @param line a student line
   * @throws IllegalArgumentException if {@code line} counts kronor (use {@link #money}) or
   *     {@code year} is not one of {@link #years()}
   */
  public StudentLine students(AlfRegion region, Year year, Line line) {
    checkArgument(Objects.requireNonNull(line, "line").isStudents(), "line %s counts kronor, not"
        + " full-year students: use money(region, year, line)", line);
    return (StudentLine) line(region, year, line);
  }

  /** {@return the national totals of every year, ascending} */
  public ImmutableList<NationalComparison> national() {
    return national.values().asList();
  }

  /**
   * {@return the parameters of the rule sets whose values differ (on some date, or present on one
   * side only), by key id; a parameter with the same values cited differently is not among them
   * (see {@link #recitedParameters()})}
   */
  public ImmutableList<ParameterDifference> parameterDifferences() {
    return parameters.stream().filter(ParameterDifference::isChanged)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the parameters both rule sets hold with the same value on every date but cite, date
   * or base differently ({@link Change#RECITED}), by key id: not changes}
   */
  public ImmutableList<ParameterDifference> recitedParameters() {
    return parameters.stream().filter(d -> !d.isChanged())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the scenario inputs whose values differ, by key id: none unless the two sides ran on
   * different scenarios ({@link #ofScenarios})}
   */
  public ImmutableList<ParameterDifference> inputDifferences() {
    return inputs.stream().filter(ParameterDifference::isChanged)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the difference in parameter {@code id}, if it differs}
   *
   * @param id the parameter's id
   */
  public Optional<ParameterDifference> parameterDifference(String id) {
    Objects.requireNonNull(id, "id");
    return parameterDifferences().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** {@return the non-computable statements that differ, by id} */
  public ImmutableList<StatementDifference> statementDifferences() {
    return statementDifferences;
  }

  /**
   * {@return the difference in statement {@code id}, if it differs}
   *
   * @param id the statement's id
   */
  public Optional<StatementDifference> statementDifference(String id) {
    Objects.requireNonNull(id, "id");
    return statementDifferences.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** {@return the verdicts on each project given, in the order given} */
  public ImmutableList<VerdictComparison> verdicts() {
    return verdicts;
  }

  /** {@return the verdicts that change, in the order given} */
  public ImmutableList<VerdictComparison> changedVerdicts() {
    return verdicts.stream().filter(VerdictComparison::isChanged)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return a copy that also compares the verdicts on {@code projects} (replacing any before)}
   *
   * @param projects the projects to classify
   */
  public Comparison withProjects(Iterable<ResearchProject> projects) {
    return new Comparison(left, right, from, to, lines, national, parameters, inputs,
        statementDifferences, ComparisonEngine.verdicts(left.ruleSet(), right.ruleSet(),
            ComparisonEngine.copy(projects)), nationalReads, warnings);
  }

  /**
   * {@return every assumption ({@link se.alf.rules.param.Basis#ASSUMPTION}) either side's results
   * rest on, each once, ordered by key id: what a rendering footnotes} An assumption is never a
   * fact.
   */
  public ImmutableList<ParameterRead> assumptions() {
    List<Iterable<ParameterRead>> reads = new ArrayList<>();
    lines.forEach(l -> reads.add(l.assumptions()));
    reads.add(nationalReads.get());
    return Assumptions.union(reads);
  }

  /**
   * {@return what produced this comparison: the version of alf, both rule sets' ids (left, then
   * right), and a SHA-256 of the years, every value either side read (the scenario inputs among
   * them) and the research projects classified, with the provenance score ({@link Stamp})}
   * Computed on first call, then kept.
   */
  public Stamp stamp() {
    return stamp.get();
  }

  private Stamp computeStamp() {
    Stamp.Builder b = Stamp.builder().ruleSet(left.ruleSet().id()).ruleSet(right.ruleSet().id())
        .years(from, to).reads(reads());
    for (VerdictComparison v : verdicts) {
      ResearchProject p = v.project();
      b.input("project", p.title(), p.usesHealthcareStructures(), p.aimsAtHealthProblem(),
          p.permits(), p.kinds());
    }
    return b.build();
  }

  /**
   * {@return every value either side read, over every line and the national figures, each once in
   * the order met: what {@link ComparisonSummary#provenance()} counts by basis}
   */
  public ImmutableList<ParameterRead> reads() {
    java.util.Set<ParameterRead> all = new java.util.LinkedHashSet<>();
    for (LineComparison l : lines) {
      all.addAll(l.leftExplanation().allReads());
      all.addAll(l.rightExplanation().allReads());
    }
    all.addAll(nationalReads.get());
    return ImmutableList.copyOf(all);
  }

  /**
   * {@return whether anything differs: a line, a national total, a parameter, a statement or a
   * verdict}
   */
  public boolean hasDifferences() {
    return differences().anyMatch(Difference::isChanged)
        || verdicts.stream().anyMatch(v -> !v.differences().isEmpty());
  }

  /**
   * {@return every difference of the comparison, each of its own type: the lines, the national
   * totals, the parameters, the scenario inputs, the statements, then the verdicts; filter with
   * {@link Difference#isChanged()} for those that differ}
   */
  public java.util.stream.Stream<Difference> differences() {
    return java.util.stream.Stream.of(lines, national.values(), parameterDifferences(),
        inputDifferences(), statementDifferences, verdicts)
        .flatMap(java.util.Collection::stream);
  }

  /**
   * {@return the summary as aligned text ({@link se.alf.rules.report.Format#TEXT}): the one screen
   * to read first; {@code Format.TEXT.render(c, Detail.FULL)} adds the detail}
   */
  public String toTable() {
    return se.alf.rules.report.Format.TEXT.render(this);
  }

  /**
   * Returns whether {@code o} is a comparison of the same rule sets (by id), scenarios and years
   * with the same lines, national totals, differences and verdicts.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Comparison c && c.left().id().equals(left().id())
        && c.right().id().equals(right().id()) && c.scenario().equals(scenario())
        && c.rightScenario().equals(rightScenario()) && c.from.equals(from)
        && c.to.equals(to) && c.lines.equals(lines) && c.national.equals(national)
        && c.parameters.equals(parameters) && c.inputs.equals(inputs)
        && c.statementDifferences.equals(statementDifferences) && c.verdicts.equals(verdicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left().id(), right().id(), scenario(), rightScenario(), from, to, lines);
  }

  /**
   * Returns e.g. {@code "Comparison alf-2014 → pm-2024, scenario published, 2024–2030 (96 of 343
   * lines differ)"}; a comparison of scenarios names the rule set and both scenarios.
   */
  @Override
  public String toString() {
    String what = isOfScenarios() ? left().id() + ", scenario " + scenario().name() + " → "
        + rightScenario().name() : left().id() + " → " + right().id() + ", scenario "
        + scenario().name();
    return "Comparison " + what + ", " + from + "–" + to + " (" + changedLines().size() + " of "
        + lines.size() + " lines differ)";
  }

  private void checkYear(Year year) {
    Objects.requireNonNull(year, "year");
    checkArgument(national.containsKey(year), "year %s is outside the years compared, %s–%s",
        year, from, to);
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
     * {@return a copy that also classifies {@code projects} under both rule sets (replacing any
     * projects given before)}
     *
     * @param projects the projects to classify
     */
    public Between withProjects(Iterable<ResearchProject> projects) {
      return new Between(left, right, ComparisonEngine.copy(projects));
    }

    /**
     * Compares the two rule sets on {@code scenario} for every year from {@code from} to
     * {@code to}, inclusive.
     *
     * @param scenario the scenario both rule sets run on
     * @param from the first year
     * @param to the last year, not before {@code from}
     * @return the comparison
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     * @throws se.alf.rules.YearOutsideRuleSetException if a year is before either rule set's
     *     first year
     * @throws se.alf.rules.MissingInputException if a rule needs a figure the scenario lacks
     */
    public Comparison over(Scenario scenario, Year from, Year to) {
      Objects.requireNonNull(scenario, "scenario");
      checkYears(from, to);
      return ComparisonEngine.compare(new ComparisonEngine.Side(left, scenario),
          new ComparisonEngine.Side(right, scenario), from, to, projects);
    }

    /**
     * Compares the two rule sets on {@code scenario} in the one year {@code year}.
     *
     * @param scenario the scenario both rule sets run on
     * @param year the year
     * @return the comparison
     */
    public Comparison over(Scenario scenario, Year year) {
      return over(scenario, year, year);
    }

    /**
     * {@return the verdicts on {@code projects} under both rule sets, without a scenario}
     *
     * @param projects the projects to classify
     */
    public ImmutableList<VerdictComparison> verdicts(Iterable<ResearchProject> projects) {
      return ComparisonEngine.verdicts(left, right, ComparisonEngine.copy(projects));
    }

    @Override
    public String toString() {
      return "Comparison of " + left.id() + " with " + right.id();
    }
  }
}
