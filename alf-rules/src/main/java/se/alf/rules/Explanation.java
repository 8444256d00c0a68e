package se.alf.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import se.alf.source.Citation;

/**
 * How a value was computed, as a tree: each node has a label, the value, the citation of the rule
 * that produced it, the parameters it read (with the dates of their values), and the steps it
 * used. Leaves reach the inputs.
 *
 * <p>The tree keeps typed values ({@link #typedValue()}, {@link ParameterRead#typedValue()}); its
 * text (labels, values, formulas) is rendered on demand, so recording an explanation while the
 * rules run costs little. An explanation travels with its result; nothing is kept in global or
 * thread-local state. Instances are immutable and thread-safe if the values are.
 */
public final class Explanation {

  /**
   * The version of the explanation's shape: "2" keeps typed values and renders text on demand
   * (version "1" held text only).
   */
  public static final String SCHEMA_VERSION = "2";

  private final Supplier<String> label;
  private final Object value;
  private final Citation citation;
  private final Supplier<String> formula;
  private final ImmutableList<ParameterRead> reads;
  private final ImmutableList<Explanation> steps;

  private Explanation(Builder b) {
    this.label = Objects.requireNonNull(b.label, "label");
    this.value = Objects.requireNonNull(b.value, "value");
    this.citation = b.citation;
    this.formula = b.formula;
    this.reads = b.reads;
    this.steps = b.steps;
  }

  /** What was computed, e.g. {@code "Education compensation, Örebro, 2027"}. */
  public String label() {
    return label.get();
  }

  /** The value, as text (see {@link Formats#text}). */
  public String value() {
    return Formats.text(value);
  }

  /** The value, typed (e.g. {@code Sek}, {@code FullYearStudents}, {@code Ratio}). */
  public Object typedValue() {
    return value;
  }

  /** The rule that produced the value. */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  /** A short description of the arithmetic, e.g. {@code "rate × compensated students"}. */
  public Optional<String> formula() {
    return formula == null ? Optional.empty() : Optional.of(formula.get());
  }

  /** The parameters this step read itself, in the order read. */
  public ImmutableList<ParameterRead> reads() {
    return reads;
  }

  /** The steps this step used, in the order used. */
  public ImmutableList<Explanation> steps() {
    return steps;
  }

  /** Returns every parameter read in this tree, each id and range once, in the order met. */
  public ImmutableList<ParameterRead> allReads() {
    Map<ReadKey, ParameterRead> seen = new LinkedHashMap<>();
    collect(this, seen);
    return ImmutableList.copyOf(seen.values());
  }

  /** Identifies a read by key id and range, without building text. */
  private record ReadKey(String id, LocalDate from, Optional<LocalDate> until) {}

  private static void collect(Explanation e, Map<ReadKey, ParameterRead> seen) {
    e.reads.forEach(r -> seen.putIfAbsent(new ReadKey(r.id(), r.from(), r.until()), r));
    e.steps.forEach(s -> collect(s, seen));
  }

  /** Returns the assumptions this value rests on, anywhere in the tree. */
  public ImmutableList<ParameterRead> assumptions() {
    return allReads().stream().filter(r -> r.basis().isAssumption())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether the value rests on at least one assumption. */
  public boolean restsOnAssumptions() {
    return !assumptions().isEmpty();
  }

  /**
   * Returns the tree as indented text a finance officer can follow: one line per step with its
   * value and rule, the parameters it read beneath it.
   */
  public String render() {
    List<String> lines = new ArrayList<>();
    render(this, "", lines);
    return String.join("\n", lines) + "\n";
  }

  private static void render(Explanation e, String indent, List<String> lines) {
    StringBuilder head = new StringBuilder(indent).append(e.label()).append(": ").append(e.value());
    e.citation().ifPresent(c -> head.append("  [").append(c.render()).append(']'));
    lines.add(head.toString());
    e.formula().ifPresent(f -> lines.add(indent + "  = " + f));
    e.reads.forEach(r -> lines.add(indent + "  · " + r.render()));
    e.steps.forEach(s -> render(s, indent + "  ", lines));
  }

  /** Two explanations are equal when they render alike and hold equal typed values and reads. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Explanation)) {
      return false;
    }
    Explanation other = (Explanation) o;
    return value.equals(other.value) && Objects.equals(citation, other.citation)
        && reads.equals(other.reads) && steps.equals(other.steps)
        && label().equals(other.label()) && formula().equals(other.formula());
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, citation, reads, steps);
  }

  /** Returns {@code "label: value"}; {@link #render()} gives the whole tree. */
  @Override
  public String toString() {
    return label() + ": " + value();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  static final class Builder {
    private Supplier<String> label;
    private Object value;
    private Citation citation;
    private Supplier<String> formula;
    private ImmutableList<ParameterRead> reads = ImmutableList.of();
    private ImmutableList<Explanation> steps = ImmutableList.of();

    Builder() {}

    Builder label(String label) {
      Objects.requireNonNull(label, "label");
      this.label = () -> label;
      return this;
    }

    Builder label(Supplier<String> label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    Builder value(Object value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    Builder citation(Citation citation) {
      this.citation = Objects.requireNonNull(citation, "citation");
      return this;
    }

    Builder formula(String formula) {
      Objects.requireNonNull(formula, "formula");
      this.formula = () -> formula;
      return this;
    }

    Builder formula(Supplier<String> formula) {
      this.formula = Objects.requireNonNull(formula, "formula");
      return this;
    }

    Builder reads(ImmutableList<ParameterRead> reads) {
      this.reads = Objects.requireNonNull(reads, "reads");
      return this;
    }

    Builder steps(ImmutableList<Explanation> steps) {
      this.steps = Objects.requireNonNull(steps, "steps");
      return this;
    }

    Explanation build() {
      return new Explanation(this);
    }
  }
}
