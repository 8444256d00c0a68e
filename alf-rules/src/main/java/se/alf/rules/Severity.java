package se.alf.rules;

/**
 * How serious a validation {@link Finding} is.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Severity {
  /** Breaks a rule of the agreement. */
  ERROR,
  /** May break a rule, or cannot be checked because a fact is unknown. */
  WARNING,
  /** Worth knowing; breaks nothing. */
  INFO
}
