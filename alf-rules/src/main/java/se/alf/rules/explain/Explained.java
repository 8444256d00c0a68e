package se.alf.rules.explain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A computed value with its {@link Explanation}.
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T> the type of the value
 * @since 0.1
 */
public final class Explained<T> {

  private final T value;
  /** The explanation; null until first asked for where it is built lazily. */
  private volatile Explanation explanation;
  /** Builds the explanation on first use; null where it was given. */
  private final Supplier<Explanation> source;

  private Explained(T value, Explanation explanation, Supplier<Explanation> source) {
    this.value = Objects.requireNonNull(value, "value");
    this.explanation = explanation;
    this.source = source;
  }

  /**
   * {@return {@code value} explained by {@code explanation}}
   *
   * @param <T> the type of the value
   * @param value the value
   * @param explanation its explanation
   */
  public static <T> Explained<T> of(T value, Explanation explanation) {
    return new Explained<>(value, Objects.requireNonNull(explanation, "explanation"), null);
  }

  /**
   * {@return {@code value} whose explanation {@code source} builds on the first call of
   * {@link #explanation()}} The source runs until it returns an explanation, which is kept: once,
   * even when several threads ask at the same time; a source that throws is asked again on the
   * next call. It must return the explanation of this very value, and must not ask for it while
   * building it: on one thread that cycle is refused with an {@link IllegalStateException}.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param source builds its explanation
   */
  public static <T> Explained<T> lazy(T value, Supplier<Explanation> source) {
    return new Explained<>(value, null, Objects.requireNonNull(source, "source"));
  }

  /**
   * {@return {@code value} without an explanation, for a rule evaluated without recording (see
   * {@code se.alf.rules.spi.RuleContext}): such a result stays inside the evaluation and never
   * reaches a caller}
   *
   * @param <T> the type of the value
   * @param value the value
   */
  public static <T> Explained<T> unexplained(T value) {
    return new Explained<>(value, null, UNEXPLAINED);
  }

  private static final Supplier<Explanation> UNEXPLAINED = () -> {
    throw new IllegalStateException("a result evaluated without recording has no explanation");
  };

  /** {@return whether the explanation is built (for tests: a lazy one is not, until asked for)} */
  public boolean hasExplanation() {
    Explanation e = explanation;
    return e != null && e != Explanation.BUILDING;
  }

  /** {@return the value} */
  public T value() {
    return value;
  }

  /** {@return why the value is what it is, built on first use where it is built lazily} */
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null || e == Explanation.BUILDING) {
      synchronized (this) {
        e = explanation;
        if (e == null) {
          explanation = Explanation.BUILDING;
          try {
            e = Objects.requireNonNull(source.get(), "explanation");
          } finally {
            explanation = e; // the volatile write publishes the whole tree; null if it failed
          }
        } else if (e == Explanation.BUILDING) {
          throw Explanation.cycle();
        }
      }
    }
    return e;
  }

  /** Two results are equal when their values and their explanations are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Explained<?> other && other.value.equals(value)
        && other.explanation().equals(explanation());
  }

  /** Hashes the value only (equal results have equal values), so no explanation is built. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
