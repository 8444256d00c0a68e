package se.alf.rules.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.alf.money.Sek;
import se.alf.rules.Line;

/**
 * The national sums of one year under both rule sets: each money line summed over the ALF regions,
 * the research appropriation (anslag), the amount returned to the state and what the state pays
 * out or keeps ({@link #appropriation()}).
 *
 * <p>Conservation is checked on construction, for each side to the öre: the regions' totals plus
 * the amount returned to the state equal education + research appropriation + supplements.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year
 * @param lines each money line summed over the regions; every line of {@link #MONEY_LINES}
 * @param researchAppropriation the research appropriation distributed
 * @param returnedToState quality amounts withheld and returned to the state (återbetalas till
 *     staten)
 * @since 0.1
 */
public record NationalComparison(Year year, ImmutableMap<Line, AmountComparison> lines,
    AmountComparison researchAppropriation, AmountComparison returnedToState)
    implements Difference {

  /** The money lines, in the order they are listed. */
  public static final ImmutableList<Line> MONEY_LINES = ImmutableList.of(Line.EDUCATION,
      Line.RESEARCH_BASE, Line.RESEARCH_QUALITY, Line.SUPPLEMENT, Line.TOTAL);

  /**
   * Checks that every money line is present and that money is conserved on each side.
   *
   * @param year the year
   * @param lines each money line summed over the regions
   * @param researchAppropriation the research appropriation on each side
   * @param returnedToState what each side returns to the state
   */
  public NationalComparison {
    Objects.requireNonNull(year, "year");
    lines = ImmutableMap.copyOf(Objects.requireNonNull(lines, "lines"));
    Objects.requireNonNull(researchAppropriation, "researchAppropriation");
    Objects.requireNonNull(returnedToState, "returnedToState");
    checkState(lines.keySet().equals(ImmutableSet.copyOf(MONEY_LINES)),
        "national totals of %s must hold exactly the lines %s, held %s", year, MONEY_LINES,
        lines.keySet());
    conserves("left", year, lines, researchAppropriation, returnedToState,
        AmountComparison::left);
    conserves("right", year, lines, researchAppropriation, returnedToState,
        AmountComparison::right);
  }

  /**
   * {@return the sum of the money line {@code line} over the regions}
   *
   * @param line a money line
   * @throws IllegalArgumentException if {@code line} counts students
   */
  public AmountComparison line(Line line) {
    checkArgument(!line.isStudents(), "national totals are kept for money lines %s, not for %s",
        MONEY_LINES, line);
    return lines.get(line);
  }

  /** {@return the total paid to the regions} */
  public AmountComparison paidToRegions() {
    return line(Line.TOTAL);
  }

  /**
   * {@return education + research appropriation + supplements: what the state pays out or keeps}
   */
  public AmountComparison appropriation() {
    return AmountComparison.of(
        appropriation(lines, researchAppropriation, AmountComparison::left),
        appropriation(lines, researchAppropriation, AmountComparison::right));
  }

  /** Returns whether a money line, the appropriation or the amount returned differs. */
  @Override
  public boolean isChanged() {
    return lines.values().stream().anyMatch(AmountComparison::isChanged)
        || researchAppropriation.isChanged() || returnedToState.isChanged();
  }

  private static Sek appropriation(Map<Line, AmountComparison> lines,
      AmountComparison research, Function<AmountComparison, Sek> side) {
    return side.apply(lines.get(Line.EDUCATION)).plus(side.apply(research))
        .plus(side.apply(lines.get(Line.SUPPLEMENT)));
  }

  private static void conserves(String name, Year year, Map<Line, AmountComparison> lines,
      AmountComparison research, AmountComparison returned, Function<AmountComparison, Sek> side) {
    Sek parts = Sek.sum(ImmutableList.of(side.apply(lines.get(Line.EDUCATION)),
        side.apply(lines.get(Line.RESEARCH_BASE)), side.apply(lines.get(Line.RESEARCH_QUALITY)),
        side.apply(lines.get(Line.SUPPLEMENT))));
    Sek total = side.apply(lines.get(Line.TOTAL));
    checkState(parts.equals(total), "%s side %s: the lines sum to %s but the total is %s", name,
        year, parts, total);
    Sek paid = total.plus(side.apply(returned));
    Sek appropriation = appropriation(lines, research, side);
    checkState(paid.equals(appropriation), "%s side %s does not conserve money: regions %s +"
        + " returned %s != appropriation %s", name, year, total, side.apply(returned),
        appropriation);
  }

  /** Returns e.g. {@code "2027 paid to the regions 2 676 263 784,73 kr → … (+… kr)"}. */
  @Override
  public String toString() {
    return year + " paid to the regions " + paidToRegions() + ", returned to the state "
        + returnedToState;
  }
}
