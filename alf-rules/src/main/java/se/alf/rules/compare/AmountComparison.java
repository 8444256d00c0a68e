package se.alf.rules.compare;

import java.util.Objects;
import se.alf.money.Sek;

/**
 * An amount under both rule sets and the difference right − left, exact to the öre.
 *
 * <p>Immutable and thread-safe.
 *
 * @param left the left rule set's amount
 * @param right the right rule set's amount
 * @since 0.1
 */
public record AmountComparison(Sek left, Sek right) {

  /**
   * Checks that both amounts are given.
   *
   * @param left the left rule set's amount
   * @param right the right rule set's amount
   */
  public AmountComparison {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  /**
   * {@return the comparison of {@code left} with {@code right}}
   *
   * @param left the left rule set's amount
   * @param right the right rule set's amount
   */
  public static AmountComparison of(Sek left, Sek right) {
    return new AmountComparison(left, right);
  }

  /** {@return right − left} */
  public Sek difference() {
    return right.minus(left);
  }

  /** {@return whether the two amounts differ} */
  public boolean isChanged() {
    return !left.equals(right);
  }

  /**
   * {@return whether the amounts differ by exactly one öre: a rounding difference, not a change}
   * See {@link MoneyLine#isRoundingDifference()} for the criterion.
   */
  public boolean isRoundingDifference() {
    long ore = difference().ore();
    return ore == 1 || ore == -1;
  }

  /** {@return whether the amounts differ by more than a rounding difference} */
  public boolean isMaterialChange() {
    return isChanged() && !isRoundingDifference();
  }

  /** Returns e.g. {@code "1 750 000 000,00 kr → 1 925 000 000,00 kr (+175 000 000,00 kr)"}. */
  @Override
  public String toString() {
    return left.format() + " → " + right.format() + " ("
        + se.alf.rules.report.Texts.signed(difference()) + ")";
  }
}
