package se.alf.rules.param;

import java.util.Objects;

/**
 * A value together with what it rests on ({@link Basis}).
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {

  private final T value;
  private final Basis basis;

  private Setting(T value, Basis basis) {
    this.value = Objects.requireNonNull(value, "value");
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  public static <T> Setting<T> of(T value, Basis basis) {
    return new Setting<>(value, basis);
  }

  public T value() {
    return value;
  }

  public Basis basis() {
    return basis;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Setting<?> other && other.value.equals(value)
        && other.basis == basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, basis);
  }

  /** Returns the value, marked {@code (assumption)} when it is one. */
  @Override
  public String toString() {
    return basis.isAssumption() ? value + " (assumption)" : String.valueOf(value);
  }
}
