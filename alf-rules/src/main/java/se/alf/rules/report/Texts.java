package se.alf.rules.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.compare.Unit;

/**
 * The one way alf writes a value, for a reader and for CSV, in every rendering and command.
 *
 * <ul>
 *   <li>For a reader, Swedish style: kronor as {@code "79 547,00 kr"} ({@link Sek#format()});
 *       full-year students as {@code "968 HST"}, {@code "1 161,6 HST"} when the decimals end, and
 *       {@code "9600/11 ≈ 872,73 HST"} (exact, then rounded) when they do not
 *       ({@link FullYearStudents#format(Ratio)}).
 *   <li>For CSV, plain decimals with a point and no grouping: kronor with two decimals
 *       ({@code "79547.00"}), full-year students exact when the decimals end, else rounded half to
 *       even to two ({@code "872.73"}).
 * </ul>
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Texts {

  private Texts() {}

  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /**
   * {@return a parameter value as text: kronor in Swedish format, grades as letters}
   *
   * @param value the value
   */
  public static String value(Object value) {
    return se.alf.rules.explain.Formats.text(value);
  }

  /** Returns whether {@code r} has a finite decimal expansion. */
  static boolean isFiniteDecimal(Ratio r) {
    BigInteger d = r.denominator();
    while (d.mod(TWO).signum() == 0) {
      d = d.divide(TWO);
    }
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
    }
    return d.equals(BigInteger.ONE);
  }

  /**
   * Returns {@code r} as a decimal with at least two places: exact if it has a finite decimal
   * expansion, otherwise rounded half-even to two places.
   */
  static BigDecimal decimal(Ratio r) {
    if (isFiniteDecimal(r)) {
      BigDecimal exact = r.toBigDecimalExact();
      return exact.scale() < 2 ? exact.setScale(2) : exact;
    }
    return r.toBigDecimal(2, RoundingMode.HALF_EVEN);
  }

  /**
   * {@return a value for a CSV cell: kronor with two decimals, full-year students with at least
   * two (exact when the decimals end, else rounded half to even); a point, no grouping}
   *
   * @param r the value, exact
   * @param unit kronor or full-year students
   */
  public static String plain(Ratio r, Unit unit) {
    Objects.requireNonNull(r, "r");
    if (unit == Unit.SEK) {
      return Sek.ofKronor(r, RoundingMode.UNNECESSARY).toPlainString();
    }
    return decimal(r).toPlainString();
  }

  /**
   * {@return a value for a reader: kronor as {@code "79 547,00 kr"}; full-year students as
   * {@code "968 HST"}, {@code "357,5 HST"} or {@code "9600/11 ≈ 872,73 HST"}}
   *
   * @param r the value, exact
   * @param unit kronor or full-year students
   */
  public static String swedish(Ratio r, Unit unit) {
    Objects.requireNonNull(r, "r");
    if (unit == Unit.SEK) {
      return Sek.ofKronor(r, RoundingMode.UNNECESSARY).format();
    }
    return FullYearStudents.format(r) + " HST";
  }

  /**
   * {@return {@link #swedish} with a plus sign when positive: {@code "+85 HST"},
   * {@code "+1735/11 ≈ +157,73 HST"}, {@code "-1 000,00 kr"}, or zero unsigned}
   *
   * @param r the value, exact
   * @param unit kronor or full-year students
   */
  public static String signed(Ratio r, Unit unit) {
    String s = swedish(r, unit);
    return r.signum() <= 0 ? s : "+" + s.replace("≈ ", "≈ +");
  }

  /**
   * {@return {@code amount} with a plus sign when positive: {@code "+1 000,00 kr"}}
   *
   * @param amount the amount
   */
  public static String signed(Sek amount) {
    return signed(amount.toRatio(), Unit.SEK);
  }

  /**
   * {@return a number of full-year students for a reader: {@code "9600/11 ≈ 872,73 HST"}}
   *
   * @param students the number
   */
  public static String students(FullYearStudents students) {
    return students.format();
  }

  /**
   * {@return an amount for a reader: {@code "79 547,00 kr"}}
   *
   * @param amount the amount
   */
  public static String money(Sek amount) {
    return amount.format();
  }

  /**
   * {@return the sentence saying which regions a rendering shows, {@code "Regions shown: Örebro;
   * national totals are of all 7 ALF regions."}, or empty if it shows all}
   *
   * @param regions the regions shown, in the order to name them
   */
  public static String regionsShown(Set<AlfRegion> regions) {
    if (regions.size() == AlfRegion.values().length) {
      return "";
    }
    return "Regions shown: " + regions.stream().map(AlfRegion::displayName)
        .collect(Collectors.joining(", ")) + "; national totals are of all "
        + AlfRegion.values().length + " ALF regions.";
  }
}
