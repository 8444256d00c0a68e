package se.alf.rules;

import java.time.Year;
import java.util.Objects;

/**
 * Thrown when the values a rule reads, each valid on its own, cannot be computed together: e.g.
 * every research key 0, so that there is nothing to split the appropriation by. The message names
 * the values (by key id), the year, the rule and what it needs; the values come from a scenario or
 * a reform, so a caller fixes them there.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class InputRefusedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The key id, or the family with {@code [*]}, of the values refused. */
  private final String key;
  /** The year computed. */
  private final Year year;

  /**
   * Says that the values of {@code key} in {@code year} cannot be computed by a rule.
   *
   * @param key the key id, or a family with {@code [*]}, e.g. {@code research.key[*]}
   * @param year the year computed
   * @param problem what is wrong with the values, e.g. {@code "are all 0"}
   * @param rule the rule and its citation, and what it needs, e.g. {@code "the appropriation is
   *     split by the keys (ALF 2014 § 9), so at least one must be more than 0"}
   */
  public InputRefusedException(String key, Year year, String problem, String rule) {
    super(Objects.requireNonNull(key, "key") + " " + Objects.requireNonNull(problem, "problem")
        + " in " + Objects.requireNonNull(year, "year") + ": "
        + Objects.requireNonNull(rule, "rule"));
    this.key = key;
    this.year = year;
  }

  /** {@return the key id, or the family with {@code [*]}, of the values refused} */
  public String key() {
    return key;
  }

  /** {@return the year computed} */
  public Year year() {
    return year;
  }
}
