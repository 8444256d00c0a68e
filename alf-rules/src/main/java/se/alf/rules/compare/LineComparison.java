package se.alf.rules.compare;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Locale;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;
import se.alf.rules.explain.Divergence;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;

/**
 * One {@link Line} of one ALF region in one year under both rule sets: both values, the difference
 * right − left, both explanations, and the assumptions either side rests on.
 *
 * <p>A line is one of two types: a {@link MoneyLine} holds {@link se.alf.money.Sek} amounts, a
 * {@link StudentLine} {@link se.alf.programme.FullYearStudents}. Switch on the type for the typed
 * values; {@link #left()}, {@link #right()} and {@link #difference()} give either as an exact
 * ratio in its {@link #unit()}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * if (c.line(region, year, Line.TOTAL) instanceof MoneyLine m) {
 *   Sek more = m.differenceAmount();
 * }
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface LineComparison extends Difference permits MoneyLine, StudentLine {

  /** {@return the ALF region} */
  AlfRegion region();

  /** {@return the year} */
  Year year();

  /** {@return the line compared} */
  Line line();

  /** {@return how the left value was computed ({@link RegionAllocation#explanation(Line)})} */
  Explanation leftExplanation();

  /** {@return how the right value was computed ({@link RegionAllocation#explanation(Line)})} */
  Explanation rightExplanation();

  /**
   * {@return the left rule set's value in {@link #unit()} (kronor or full-year students), exact}
   */
  Ratio left();

  /**
   * {@return the right rule set's value in {@link #unit()} (kronor or full-year students), exact}
   */
  Ratio right();

  /** {@return right − left in {@link #unit()}, exact} */
  default Ratio difference() {
    return right().minus(left());
  }

  /** Returns whether the two values differ. */
  @Override
  default boolean isChanged() {
    return !left().equals(right());
  }

  /**
   * {@return whether the values differ by a rounding difference only: one öre in a money line
   * ({@link MoneyLine#isRoundingDifference()}); never for a line of students, which is exact}
   */
  default boolean isRoundingDifference() {
    return false;
  }

  /**
   * {@return whether the values differ by more than a rounding difference: what a rendering shows
   * as a change}
   */
  default boolean isMaterialChange() {
    return isChanged() && !isRoundingDifference();
  }

  /**
   * {@return why the two values differ: the steps of the two explanations where the values part,
   * with the parameters read differently there ({@link Divergence#between}); no fork if the values
   * are equal}
   */
  default Divergence why() {
    return Divergence.between(leftExplanation(), rightExplanation());
  }

  /** {@return what the values count: kronor or full-year students} */
  default Unit unit() {
    return Unit.of(line());
  }

  /** {@return whether the left value rests on at least one assumption} */
  default boolean leftRestsOnAssumptions() {
    return leftExplanation().restsOnAssumptions();
  }

  /** {@return whether the right value rests on at least one assumption} */
  default boolean rightRestsOnAssumptions() {
    return rightExplanation().restsOnAssumptions();
  }

  /** {@return whether either value rests on at least one assumption} */
  default boolean restsOnAssumptions() {
    return leftRestsOnAssumptions() || rightRestsOnAssumptions();
  }

  /** {@return the assumptions either value rests on, each once, ordered by key id} */
  default ImmutableList<ParameterRead> assumptions() {
    return Assumptions.union(ImmutableList.of(leftExplanation().allReads(),
        rightExplanation().allReads()));
  }

  /** {@return e.g. {@code "Västerbotten 2027 total"}: what {@code toString()} starts with} */
  default String title() {
    return region().displayName() + " " + year() + " "
        + line().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
