package se.alf.rules.compare;

import java.util.Objects;
import se.alf.money.Sek;
import se.alf.rules.Line;

/**
 * A money line that drives the difference in totals between the two sides of a
 * {@link Comparison}, summed over every ALF region and year compared: its net difference
 * (right − left) and its gross difference (the sum of the absolute differences, which counts money
 * moved between regions that the net hides). See {@link ComparisonSummary#drivers()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line a money line other than {@link Line#TOTAL}, e.g. {@link Line#EDUCATION}
 * @param net the sum of the differences right − left over every region and year
 * @param gross the sum of the absolute differences over every region and year; never negative
 * @param changes how many region-years differ by more than rounding (see
 *     {@link MoneyLine#isRoundingDifference()})
 * @param of how many region-years were compared
 * @since 0.1
 */
public record Driver(Line line, Sek net, Sek gross, int changes, int of) {

  /**
   * Checks that the line counts money and is not the total, and that the counts fit.
   *
   * @param line the money line
   * @param net the net difference
   * @param gross the gross difference
   * @param changes the region-years that differ
   * @param of the region-years compared
   */
  public Driver {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(gross, "gross");
    if (line.isStudents() || line == Line.TOTAL) {
      throw new IllegalArgumentException("a driver is a money line other than the total, was "
          + line);
    }
    if (gross.isNegative() || changes < 0 || changes > of) {
      throw new IllegalArgumentException("driver " + line + ": gross " + gross + " must not be"
          + " negative and changes " + changes + " must be between 0 and " + of);
    }
  }

  /** Returns e.g. {@code "EDUCATION net +3 100 000,00 kr, gross 3 100 000,00 kr, 35 of 49"}. */
  @Override
  public String toString() {
    return line + " net " + se.alf.rules.report.Texts.signed(net) + ", gross " + gross.format()
        + ", " + changes + " of " + of;
  }
}
