package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Year;
import java.util.function.Function;
import org.immutables.value.Value;
import se.alf.money.Sek;
import se.alf.rules.Line;

/**
 * The national sums of one year under both rule sets: each money line summed over the ALF regions,
 * the research appropriation (anslag), the amount returned to the state and what the state pays
 * out or keeps ({@link #appropriation()}).
 *
 * <p>Conservation is checked on construction, for each side to the öre: the regions' totals plus
 * the amount returned to the state equal education + research appropriation + supplements.
 */
@Value.Immutable
public interface NationalComparison {

  /** The money lines, in the order they are listed. */
  ImmutableList<Line> MONEY_LINES = ImmutableList.of(Line.EDUCATION, Line.RESEARCH_BASE,
      Line.RESEARCH_QUALITY, Line.SUPPLEMENT, Line.TOTAL);

  Year year();

  /** Each money line summed over the regions; every line of {@link #MONEY_LINES} is present. */
  ImmutableMap<Line, AmountComparison> lines();

  /** The research appropriation distributed. */
  AmountComparison researchAppropriation();

  /** Quality amounts withheld and returned to the state (återbetalas till staten). */
  AmountComparison returnedToState();

  /**
   * Returns the sum of the money line {@code line} over the regions.
   *
   * @throws IllegalArgumentException if {@code line} counts students
   */
  default AmountComparison line(Line line) {
    checkArgument(!line.isStudents(), "national totals are kept for money lines %s, not for %s",
        MONEY_LINES, line);
    return lines().get(line);
  }

  /** Returns the total paid to the regions. */
  default AmountComparison paidToRegions() {
    return line(Line.TOTAL);
  }

  /** Returns education + research appropriation + supplements: what the state pays out or keeps. */
  default AmountComparison appropriation() {
    return AmountComparison.of(appropriation(AmountComparison::left),
        appropriation(AmountComparison::right));
  }

  private Sek appropriation(Function<AmountComparison, Sek> side) {
    return side.apply(line(Line.EDUCATION)).plus(side.apply(researchAppropriation()))
        .plus(side.apply(line(Line.SUPPLEMENT)));
  }

  /** Checks that every money line is present and that money is conserved on each side. */
  @Value.Check
  default void check() {
    checkState(lines().keySet().equals(ImmutableSet.copyOf(MONEY_LINES)),
        "national totals of %s must hold exactly the lines %s, held %s", year(), MONEY_LINES,
        lines().keySet());
    conserves("left", AmountComparison::left);
    conserves("right", AmountComparison::right);
  }

  private void conserves(String name, Function<AmountComparison, Sek> side) {
    Sek parts = Sek.sum(ImmutableList.of(side.apply(lines().get(Line.EDUCATION)),
        side.apply(lines().get(Line.RESEARCH_BASE)), side.apply(lines().get(Line.RESEARCH_QUALITY)),
        side.apply(lines().get(Line.SUPPLEMENT))));
    Sek total = side.apply(lines().get(Line.TOTAL));
    checkState(parts.equals(total), "%s side %s: the lines sum to %s but the total is %s", name,
        year(), parts, total);
    Sek paid = total.plus(side.apply(returnedToState()));
    Sek appropriation = appropriation(side);
    checkState(paid.equals(appropriation), "%s side %s does not conserve money: regions %s +"
        + " returned %s != appropriation %s", name, year(), total,
        side.apply(returnedToState()), appropriation);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalComparison}. */
  final class Builder extends ImmutableNationalComparison.Builder {
    Builder() {}
  }
}
