package se.alf.programme;

/**
 * The half of an academic year a {@link Semester} falls in: spring term (vårtermin, VT) or autumn
 * term (hösttermin, HT). Within a calendar year VT comes before HT.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Season {
  /** Spring term (vårtermin), January to June. */
  VT,
  /** Autumn term (hösttermin), August/September to January. */
  HT
}
