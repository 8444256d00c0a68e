package se.alf.rules.compare;

import java.util.Objects;
import se.alf.rules.Line;

/**
 * What the values of a {@link Line} count: kronor or full-year students.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Unit {
  /** Swedish kronor, exact to the öre. */
  SEK("SEK"),
  /** Full-year students (helårsstudenter), an exact ratio. */
  HST("HST");

  private final String symbol;

  Unit(String symbol) {
    this.symbol = symbol;
  }

  /**
   * {@return the unit of {@code line}}
   *
   * @param line the line
   */
  public static Unit of(Line line) {
    return Objects.requireNonNull(line, "line").isStudents() ? HST : SEK;
  }

  /** {@return the symbol written in renderings: {@code SEK} or {@code HST}} */
  public String symbol() {
    return symbol;
  }
}
