package se.alf.rules.explain;

import java.util.Objects;
import se.alf.rules.param.Key;

/**
 * The value a rule set uses for a key in a year with a scenario, typed, with where it came from
 * ({@link #origin()}) and the read behind it (its dates, basis and citation).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the key read
 * @param value the value, of the key's type
 * @param origin where the value came from
 * @param read the record of the read: the dated value, its basis and its citation
 * @param <T> the key's type
 * @since 0.1
 */
public record SourcedValue<T>(Key<T> key, T value, Origin origin, ParameterRead read) {

  /** Where a value a rule set uses came from. */
  public enum Origin {
    /** A parameter of the rule set itself (its basis says agreement, published or assumption). */
    RULE_SET,
    /** A value the scenario's caller gave. */
    SCENARIO_INPUT,
    /** A published figure the scenario holds (e.g. {@code Scenarios.published()}'s). */
    PUBLISHED,
    /** A labelled assumption the scenario holds where nothing is published. */
    ASSUMPTION
  }

  /**
   * Checks that no component is null and that the value is of the key's type.
   *
   * @param key the key read
   * @param value the value
   * @param origin where it came from
   * @param read the read behind it
   */
  public SourcedValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(read, "read");
    key.cast(value);
  }

  /** Returns e.g. {@code education.rate-per-hst = 79 547,00 kr (RULE_SET, published)}. */
  @Override
  public String toString() {
    return key.id() + " = " + Formats.text(value) + " (" + origin + ", "
        + read.basis().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
