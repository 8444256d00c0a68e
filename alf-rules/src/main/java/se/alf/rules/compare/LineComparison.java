package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Year;
import org.immutables.value.Value;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Explanation;
import se.alf.rules.Line;
import se.alf.rules.ParameterRead;
import se.alf.rules.RegionAllocation;

/**
 * One {@link Line} of one ALF region in one year under both rule sets: both values as exact
 * ratios (kronor or full-year students), the {@link #difference() difference} right − left, both
 * explanations, and the assumptions either side rests on.
 *
 * <p>Money lines are also available as {@link Sek} ({@link #leftAmount()} and so on). Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public interface LineComparison {

  AlfRegion region();

  Year year();

  Line line();

  /** The left rule set's value: kronor or full-year students, exact. */
  Ratio left();

  /** The right rule set's value: kronor or full-year students, exact. */
  Ratio right();

  /** How the left value was computed ({@link RegionAllocation#explanation(Line)}). */
  Explanation leftExplanation();

  /** How the right value was computed ({@link RegionAllocation#explanation(Line)}). */
  Explanation rightExplanation();

  /** Returns right − left, exact. */
  @Value.Derived
  default Ratio difference() {
    return right().minus(left());
  }

  /** Returns whether the two values differ. */
  default boolean isChanged() {
    return difference().signum() != 0;
  }

  /** Returns what the values count: kronor or full-year students. */
  default Unit unit() {
    return Unit.of(line());
  }

  /**
   * Returns the left value in kronor.
   *
   * @throws IllegalStateException if the line counts full-year students
   */
  default Sek leftAmount() {
    return amount(left());
  }

  /**
   * Returns the right value in kronor.
   *
   * @throws IllegalStateException if the line counts full-year students
   */
  default Sek rightAmount() {
    return amount(right());
  }

  /**
   * Returns right − left in kronor.
   *
   * @throws IllegalStateException if the line counts full-year students
   */
  default Sek differenceAmount() {
    return amount(difference());
  }

  private Sek amount(Ratio kronor) {
    checkState(!line().isStudents(), "line %s of %s %s counts full-year students, not kronor;"
        + " use left(), right() and difference()", line(), region().displayName(), year());
    return Sek.ofKronor(kronor, RoundingMode.UNNECESSARY);
  }

  /** Returns whether the left value rests on at least one assumption. */
  default boolean leftRestsOnAssumptions() {
    return leftExplanation().restsOnAssumptions();
  }

  /** Returns whether the right value rests on at least one assumption. */
  default boolean rightRestsOnAssumptions() {
    return rightExplanation().restsOnAssumptions();
  }

  /** Returns whether either value rests on at least one assumption. */
  default boolean restsOnAssumptions() {
    return !assumptions().isEmpty();
  }

  /** Returns the assumptions either value rests on, each once, ordered by key id. */
  @Value.Derived
  @Value.Auxiliary
  default ImmutableList<ParameterRead> assumptions() {
    return Assumptions.union(ImmutableList.of(leftExplanation().allReads(),
        rightExplanation().allReads()));
  }

  /** Checks that a money line holds whole öre on both sides. */
  @Value.Check
  default void check() {
    if (!line().isStudents()) {
      BigInteger hundred = BigInteger.valueOf(100);
      for (Ratio v : ImmutableList.of(left(), right())) {
        checkState(hundred.mod(v.denominator()).signum() == 0, "money line %s of %s %s must be"
            + " whole öre, was %s kr", line(), region().displayName(), year(), v);
      }
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LineComparison}. */
  final class Builder extends ImmutableLineComparison.Builder {
    Builder() {}
  }
}
