package se.alf.rules.compare;

import java.time.Year;
import java.util.Objects;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.explain.Explanation;
import se.alf.rules.report.Texts;

/**
 * A money line ({@link Line#EDUCATION}, research, supplement, {@link Line#TOTAL}) of one region and
 * year under both rule sets, in {@link Sek}, exact to the öre.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leftAmount the left rule set's amount
 * @param rightAmount the right rule set's amount
 * @since 0.1
 */
public record MoneyLine(AlfRegion region, Year year, Line line, Sek leftAmount, Sek rightAmount,
    Explanation leftExplanation, Explanation rightExplanation) implements LineComparison {

  /**
   * Checks that every part is given and that {@code line} counts money.
   *
   * @param region the ALF region
   * @param year the year
   * @param line a money line
   * @param leftAmount the left rule set's amount
   * @param rightAmount the right rule set's amount
   * @param leftExplanation the left amount's explanation
   * @param rightExplanation the right amount's explanation
   */
  public MoneyLine {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(leftAmount, "leftAmount");
    Objects.requireNonNull(rightAmount, "rightAmount");
    Objects.requireNonNull(leftExplanation, "leftExplanation");
    Objects.requireNonNull(rightExplanation, "rightExplanation");
    if (line.isStudents()) {
      throw new IllegalArgumentException("line " + line + " counts full-year students, not"
          + " kronor: it is a StudentLine");
    }
  }

  /** {@return right − left} */
  public Sek differenceAmount() {
    return rightAmount.minus(leftAmount);
  }

  @Override
  public Ratio left() {
    return leftAmount.toRatio();
  }

  @Override
  public Ratio right() {
    return rightAmount.toRatio();
  }

  @Override
  public boolean isChanged() {
    return !leftAmount.equals(rightAmount);
  }

  /**
   * Returns whether the two amounts differ by exactly one öre, which alf treats as a rounding
   * difference, not a change.
   *
   * <p>The criterion: each side is an exact amount rounded to the öre (half to even, or by largest
   * remainder so that the parts of a split add up to the whole), each less than one öre from the
   * exact amount; so two amounts equal before rounding can differ by one öre after it, never by
   * two. A difference of exactly one öre is therefore within rounding: the renderings footnote it
   * and do not show it as a change, and the summary does not count it. The amounts stay exact here.
   * The criterion cannot tell it from a real change of exactly one öre, which no rule of alf's rule
   * sets produces (their rates and amounts are whole kronor, their shares split whole sums).
   */
  @Override
  public boolean isRoundingDifference() {
    long ore = differenceAmount().ore();
    return ore == 1 || ore == -1;
  }

  /**
   * Returns e.g. {@code "Västerbotten 2027 total 326 281 611,40 kr → 402 043 484,20 kr
   * (+75 761 872,80 kr)"}.
   */
  @Override
  public String toString() {
    return title() + " " + Texts.money(leftAmount) + " → " + Texts.money(rightAmount) + " ("
        + Texts.signed(differenceAmount()) + ")";
  }
}
