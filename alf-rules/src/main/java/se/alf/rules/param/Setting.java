package se.alf.rules.param;

import java.util.Objects;

/**
 * A value together with what it rests on ({@link Basis}).
 *
 * <p>Immutable and thread-safe if its value is.
 *
 * @param value the value
 * @param basis what the value rests on
 * @param <T> the type of the value
 * @since 0.1
 */
public record Setting<T>(T value, Basis basis) {

  /**
   * Checks that neither component is null.
   *
   * @param value the value
   * @param basis what the value rests on
   */
  public Setting {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * {@return {@code value} resting on {@code basis}}
   *
   * @param <T> the type of the value
   * @param value the value
   * @param basis what the value rests on
   */
  public static <T> Setting<T> of(T value, Basis basis) {
    return new Setting<>(value, basis);
  }

  /** Returns the value, marked {@code (assumption)} when it is one. */
  @Override
  public String toString() {
    return basis.isAssumption() ? value + " (assumption)" : String.valueOf(value);
  }
}
