package se.alf.rules.compare;

import java.util.Objects;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;

/**
 * Whether an ALF region wins or loses under one rule set against the first of a
 * {@link MultiComparison}: its totals summed over the years compared under both, and the
 * difference (this rule set − the first).
 *
 * <p>A region {@link Outcome#WINS} when the difference is positive and {@link Outcome#LOSES} when
 * it is negative; it is {@link Outcome#UNCHANGED} when the difference is zero or when no year's
 * total differs by more than rounding ({@link MoneyLine#isRoundingDifference()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the ALF region
 * @param ruleSetId the id of the rule set compared with the first
 * @param first the region's totals under the first rule set, summed over the years
 * @param other the region's totals under rule set {@code ruleSetId}, summed over the years
 * @param outcome whether the region wins, loses or stays unchanged
 * @since 0.1
 */
public record Standing(AlfRegion region, String ruleSetId, Sek first, Sek other,
    Outcome outcome) {

  /** Whether a region wins or loses against the first rule set. */
  public enum Outcome {
    /** More money over the period than under the first rule set. */
    WINS,
    /** Less money over the period than under the first rule set. */
    LOSES,
    /** The same money, or differences of rounding only. */
    UNCHANGED
  }

  /**
   * Checks that every part is given and the outcome agrees with the sign of the difference.
   *
   * @param region the ALF region
   * @param ruleSetId the rule set compared with the first
   * @param first the totals under the first rule set
   * @param other the totals under {@code ruleSetId}
   * @param outcome wins, loses or unchanged
   */
  public Standing {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ruleSetId, "ruleSetId");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(outcome, "outcome");
    int sign = other.minus(first).signum();
    if (outcome == Outcome.WINS && sign <= 0 || outcome == Outcome.LOSES && sign >= 0) {
      throw new IllegalArgumentException(region + " under " + ruleSetId + ": outcome " + outcome
          + " but the difference is " + other.minus(first));
    }
  }

  /** {@return the difference over the period: this rule set − the first} */
  public Sek difference() {
    return other.minus(first);
  }

  /** Returns e.g. {@code "Örebro under pm-2024: +57 263 483,34 kr (WINS)"}. */
  @Override
  public String toString() {
    return region.displayName() + " under " + ruleSetId + ": "
        + se.alf.rules.report.Texts.signed(difference()) + " (" + outcome + ")";
  }
}
