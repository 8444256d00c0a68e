package se.alf.rules.explain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>An explanation may be {@linkplain #deferred deferred}: built on first use by its source (a
 * comparison's lines evaluate the rules again with recording on), at most once; it then behaves
 * in every way as the explanation it stands for.
 *
 * @since 0.1
 */
public final class Explanation {

  /**
   * The version of the explanation's shape: "2" keeps typed values and renders text on demand
   * (version "1" held text only).
   */
  public static final String SCHEMA_VERSION = "2";

  private final Supplier<String> label;
  private final Object value;
  private final Supplier<String> valueText;
  private final Citation citation;
  private final Supplier<String> formula;
  private final ImmutableList<ParameterRead> reads;
  private final ImmutableList<Explanation> steps;
  private ImmutableList<ParameterRead> allReads; // computed on first use
  private volatile String[] ownLines; // rendered on first use
  /** Builds the explanation this one stands for; null where this one was built directly. */
  private final @Nullable Supplier<Explanation> deferred;
  /** What {@link #deferred} built, once built; every field above is null in a deferred one. */
  private volatile @Nullable Explanation built;
  /**
   * Stands in {@link #built} (and in a lazy {@link Explained}'s explanation) while the source runs,
   * under the lock: met again under the lock, it can only be the same thread asking again, a cycle.
   */
  static final Explanation BUILDING = new Explanation(() -> {
    throw new IllegalStateException("never built");
  });

  private Explanation(Builder b) {
    this.deferred = null;
    this.label = Objects.requireNonNull(b.label, "label");
    this.value = b.value;
    this.valueText = b.valueText;
    this.citation = b.citation;
    this.formula = b.formula;
    this.reads = b.reads;
    this.steps = b.steps;
  }

  /** A deferred explanation: its fields stay null, as every method reads those of built(). */
  private Explanation(Supplier<Explanation> deferred) {
    this.deferred = deferred;
    this.label = null;
    this.value = null;
    this.valueText = null;
    this.citation = null;
    this.formula = null;
    this.reads = null;
    this.steps = null;
  }

  /**
   * {@return an explanation that {@code source} builds on first use} Until then it holds nothing
   * but {@code source}; from then on it is the explanation {@code source} built: equal to it,
   * rendered alike. Use it where a result may never be asked why, e.g. a comparison's lines, so
   * that the rules run with recording on only for the lines someone reads.
   *
   * <p>The source runs until it returns an explanation, which is kept: once, even when several
   * threads ask at the same time (the others wait); a source that throws is asked again on the
   * next call. It must not read, directly or through other deferred explanations, the explanation
   * it builds: on one thread such a cycle is refused with an {@link IllegalStateException}, across
   * threads it would wait forever. Nor may the explanation it returns contain this one.
   *
   * @param source builds the explanation; it must not return null
   */
  public static Explanation deferred(Supplier<Explanation> source) {
    return new Explanation(Objects.requireNonNull(source, "source"));
  }

  /** {@return this explanation, or the one it stands for once built where it is deferred} */
  private Explanation built() {
    if (deferred == null) {
      return this;
    }
    Explanation e = built;
    if (e == null || e == BUILDING) {
      synchronized (this) {
        e = built;
        if (e == null) {
          built = BUILDING;
          try {
            e = Objects.requireNonNull(deferred.get(), "a deferred explanation's source returned"
                + " null").built();
          } finally {
            built = e; // null again if the source failed: it is asked again next time
          }
        } else if (e == BUILDING) {
          throw cycle();
        }
      }
    }
    return e;
  }

  /** {@return the refusal of a source that asked for the explanation it was building} */
  static IllegalStateException cycle() {
    return new IllegalStateException("the source of an explanation built on first use asked for"
        + " that same explanation while building it (a cycle)");
  }

  /**
   * What was computed, e.g. {@code "Education compensation, Örebro, 2027"}.
   *
   * @return what was computed
   */
  public String label() {
    return built().label.get();
  }

  /**
   * The value, as text (see {@link Formats#text}); empty for a node that states something
   * without a value (e.g. a condition of a verdict).
   *
   * @return the value as text, or empty
   */
  public String value() {
    Explanation e = built();
    if (e.valueText != null) {
      return e.valueText.get();
    }
    return e.value == null ? "" : Formats.text(e.value);
  }

  /**
   * The value, typed (e.g. {@code Sek}, {@code FullYearStudents}, {@code Ratio}, {@code Boolean}
   * for a verdict), or null for a node that states something without a value.
   *
   * @return the typed value, or null
   */
  public @Nullable Object typedValue() {
    return built().value;
  }

  /**
   * The rule that produced the value.
   *
   * @return the rule's citation, or empty
   */
  public Optional<Citation> citation() {
    return Optional.ofNullable(built().citation);
  }

  /**
   * A short description of the arithmetic, e.g. {@code "rate × compensated students"}.
   *
   * @return the formula, or empty
   */
  public Optional<String> formula() {
    Supplier<String> f = built().formula;
    return f == null ? Optional.empty() : Optional.of(f.get());
  }

  /**
   * The parameters this step read itself, in the order read.
   *
   * @return the parameters read, possibly none
   */
  public ImmutableList<ParameterRead> reads() {
    return built().reads;
  }

  /**
   * The steps this step used, in the order used.
   *
   * @return the steps used, possibly none
   */
  public ImmutableList<Explanation> steps() {
    return built().steps;
  }

  /**
   * Returns every parameter read in this tree, each id and range once, in the order met.
   *
   * @return every parameter read in the tree
   */
  public ImmutableList<ParameterRead> allReads() {
    if (deferred != null) {
      return built().allReads();
    }
    ImmutableList<ParameterRead> all = allReads;
    if (all == null) {
      Map<ReadKey, ParameterRead> seen = new LinkedHashMap<>();
      collect(this, seen, Collections.newSetFromMap(new IdentityHashMap<>()));
      all = ImmutableList.copyOf(seen.values());
      allReads = all; // a benign race: every thread computes the same immutable list
    }
    return all;
  }

  /** Identifies a read by key id and range, without building text. */
  private record ReadKey(String id, LocalDate from, Optional<LocalDate> until) {}

  /**
   * Adds the reads of {@code e}'s tree to {@code seen}; a step used in several places (e.g. the
   * appropriation beneath every region's research) is walked once, as its reads are in already.
   */
  private static void collect(Explanation e, Map<ReadKey, ParameterRead> seen,
      Set<Explanation> walked) {
    e = e.built();
    if (!walked.add(e)) {
      return;
    }
    for (ParameterRead r : e.reads) {
      seen.putIfAbsent(new ReadKey(r.id(), r.from(), r.until()), r);
    }
    for (Explanation s : e.steps) {
      collect(s, seen, walked);
    }
  }

  /**
   * Returns the assumptions this value rests on, anywhere in the tree.
   *
   * @return the assumptions, possibly none
   */
  public ImmutableList<ParameterRead> assumptions() {
    return allReads().stream().filter(r -> r.basis().isAssumption())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the value rests on at least one assumption.
   *
   * @return whether the value rests on an assumption
   */
  public boolean restsOnAssumptions() {
    return !assumptions().isEmpty();
  }

  /**
   * Returns the tree as indented text a finance officer can follow: one line per step with its
   * value and rule, the parameters it read beneath it.
   *
   * @return the tree as text, one line per step
   */
  public String render() {
    StringBuilder b = new StringBuilder(8192);
    render(this, 0, b);
    return b.toString();
  }

  private static void render(Explanation e, int depth, StringBuilder b) {
    String[] own = e.built().ownLines();
    indent(b, depth).append(own[0]).append('\n');
    for (int i = 1; i < own.length; i++) {
      indent(b, depth + 1).append(own[i]).append('\n');
    }
    for (Explanation s : e.built().steps) {
      render(s, depth + 1, b);
    }
  }

  /**
   * Returns this node's own lines of text, without indentation: its label, value and citation;
   * its formula ("= ..."); each parameter it read ("· ..."). Built once: a node shared by several
   * trees (e.g. the research steps beneath every region's total) is formatted once for all.
   */
  private String[] ownLines() {
    String[] own = ownLines;
    if (own == null) {
      own = new String[1 + (formula == null ? 0 : 1) + reads.size()];
      StringBuilder b = new StringBuilder(128).append(label());
      if (value != null || valueText != null) {
        b.append(": ").append(value());
      }
      if (citation != null) {
        b.append("  [").append(citation.render()).append(']');
      }
      int i = 0;
      own[i++] = b.toString();
      if (formula != null) {
        own[i++] = "= " + formula.get();
      }
      for (ParameterRead r : reads) {
        b.setLength(0);
        b.append("· ");
        r.render(b);
        own[i++] = b.toString();
      }
      ownLines = own; // a benign race: every thread builds the same lines; volatile publishes them
    }
    return own;
  }

  private static StringBuilder indent(StringBuilder b, int depth) {
    for (int i = 0; i < depth; i++) {
      b.append("  ");
    }
    return b;
  }

  /** Two explanations are equal when they render alike and hold equal typed values and reads. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Explanation that)) {
      return false;
    }
    Explanation self = built();
    Explanation other = that.built();
    if (self == other) {
      return true;
    }
    return self.equalsBuilt(other);
  }

  private boolean equalsBuilt(Explanation other) {
    return Objects.equals(value, other.value) && value().equals(other.value())
        && Objects.equals(citation, other.citation)
        && reads.equals(other.reads) && steps.equals(other.steps)
        && label().equals(other.label()) && formula().equals(other.formula());
  }

  @Override
  public int hashCode() {
    Explanation e = built();
    return Objects.hash(e.value, e.citation, e.reads, e.steps);
  }

  /**
   * Returns {@link #render()}: the whole tree as text, so that printing an explanation (in jshell,
   * or appended to a text) shows it as before explanations were typed.
   */
  @Override
  public String toString() {
    return render();
  }

  /**
   * Returns a builder of an explanation (for the engine and rule-set authors).
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder {
    private Supplier<String> label;
    private Object value;
    private Supplier<String> valueText;
    private Citation citation;
    private Supplier<String> formula;
    private ImmutableList<ParameterRead> reads = ImmutableList.of();
    private ImmutableList<Explanation> steps = ImmutableList.of();

    Builder() {}

    /**
     * Sets the label.
     *
     * @param label what was computed
     * @return this builder
     */
    public Builder label(String label) {
      Objects.requireNonNull(label, "label");
      this.label = () -> label;
      return this;
    }

    /**
     * Sets the label, rendered on demand.
     *
     * @param label builds what was computed
     * @return this builder
     */
    public Builder label(Supplier<String> label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /**
     * Sets the typed value.
     *
     * @param value the typed value
     * @return this builder
     */
    public Builder value(Object value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The value's text where {@link Formats#text} would not say it (e.g. a verdict's).
     *
     * @param valueText builds the value's text
     * @return this builder
     */
    public Builder valueText(Supplier<String> valueText) {
      this.valueText = Objects.requireNonNull(valueText, "valueText");
      return this;
    }

    /**
     * Sets the citation.
     *
     * @param citation the rule's citation
     * @return this builder
     */
    public Builder citation(Citation citation) {
      this.citation = Objects.requireNonNull(citation, "citation");
      return this;
    }

    /**
     * Sets the formula.
     *
     * @param formula the arithmetic, e.g. {@code "rate × students"}
     * @return this builder
     */
    public Builder formula(String formula) {
      Objects.requireNonNull(formula, "formula");
      this.formula = () -> formula;
      return this;
    }

    /**
     * Sets the formula, rendered on demand.
     *
     * @param formula builds the arithmetic's text
     * @return this builder
     */
    public Builder formula(Supplier<String> formula) {
      this.formula = Objects.requireNonNull(formula, "formula");
      return this;
    }

    /**
     * Sets the parameter reads.
     *
     * @param reads the parameters read
     * @return this builder
     */
    public Builder reads(ImmutableList<ParameterRead> reads) {
      this.reads = Objects.requireNonNull(reads, "reads");
      return this;
    }

    /**
     * Sets the sub-steps.
     *
     * @param steps the steps used
     * @return this builder
     */
    public Builder steps(ImmutableList<Explanation> steps) {
      this.steps = Objects.requireNonNull(steps, "steps");
      return this;
    }

    /**
     * Returns the explanation; the label is required.
     *
     * @return the explanation
     */
    public Explanation build() {
      Objects.requireNonNull(label, "label");
      return new Explanation(this);
    }
  }
}
