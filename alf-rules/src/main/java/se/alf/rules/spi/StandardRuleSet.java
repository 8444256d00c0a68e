package se.alf.rules.spi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import com.google.common.base.Suppliers;
import java.util.function.Function;
import java.util.function.Supplier;
import se.alf.agreement.AgreementLandscape;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.research.ResearchProject;
import se.alf.rules.Allocation;
import se.alf.rules.ConditionResult;
import se.alf.rules.EvaluationSchedule;
import se.alf.rules.Finding;
import se.alf.rules.Horizon;
import se.alf.rules.Keys;
import se.alf.rules.MissingInputException;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Verdict;
import se.alf.rules.YearOutsideRuleSetException;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.SourcedValue;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/**
 * A rule set made of metadata, parameters, a rule book and statements: the one implementation of
 * {@link RuleSet}. The 2014 agreement, the proposal and every reform are instances; they differ in
 * their parameters and in the rules in their slots, never in this code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StandardRuleSet implements RuleSet {

  private final String id;
  private final String title;
  private final Citation source;
  private final Year firstYear;
  private final Year referenceYear;
  private final Optional<RuleSet> baseline;
  private final Parameters parameters;
  private final RuleBook rules;
  private final ImmutableList<Statement> statements;
  private final ImmutableMap<String, Key<?>> declaredKeys;

  private StandardRuleSet(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.title = Objects.requireNonNull(b.title, "title");
    this.source = Objects.requireNonNull(b.source, "source");
    this.firstYear = Objects.requireNonNull(b.firstYear, "firstYear");
    this.referenceYear = b.referenceYear == null ? firstYear : b.referenceYear;
    this.baseline = Optional.ofNullable(b.baseline);
    this.parameters = Objects.requireNonNull(b.parameters, "parameters");
    this.rules = Objects.requireNonNull(b.rules, "rules");
    this.statements = b.statements.build();
    this.declaredKeys = declaredKeys(baseline, parameters, b.declared());
    checkArgument(!referenceYear.isBefore(firstYear), "referenceYear %s of %s must not be before"
        + " firstYear %s", referenceYear, id, firstYear);
  }

  /** {@return an empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Citation source() {
    return source;
  }

  @Override
  public Year firstYear() {
    return firstYear;
  }

  @Override
  public Year referenceYear() {
    return referenceYear;
  }

  @Override
  public Optional<RuleSet> baseline() {
    return baseline;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public RuleBook rules() {
    return rules;
  }

  @Override
  public ImmutableList<Statement> statements() {
    return statements;
  }

  @Override
  public ImmutableMap<String, Key<?>> declaredKeys() {
    return declaredKeys;
  }

  private static ImmutableMap<String, Key<?>> declaredKeys(Optional<RuleSet> baseline,
      Parameters parameters, Map<String, Key<?>> declared) {
    Map<String, Key<?>> all = new LinkedHashMap<>(Keys.catalogue());
    baseline.ifPresent(r -> r.declaredKeys().forEach(all::putIfAbsent));
    parameters.list().forEach(p -> all.putIfAbsent(p.key().id(), p.key()));
    declared.forEach(all::putIfAbsent);
    return ImmutableMap.copyOf(all);
  }

  private RuleContext context(Scenario scenario, Year year) {
    return context(scenario, year, true);
  }

  private RuleContext context(Scenario scenario, Year year, boolean recording) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(year, "year");
    if (year.isBefore(firstYear)) {
      throw new YearOutsideRuleSetException(id, year, firstYear);
    }
    if (year.getValue() > Horizon.LAST) {
      throw new YearOutsideRuleSetException(id, year);
    }
    return new RuleContext(this, scenario, year, recording);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The rules run once without recording what they read: the explanations are built on the
   * first call of an {@link Explained#explanation()} of the result, by evaluating the same rules
   * again with recording on (once for the whole allocation). Rules are pure functions of the rule
   * set, the scenario and the year, so the values are the same; the warnings are exact without
   * an explanation.
   */
  @Override
  public Allocation allocate(Scenario scenario, Year year) {
    RuleContext ctx = context(scenario, year, false);
    return allocate(ctx, Suppliers.memoize(() -> allocate(context(scenario, year, true), null)));
  }

  @Override
  public <T> SourcedValue<T> valueOf(Key<T> key, Scenario scenario, Year year) {
    Objects.requireNonNull(key, "key");
    return context(scenario, year).valueOf(key);
  }

  @Override
  public Allocation allocateExplained(Scenario scenario, Year year) {
    return allocate(context(scenario, year, true), null);
  }

  /**
   * Evaluates the allocation in {@code ctx}. Where {@code ctx} does not record, each result's
   * explanation is that of the same result in {@code explained}, the allocation evaluated with
   * recording on, built on first use; where it records, {@code explained} is null.
   */
  private Allocation allocate(RuleContext ctx, Supplier<Allocation> explained) {
    Year year = ctx.year();
    ResearchDistribution research = ctx.national(Slots.RESEARCH).value();
    ImmutableMap.Builder<AlfRegion, RegionAllocation> regions = ImmutableMap.builder();
    for (AlfRegion r : AlfRegion.values()) {
      regions.put(r, RegionAllocation.builder()
          .region(r)
          .year(year)
          .minimumStudents(lazy(ctx.regional(Slots.MINIMUM_STUDENTS, r), explained,
              a -> a.region(r).minimumStudents()))
          .compensatedStudents(lazy(ctx.regional(Slots.COMPENSATED_STUDENTS, r), explained,
              a -> a.region(r).compensatedStudents()))
          .education(lazy(ctx.regional(Slots.EDUCATION, r), explained,
              a -> a.region(r).education()))
          .researchBase(lazy(research.base().get(r), explained, a -> a.region(r).researchBase()))
          .researchQuality(lazy(research.quality().get(r), explained,
              a -> a.region(r).researchQuality()))
          .supplement(lazy(ctx.regional(Slots.SUPPLEMENT, r), explained,
              a -> a.region(r).supplement()))
          .build());
    }
    return Allocation.builder()
        .ruleSetId(id)
        .scenarioName(ctx.scenario().name())
        .year(year)
        .regions(regions.buildOrThrow())
        .researchAppropriation(lazy(ctx.national(Slots.RESEARCH_APPROPRIATION), explained,
            Allocation::researchAppropriation))
        .returnedToState(lazy(research.returnedToState(), explained, Allocation::returnedToState))
        .redistributed(lazy(research.redistributed(), explained, Allocation::redistributed))
        .warnings(ctx.warnings())
        .build();
  }

  /**
   * Returns {@code result} as is where {@code explained} is null (it was recorded); else its value
   * with the explanation of the same result ({@code same}) of the allocation {@code explained},
   * built when first asked for.
   */
  private static <T> Explained<T> lazy(Explained<T> result, Supplier<Allocation> explained,
      Function<Allocation, Explained<T>> same) {
    if (explained == null) {
      return result;
    }
    return Explained.lazy(result.value(), () -> same.apply(explained.get()).explanation());
  }

  @Override
  public Explained<FullYearStudents> minimumFullYearStudents(Scenario scenario, AlfRegion region,
      Year year) {
    Objects.requireNonNull(region, "region");
    return context(scenario, year).regional(Slots.MINIMUM_STUDENTS, region);
  }

  @Override
  public Verdict classify(ResearchProject project, Year year) {
    Objects.requireNonNull(project, "project");
    RuleContext ctx = context(Scenario.empty(), year);
    ImmutableList.Builder<ConditionResult> results = ImmutableList.builder();
    for (Condition c : ctx.rule(Slots.CLINICAL_RESEARCH).conditions()) {
      results.add(c.test(ctx.step(c.id(), c.citation()), project));
    }
    return Verdict.builder().ruleSetId(id).projectTitle(project.title())
        .conditions(results.build()).build();
  }

  @Override
  public Explained<EvaluationSchedule> evaluationSchedule(Scenario scenario, Year year) {
    return context(scenario, year).national(Slots.EVALUATION);
  }

  @Override
  public ImmutableList<Finding> validate(Scenario scenario, Year year) {
    RuleContext ctx = context(scenario, year);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    ctx.rule(Slots.SCENARIO_CHECKS).forEach(c -> findings.addAll(c.check(ctx)));
    Set<Finding> warnings = new LinkedHashSet<>(ctx.warnings());
    try {
      warnings.addAll(allocate(scenario, year).warnings());
    } catch (MissingInputException e) {
      // the scenario checks above report what cannot be checked; the allocation adds nothing
    }
    return findings.addAll(warnings).build();
  }

  @Override
  public ImmutableList<Finding> validate(AgreementLandscape landscape, LocalDate date) {
    Objects.requireNonNull(landscape, "landscape");
    RuleContext ctx = context(Scenario.empty(), Year.from(date));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    ctx.rule(Slots.LANDSCAPE_CHECKS).forEach(c -> findings.addAll(c.check(ctx, landscape, date)));
    return findings.build();
  }

  @Override
  public String toString() {
    return id + " (" + title + ")";
  }

  /** Builds a {@link StandardRuleSet}. */
  public static final class Builder extends KeyDeclarations<Builder> {
    private String id;
    private String title;
    private Citation source;
    private Year firstYear;
    private Year referenceYear;
    private RuleSet baseline;
    private Parameters parameters = Parameters.empty();
    private RuleBook rules;
    private final ImmutableList.Builder<Statement> statements = ImmutableList.builder();
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the id, e.g. {@code alf-2014}.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the document the rule set implements.
     *
     * @param source the document
     * @return this builder
     */
    public Builder source(Citation source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the first year the rule set applies to.
     *
     * @param firstYear the first year
     * @return this builder
     */
    public Builder firstYear(Year firstYear) {
      this.firstYear = Objects.requireNonNull(firstYear, "firstYear");
      return this;
    }

    /**
     * Sets the year the rule set's own provisions take effect (default: the first year).
     *
     * @param referenceYear the year
     * @return this builder
     */
    public Builder referenceYear(Year referenceYear) {
      this.referenceYear = Objects.requireNonNull(referenceYear, "referenceYear");
      return this;
    }

    /**
     * Sets the rule set this one is derived from.
     *
     * @param baseline the rule set
     * @return this builder
     */
    public Builder baseline(RuleSet baseline) {
      this.baseline = Objects.requireNonNull(baseline, "baseline");
      return this;
    }

    /**
     * Sets the parameters (default: none).
     *
     * @param parameters the parameters
     * @return this builder
     */
    public Builder parameters(Parameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /**
     * Sets the rule book.
     *
     * @param rules the rule book
     * @return this builder
     */
    public Builder rules(RuleBook rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Adds a statement.
     *
     * @param statement the statement
     * @return this builder
     */
    public Builder addStatement(Statement statement) {
      statements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /**
     * Adds every statement of {@code all}.
     *
     * @param all the statements
     * @return this builder
     */
    public Builder addAllStatements(Iterable<Statement> all) {
      statements.addAll(Objects.requireNonNull(all, "all"));
      return this;
    }

    /**
     * {@return the rule set}
     *
     * @throws NullPointerException naming the field if a required field is not set
     */
    public StandardRuleSet build() {
      return new StandardRuleSet(this);
    }
  }
}
