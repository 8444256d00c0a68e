package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.alf.party.AlfRegion;
import se.alf.rules.Finding;
import se.alf.rules.Keys;
import se.alf.rules.MissingInputException;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Severity;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Formats;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.explain.SourcedValue;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.Setting;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * What a rule sees while it runs: the rule set (its parameters and its other rules), the scenario
 * and the year. Created for one evaluation and confined to it; not shared between threads.
 *
 * <p>A value is read from the rule set's parameters first and from the scenario where the rule
 * set has none; where neither has one, {@link MissingInputException}.
 *
 * <p>Not thread-safe: the engine makes one context per evaluation and uses it from one thread.
 *
 * @since 0.1
 */
public final class RuleContext {

  /** The check id of a warning that a caller's input is shadowed by the rule set's own value. */
  public static final String INPUT_IGNORED = "input-ignored";

  /** The check id of a warning that a caller's input stops and another value takes over. */
  public static final String INPUT_ENDS = "input-ends";

  private final RuleSet ruleSet;
  private final Scenario scenario;
  private final Year year;
  /** National results by slot id. */
  private final Map<String, Explained<?>> memo = new HashMap<>();
  /** Regional results by slot id, then by the region's ordinal. */
  private final Map<String, Explained<?>[]> regionalMemo = new HashMap<>();
  private final Set<Finding> warnings;

  /**
   * Whether steps record what they read and use: off for an allocation read for its totals, whose
   * explanations are built later, by evaluating the same rules again with recording on.
   */
  private final boolean recording;
  /** The one step of a context that does not record: it holds nothing of its own. */
  private final Step silent;
  /** 1 January of the year: the date a rule reads most values on. */
  private final LocalDate firstDay;
  /**
   * What each key object read on {@link #firstDay} resolved to ({@link Read}s when recording,
   * values when not, {@link #ABSENT} where there is none): a key is resolved, checked and warned
   * about once per context, however many rules read it. By identity, so that a key object with
   * another definition of the same id is still checked.
   */
  private final Map<Key<?>, Object> firstDayReads = new IdentityHashMap<>();
  private static final Object ABSENT = new Object();

  /**
   * Returns a fresh context in which {@code ruleSet}'s rules run for {@code year} on
   * {@code scenario}, recording what they read (the engine makes one per allocation; a rule-set
   * author may make one to test a rule on its own).
   *
   * @param ruleSet the rule set whose rules run
   * @param scenario the scenario the rules read inputs from
   * @param year the year evaluated
   */
  public RuleContext(RuleSet ruleSet, Scenario scenario, Year year) {
    this(ruleSet, scenario, year, true);
  }

  /** A context whose steps record their reads and explanations only if {@code recording}. */
  RuleContext(RuleSet ruleSet, Scenario scenario, Year year, boolean recording) {
    this(ruleSet, scenario, year, new LinkedHashSet<>(), recording);
  }

  private RuleContext(RuleSet ruleSet, Scenario scenario, Year year, Set<Finding> warnings,
      boolean recording) {
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.year = Objects.requireNonNull(year, "year");
    this.warnings = warnings;
    this.recording = recording;
    this.silent = recording ? null : new Step(this);
    this.firstDay = year.atDay(1);
  }

  /** Returns 1 January of the year being evaluated. */
  LocalDate firstDay() {
    return firstDay;
  }

  /** Returns whether steps in this context record their reads and explanations. */
  boolean recording() {
    return recording;
  }

  /**
   * Returns the rule set whose rules run in this context.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Returns the scenario the rules read inputs from.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the year being evaluated.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Returns the rule of the rule set in slot {@code id}.
   *
   * @param <R> the type of the slot's rules
   * @param id the slot
   * @return the rule
   */
  public <R> R rule(RuleId<R> id) {
    return ruleSet.rules().get(id);
  }

  /**
   * Starts a step of an explanation, labelled and cited.
   *
   * @param label what the step computes
   * @param citation the rule it applies
   * @return the step
   */
  public Step step(String label, Citation citation) {
    Objects.requireNonNull(label, "label");
    return recording ? new Step(this, () -> label, citation) : silent;
  }

  /**
   * Starts a step of an explanation, cited, whose label is built only when the explanation is
   * rendered, e.g. {@code ctx.step(() -> "Research base, " + region.displayName(), citation)}.
   *
   * @param label builds what the step computes
   * @param citation the rule it applies
   * @return the step
   */
  public Step step(java.util.function.Supplier<String> label, Citation citation) {
    return recording ? new Step(this, label, citation) : silent;
  }

  /**
   * {@return the result of the regional rule {@code id} for {@code region} in this context's year,
   * computed once per context}
   *
   * @param <T> the type of the rule's values
   * @param id the slot
   * @param region the ALF region
   */
  @SuppressWarnings("unchecked") // memo entries are stored under their rule id and region
  public <T> Explained<T> regional(RuleId<RegionRule<T>> id, AlfRegion region) {
    Explained<?>[] byRegion = regionalMemo.get(id.id());
    if (byRegion == null) {
      byRegion = new Explained<?>[AlfRegion.values().length];
      regionalMemo.put(id.id(), byRegion);
    }
    Explained<?> cached = byRegion[region.ordinal()];
    if (cached == null) {
      cached = rule(id).apply(this, region);
      byRegion[region.ordinal()] = cached;
    }
    return (Explained<T>) cached;
  }

  /**
   * {@return the result of the national rule {@code id} in this context's year, computed once}
   *
   * @param <T> the type of the rule's values
   * @param id the slot
   */
  @SuppressWarnings("unchecked")
  public <T> Explained<T> national(RuleId<NationalRule<T>> id) {
    Explained<?> cached = memo.get(id.id());
    if (cached == null) {
      cached = rule(id).apply(this);
      memo.put(id.id(), cached);
    }
    return (Explained<T>) cached;
  }

  /**
   * Returns the value the rules read for {@code key} on 1 January of this context's year (the
   * rule set's own parameter first, else the scenario's), with where it came from.
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @return the value and where it came from
   * @throws MissingInputException if neither the rule set nor the scenario has a value
   */
  public <T> SourcedValue<T> valueOf(Key<T> key) {
    Objects.requireNonNull(key, "key");
    Read<T> r = read(key, year.atDay(1));
    SourcedValue.Origin origin;
    if (!r.record.fromScenario()) {
      origin = SourcedValue.Origin.RULE_SET;
    } else if (r.record.basis() == Basis.INPUT
        || scenario.inputs().find(key, year.atDay(1))
            .filter(v -> isCallers(key, v)).isPresent()) {
      origin = SourcedValue.Origin.SCENARIO_INPUT;
    } else if (r.record.basis().isAssumption()) {
      origin = SourcedValue.Origin.ASSUMPTION;
    } else {
      origin = SourcedValue.Origin.PUBLISHED;
    }
    return new SourcedValue<>(key, r.value, origin, r.record);
  }

  /**
   * Returns a context like this one for {@code other} year (a rule may look back).
   *
   * @param other the year
   * @return the context for {@code other}
   */
  public RuleContext atYear(Year other) {
    return other.equals(year) ? this
        : new RuleContext(ruleSet, scenario, other, warnings, recording);
  }

  /**
   * Returns what the scenario's caller should know about the inputs the rules read in this
   * context (and the contexts of other years it opened): a value of theirs that is not used, and
   * a value of theirs that stops where a value they did not give takes over.
   */
  ImmutableList<Finding> warnings() {
    return ImmutableList.copyOf(warnings);
  }

  <T> Read<T> read(Key<T> key, LocalDate date) {
    Read<T> r = find(key, date);
    if (r == null) {
      throw new MissingInputException(key, date, ruleSet.id(), scenario.name());
    }
    return r;
  }

  /** As {@link #read}, or null where neither the rule set nor the scenario has a value. */
  @SuppressWarnings("unchecked") // cached under the very key object
  <T> @Nullable Read<T> find(Key<T> key, LocalDate date) {
    if (!date.equals(firstDay)) {
      return resolveRead(key, date);
    }
    Object cached = firstDayReads.get(key);
    if (cached == null) {
      cached = resolveRead(key, date);
      firstDayReads.put(key, cached == null ? ABSENT : cached);
    }
    return cached == ABSENT ? null : (Read<T>) cached;
  }

  /** The value of {@code key} on {@code date} with its record, or null where none is set. */
  private <T> @Nullable Read<T> resolveRead(Key<T> key, LocalDate date) {
    DatedValue<Setting<T>> own = ruleSet.parameters().findOrNull(key, date);
    DatedValue<Setting<T>> v = resolve(key, date, own);
    if (v == null) {
      return null;
    }
    ParameterRead record = ParameterRead.of(key, v, v != own);
    return new Read<>(v.value().value(), record);
  }

  /**
   * As {@link #read}, the value only, with the same checks and warnings: what a step that does
   * not record reads.
   */
  <T> T value(Key<T> key, LocalDate date) {
    T v = valueOrNull(key, date);
    if (v == null) {
      throw new MissingInputException(key, date, ruleSet.id(), scenario.name());
    }
    return v;
  }

  /** As {@link #value}, or null where neither the rule set nor the scenario has a value. */
  @SuppressWarnings("unchecked") // cached under the very key object
  <T> @Nullable T valueOrNull(Key<T> key, LocalDate date) {
    if (!date.equals(firstDay)) {
      return resolveValue(key, date);
    }
    Object cached = firstDayReads.get(key);
    if (cached == null) {
      cached = resolveValue(key, date);
      firstDayReads.put(key, cached == null ? ABSENT : cached);
    }
    return cached == ABSENT ? null : (T) cached;
  }

  private <T> T resolveValue(Key<T> key, LocalDate date) {
    DatedValue<Setting<T>> v = resolve(key, date,
        ruleSet.parameters().findOrNull(key, date));
    return v == null ? null : v.value().value();
  }

  /**
   * Returns the rule set's value {@code own} of {@code key} on {@code date}, warning if the
   * caller's value is ignored; or, where {@code own} is null, the scenario's value (null if none),
   * checked against the rule set's definition of the key, warning if the caller's input ends.
   */
  private <T> DatedValue<Setting<T>> resolve(Key<T> key, LocalDate date,
      DatedValue<Setting<T>> own) {
    if (own != null) {
      warnIfCallersInputIgnored(key, date, own);
      return own;
    }
    DatedValue<Setting<T>> v = scenario.inputs().findOrNull(key, date);
    if (v != null) {
      checkDefinition(key, v.value().value());
      warnIfCallersInputEnded(key, v);
    }
    return v;
  }

  /** The caller gave {@code key} a value on {@code date} that the rule set's own value shadows. */
  private <T> void warnIfCallersInputIgnored(Key<T> key, LocalDate date,
      DatedValue<Setting<T>> own) {
    if (!scenario.givesValueFor(key)) {
      return;
    }
    DatedValue<Setting<T>> mine = scenario.inputs().findOrNull(key, date);
    if (mine != null && isCallers(key, mine)) {
      warnings.add(Finding.builder().severity(Severity.WARNING)
          .check(INPUT_IGNORED)
          .message(key.id() + ": the scenario's value " + Formats.text(mine.value().value())
              + " " + mine.rangeText() + " is not used: rule set " + ruleSet.id()
              + " sets " + key.id() + " itself (" + Formats.text(own.value().value()) + " "
              + own.rangeText() + "), and a rule reads the rule set's own value first; change"
              + " it with a reform")
          .citation(own.citation()).build());
    }
  }

  /**
   * The scenario's value of {@code key} that a rule reads is not the caller's, but the caller gave
   * {@code key} a value for other dates: their input stopped and another value took over.
   */
  private <T> void warnIfCallersInputEnded(Key<T> key, DatedValue<Setting<T>> read) {
    if (isCallers(key, read)) {
      return;
    }
    String ranges = callersRanges(key);
    if (!ranges.isEmpty()) {
      warnings.add(Finding.builder().severity(Severity.WARNING).check(INPUT_ENDS)
          .message(key.id() + ": your value covers " + ranges + "; over " + read.rangeText()
              + " the " + read.value().basis().name().toLowerCase(java.util.Locale.ROOT) + " "
              + Formats.text(read.value().value()) + " of scenario " + scenario.name()
              + " applies")
          .citation(read.citation()).build());
    }
  }

  /**
   * Tells the caller that {@code key} has no value in this context's year and the rule derives one
   * ({@code derivation}, e.g. "derived from actual-hst.base[orebro] × the growth of rule set
   * pm-2024"), if the caller gave {@code key} a value for other dates: their input stopped and the
   * derivation took over. A rule that falls back to a derived value calls this.
   *
   * @param key the key without a value
   * @param derivation how the rule derives one
   */
  public void derivedInsteadOf(Key<?> key, String derivation) {
    Objects.requireNonNull(derivation, "derivation");
    derivedInsteadOf(key, () -> derivation);
  }

  /**
   * As {@link #derivedInsteadOf(Key, String)}, with the derivation's text built only if a warning
   * is given.
   *
   * @param key the key without a value
   * @param derivation builds how the rule derives one
   */
  public void derivedInsteadOf(Key<?> key, java.util.function.Supplier<String> derivation) {
    String ranges = callersRanges(key);
    if (!ranges.isEmpty()) {
      warnings.add(Finding.builder().severity(Severity.WARNING).check(INPUT_ENDS)
          .message(key.id() + ": your value covers " + ranges + "; in the other years read ("
              + ruleSet.id() + ") the value is " + derivation.get())
          .citation(ruleSet.source()).build());
    }
  }

  /**
   * Checks a scenario's value against the rule set's one definition of its key's id: a key the
   * rule set declares itself (not in {@link Keys#catalogue()}, which {@link Parameters} checks
   * when the value is put) keeps its constraint whatever key object the scenario used.
   */
  private void checkDefinition(Key<?> key, Object value) {
    Key<?> defined = ruleSet.declaredKeys().get(key.id());
    if (defined != null && defined != key) {
      defined.cast(value);
    }
  }

  /** Returns whether {@code value}, which the scenario holds for {@code key}, is the caller's. */
  private <T> boolean isCallers(Key<T> key, DatedValue<Setting<T>> value) {
    return value.value().basis() == Basis.INPUT
        || scenario.changes().find(key, value.from())
            .filter(c -> c.value().equals(value.value())).isPresent();
  }

  /** Returns the ranges over which the caller gave {@code key} a value, as text. */
  private <T> String callersRanges(Key<T> key) {
    if (!scenario.givesValueFor(key)) {
      return "";
    }
    Parameter<T> p = scenario.inputs().get(key).orElse(null);
    if (p == null) {
      return "";
    }
    // a rule reads a published value on every step: without a change of the caller's to key,
    // only a value with the basis INPUT is theirs, and no text is built unless one is
    boolean changed = scenario.changes().contains(key);
    StringBuilder ranges = null;
    for (DatedValue<Setting<T>> v : p.timeline().values()) {
      if (v.value().basis() == Basis.INPUT || changed && isCallers(key, v)) {
        ranges = ranges == null ? new StringBuilder() : ranges.append(", ");
        ranges.append(v.rangeText());
      }
    }
    return ranges == null ? "" : ranges.toString();
  }

  /** A value read and the record of reading it. */
  record Read<T>(T value, ParameterRead record) {}
}
