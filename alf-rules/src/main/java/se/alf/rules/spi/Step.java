package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import se.alf.rules.MissingInputException;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Key;
import se.alf.source.Citation;

/**
 * One step of a rule as it runs: it reads parameters and uses other steps' results, recording
 * each, and ends with {@link #done} which returns the value with its {@link Explanation}.
 *
 * <p>In a context that does not record (an allocation read for its totals), every step is one
 * shared step that records nothing: reads return values (with the same checks and warnings),
 * {@link #done} returns the value without an explanation, which is built later by evaluating the
 * rules again with recording on. A rule reads and returns the same either way.
 *
 * <p>Not thread-safe: a step belongs to the rule that runs it, in one thread.
 *
 * @since 0.1
 */
public final class Step {

  private final RuleContext context;
  private final Supplier<String> label;
  private final Citation citation;
  /** What the step read and used; both null for a step that does not record. */
  private final List<ParameterRead> reads;
  private final List<Explanation> steps;
  private Supplier<String> formula;

  Step(RuleContext context, Supplier<String> label, Citation citation) {
    this.context = context;
    this.label = Objects.requireNonNull(label, "label");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.reads = new ArrayList<>(4);
    this.steps = new ArrayList<>(4);
  }

  /**
   * A step that records nothing: it reads values (with their checks and warnings) and returns
   * results without explanations. One serves every step of a context that does not record.
   */
  Step(RuleContext context) {
    this.context = context;
    this.label = null;
    this.citation = null;
    this.reads = null;
    this.steps = null;
  }

  /** Returns the context this step runs in. */
  RuleContext context() {
    return context;
  }

  /** {@return the year of the evaluation this step belongs to} */
  public java.time.Year year() {
    return context.year();
  }

  /**
   * Reads {@code key} as it stands on 1 January of the context's year.
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @return the value
   * @throws MissingInputException if neither the rule set nor the scenario has a value then
   */
  public <T> T read(Key<T> key) {
    return read(key, context.firstDay());
  }

  /**
   * Reads {@code key} as it stands on {@code date}.
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @param date the day
   * @return the value
   */
  public <T> T read(Key<T> key, LocalDate date) {
    if (reads == null) {
      return context.value(key, date);
    }
    RuleContext.Read<T> r = context.read(key, date);
    record(r);
    return r.value();
  }

  private void record(RuleContext.Read<?> r) {
    if (!reads.contains(r.record())) {
      reads.add(r.record()); // the same value over the same dates, read twice, is recorded once
    }
  }

  /**
   * Reads {@code key} as it stands on 1 January of the context's year, or empty if neither the
   * rule set nor the scenario has a value: for inputs that are optional by nature (e.g. funds
   * carried over, which a scenario reports only when there are some).
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @return the value, or empty
   */
  public <T> java.util.Optional<T> find(Key<T> key) {
    if (reads == null) {
      return java.util.Optional.ofNullable(context.valueOrNull(key, context.firstDay()));
    }
    RuleContext.Read<T> r = context.find(key, context.firstDay());
    if (r == null) {
      return java.util.Optional.empty();
    }
    record(r);
    return java.util.Optional.of(r.value());
  }

  /**
   * Uses the result of another step, adding its explanation beneath this one.
   *
   * @param <T> the type of the result
   * @param result the other step's result
   * @return its value
   */
  public <T> T use(Explained<T> result) {
    if (steps == null) {
      return result.value();
    }
    steps.add(result.explanation());
    return result.value();
  }

  /**
   * Records the arithmetic of this step, e.g. {@code "rate × students"}.
   *
   * @param formula the arithmetic
   * @return this step
   */
  public Step formula(String formula) {
    Objects.requireNonNull(formula, "formula");
    if (reads != null) {
      this.formula = () -> formula;
    }
    return this;
  }

  /**
   * Records the arithmetic of this step as text built only when the explanation is rendered, e.g.
   * {@code s.formula(() -> "base × " + growth.format())}: nothing is formatted or concatenated
   * while the money is computed. The supplier must only read values that do not change.
   *
   * @param formula builds the arithmetic's text
   * @return this step
   */
  public Step formula(Supplier<String> formula) {
    Objects.requireNonNull(formula, "formula");
    if (reads != null) {
      this.formula = formula;
    }
    return this;
  }

  /**
   * Ends the step with {@code value}, returning it with the explanation recorded.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the value, explained
   */
  public <T> Explained<T> done(T value) {
    if (reads == null) {
      return Explained.unexplained(value);
    }
    Explanation.Builder b = Explanation.builder().label(label).value(value)
        .citation(citation)
        .reads(ImmutableList.copyOf(reads)).steps(ImmutableList.copyOf(steps));
    if (formula != null) {
      b.formula(formula);
    }
    return Explained.of(value, b.build());
  }
}
