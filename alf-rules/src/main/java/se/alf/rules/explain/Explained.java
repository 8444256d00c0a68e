package se.alf.rules.explain;

import java.util.Objects;

/**
 * A computed value with its {@link Explanation}.
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T> the type of the value
 */
public final class Explained<T> {

  private final T value;
  private final Explanation explanation;

  private Explained(T value, Explanation explanation) {
    this.value = Objects.requireNonNull(value, "value");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  public static <T> Explained<T> of(T value, Explanation explanation) {
    return new Explained<>(value, explanation);
  }

  public T value() {
    return value;
  }

  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explained<?> other && other.value.equals(value)
        && other.explanation.equals(explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, explanation);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
