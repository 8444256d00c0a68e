package se.alf.rules.compare;

/**
 * One kind of difference a {@link Comparison} holds: a line of a region and year
 * ({@link LineComparison}), the national totals of a year ({@link NationalComparison}), a
 * parameter ({@link ParameterDifference}), a statement ({@link StatementDifference}) or the verdict
 * on a research project ({@link VerdictComparison}). Each is an immutable record (or a sealed
 * family of records); switch on the type for its data.
 *
 * <p>Every implementation is an immutable record, thread-safe.
 *
 * @since 0.1
 */
public sealed interface Difference
    permits LineComparison, NationalComparison, ParameterDifference, StatementDifference,
        VerdictComparison {

  /**
   * {@return whether the two sides differ here: a value, a total, a verdict or a condition; a
   * parameter or statement difference always does, as it exists only where the sides differ}
   */
  boolean isChanged();
}
