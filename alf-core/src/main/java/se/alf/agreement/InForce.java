package se.alf.agreement;

import java.util.Objects;

/**
 * Whether an agreement is in force (<i>gäller</i>) on a date, as far as the sources tell.
 *
 * <p>The values are ordered from least to most certain of being in force, so that the status of
 * a chain of agreements is the least of its links ({@link #and(InForce)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum InForce {
  /** Not in force: the date is before the earliest day the agreement can have taken effect. */
  NOT_IN_FORCE,
  /** The sources do not tell: the date is between the earliest and the latest possible start. */
  UNKNOWN,
  /** In force: the date is on or after the latest day the agreement can have taken effect. */
  IN_FORCE;

  /**
   * {@return the less certain of this and {@code other}: the status of both holding at once}
   *
   * @param other the other status
   */
  public InForce and(InForce other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) <= 0 ? this : other;
  }
}
