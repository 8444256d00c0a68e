package se.alf.rules.reform;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.reform.InvalidReformException.Kind;
import se.alf.rules.reform.InvalidReformException.Problem;
import se.alf.rules.reform.ReformDraft.RuleReplacement;
import se.alf.rules.spi.KeyDeclarations;
import se.alf.rules.spi.RuleBook;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.StandardRuleSet;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * Derives a new rule set from a baseline (OpenFisca's <i>reform</i>): some parameters get a new
 * value from a date on, some rule slots get a new rule, some statements are replaced or added. The
 * baseline's code is not copied and the baseline is not changed: the new rule set is a
 * {@link StandardRuleSet} whose parameters are the baseline's {@link Parameters#overriddenBy
 * overridden by} the reform's, whose rule book is the baseline's {@link RuleBook#replacing
 * replacing} some slots, and whose {@link RuleSet#baseline()} is the baseline. Reforms chain: the
 * baseline may itself be a reform.
 *
 * <pre>{@code
 * RuleSet response = Reform.of(Proposal2024.ruleSet())
 *     .id("vasterbotten-2024").title("Region Västerbotten's response").citation(source)
 *     .set(Keys.EVALUATION_INTERVAL, Year.of(2026), 6, Basis.AGREEMENT, section792)
 *     .replace(Proposal2024.STUDENT_GROWTH, myGrowthRule)
 *     .replaceStatement(Statement.of("governance.national-body", "...", section77))
 *     .build();
 * }</pre>
 *
 * <p><b>Validation before anything exists.</b> {@link Builder#build()} checks the whole reform
 * first and throws one {@link InvalidReformException} listing every problem: a missing id, title
 * or citation; an id already used in the baseline's chain; an unknown parameter; a value of the
 * wrong kind; two values of one key over overlapping dates; an unknown or twice-replaced rule
 * slot, or a rule of the wrong kind; an unknown replaced statement or a duplicate added one.
 *
 * <p><b>Which keys a reform may set.</b> A key is known, and may be set, if
 * <ol>
 *   <li>the baseline has it among its parameters (any date), or</li>
 *   <li>the baseline's rules read it: every key the engine's rules read or a scenario supplies is
 *       declared in the catalogue {@link Keys} (a {@link RegionKey} for each ALF region), so a
 *       reform may set e.g. {@link Keys#CITED_SHARE}, which the proposal reads from the scenario,
 *       or</li>
 *   <li>this reform declares it as new ({@link Builder#declare}), for the rules it brings, or a
 *       reform earlier in the baseline's chain did ({@link #declaredKeys(RuleSet)}).</li>
 * </ol>
 * A declared key may have no value at all: the reform's rules then read it from the scenario, and
 * a missing value fails with {@link se.alf.rules.MissingInputException} naming the key.
 *
 * <p><b>Values.</b> {@code set(key, from, ...)} holds from {@code from} on, like
 * {@link Parameters.Builder#putFrom}; {@code setYears(key, from, to, ...)} holds for the years
 * {@code from} to {@code to} inclusive, after which the baseline's value resumes. Two values of one
 * key must not overlap (a value set from a date on overlaps every later value of that key).
 *
 * <p>Instances of the built rule set are immutable and thread-safe. The builder is not
 * thread-safe.
 *
 * @since 0.1
 */
public final class Reform {

  private Reform() {}

  /**
   * Starts a reform of {@code baseline}.
   *
   * @param baseline the rule set the reform changes
   * @return a builder of the reform
   */
  public static Builder of(RuleSet baseline) {
    return new Builder(Objects.requireNonNull(baseline, "baseline"));
  }

  /**
   * {@return the keys declared by {@code ruleSet} and by every rule set in its chain of baselines
   * that are not in the engine's {@link Keys#catalogue()}, by id}
   *
   * @param ruleSet the rule set
   */
  public static ImmutableMap<String, Key<?>> declaredKeys(RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    return ImmutableMap.copyOf(Maps.filterKeys(ruleSet.declaredKeys(),
        id -> !Keys.catalogue().containsKey(id)));
  }

  /** Builds a reform; {@link #build()} validates it whole and returns the new rule set. */
  public static final class Builder extends KeyDeclarations<Builder> {
    private final RuleSet baseline;
    private String id;
    private String title;
    private Citation citation;
    private Year referenceYear;
    private final List<ParameterChange> changes = new ArrayList<>();
    private final List<RuleReplacement> rules = new ArrayList<>();
    private final List<Statement> replacedStatements = new ArrayList<>();
    private final List<Statement> addedStatements = new ArrayList<>();
    private final List<Problem> early = new ArrayList<>();

    private Builder(RuleSet baseline) {
      this.baseline = baseline;
    }

    /**
     * Sets the id of the new rule set, e.g. {@code vasterbotten-2024}.
     *
     * @param id the new rule set's id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the title of the new rule set.
     *
     * @param title the title, e.g. whose response it implements
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the document the reform implements; it becomes the rule set's source.
     *
     * @param citation the document
     * @return this builder
     */
    public Builder citation(Citation citation) {
      this.citation = citation;
      return this;
    }

    /**
     * Sets the reference year (default: the baseline's).
     *
     * @param referenceYear the year {@code classify(project)} asks about
     * @return this builder
     */
    public Builder referenceYear(Year referenceYear) {
      this.referenceYear = referenceYear;
      return this;
    }

    /**
     * Returns this builder. A key declared ({@link #declare(Key)}) is new: this reform's rules
     * read it; it may be given a value with {@code set}; without one, the rules read it from the
     * scenario.
     */
    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code key} to {@code value} from 1 January of {@code from} on.
     *
     * @param <T> the type of the key's values
     * @param key a key the baseline reads
     * @param from the first year the value holds for
     * @param value the new value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder set(Key<T> key, Year from, T value, Basis basis, Citation citation) {
      Objects.requireNonNull(from, "from");
      return set(key, from.atDay(1), value, basis, citation);
    }

    /**
     * Sets {@code key} to {@code value} from {@code from} on.
     *
     * @param <T> the type of the key's values
     * @param key a key the baseline reads
     * @param from the first day the value holds on
     * @param value the new value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder set(Key<T> key, LocalDate from, T value, Basis basis, Citation citation) {
      return add(key, from, null, value, basis, citation);
    }

    /**
     * Sets {@code key} to {@code value} for the years {@code from} to {@code to}, inclusive; the
     * baseline's value resumes after.
     *
     * @param <T> the type of the key's values
     * @param key a key the baseline reads
     * @param from the first year the value holds for
     * @param to the last year it holds for
     * @param value the new value
     * @param basis what the value rests on
     * @param citation where the value comes from
     * @return this builder
     */
    public <T> Builder setYears(Key<T> key, Year from, Year to, T value, Basis basis,
        Citation citation) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        early.add(new Problem(Kind.BAD_DATE, key.id(), from + "–" + to,
            "the last year " + to + " is before the first " + from));
        return this;
      }
      return add(key, from.atDay(1), to.plusYears(1).atDay(1), value, basis, citation);
    }

    private Builder add(Key<?> key, LocalDate from, LocalDate until, Object value, Basis basis,
        Citation citation) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(from, "from");
      changes.add(new ParameterChange(key, from, until, value, basis, citation));
      return this;
    }

    /**
     * Puts {@code rule} in the baseline's slot {@code slot}, replacing the baseline's rule.
     *
     * @param <R> the type of the slot's rules
     * @param slot the slot
     * @param rule the rule that replaces the baseline's
     * @return this builder
     */
    public <R> Builder replace(RuleId<R> slot, R rule) {
      Objects.requireNonNull(slot, "slot");
      rules.add(new RuleReplacement(slot, rule));
      return this;
    }

    /**
     * Replaces the baseline's statement with the id of {@code statement}.
     *
     * @param statement the statement
     * @return this builder
     */
    public Builder replaceStatement(Statement statement) {
      replacedStatements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /**
     * Adds {@code statement}, on a matter the baseline has no statement on.
     *
     * @param statement the statement
     * @return this builder
     */
    public Builder addStatement(Statement statement) {
      addedStatements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /**
     * Validates the whole reform and returns the new rule set.
     *
     * @return the new rule set
     * @throws InvalidReformException listing every problem, if there is any; nothing is built
     */
    public RuleSet build() {
      ReformDraft draft = new ReformDraft(baseline, id, title, citation, referenceYear,
          declared(), ImmutableList.copyOf(changes), ImmutableList.copyOf(rules),
          ImmutableList.copyOf(replacedStatements), ImmutableList.copyOf(addedStatements),
          ImmutableList.copyOf(early));
      ImmutableList<Problem> problems = ReformValidator.problems(draft);
      if (!problems.isEmpty()) {
        throw new InvalidReformException(id == null ? "(no id)" : id, baseline.id(), problems);
      }
      return draft.toRuleSet();
    }
  }
}
