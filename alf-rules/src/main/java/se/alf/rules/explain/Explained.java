package se.alf.rules.explain;

import java.util.Objects;

/**
 * A computed value with its {@link Explanation}.
 *
 * <p>Immutable and thread-safe if its value is.
 *
 * @param value the value
 * @param explanation why the value is what it is
 * @param <T> the type of the value
 */
public record Explained<T>(T value, Explanation explanation) {

  /** Checks that neither component is null. */
  public Explained {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Returns {@code value} explained by {@code explanation}. */
  public static <T> Explained<T> of(T value, Explanation explanation) {
    return new Explained<>(value, explanation);
  }

  /** Returns the value as text; the explanation is {@link #explanation()}. */
  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
