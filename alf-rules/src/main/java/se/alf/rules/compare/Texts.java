package se.alf.rules.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import se.alf.money.Sek;
import se.alf.number.Ratio;

/** How values are written in renderings. */
final class Texts {

  private Texts() {}

  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /** Returns a parameter value as text: kronor in Swedish format, grades as letters. */
  static String value(Object value) {
    return se.alf.rules.Formats.text(value);
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
   * Returns a value for a CSV cell: kronor with two decimals, full-year students as
   * {@link #decimal(Ratio)}; a point as decimal separator, no grouping.
   */
  static String plain(Ratio r, Unit unit) {
    if (unit == Unit.SEK) {
      return Sek.ofKronor(r, RoundingMode.UNNECESSARY).toPlainString();
    }
    return decimal(r).toPlainString();
  }

  /**
   * Returns a value for a reader, Swedish style: kronor as {@code "79 547,00 kr"}; full-year
   * students as {@code "968"} when whole, {@code "357,5"} when exact, and
   * {@code "≈872,73 (9600/11)"} when the decimals do not end.
   */
  static String swedish(Ratio r, Unit unit) {
    if (unit == Unit.SEK) {
      return Sek.ofKronor(r, RoundingMode.UNNECESSARY).format();
    }
    if (isFiniteDecimal(r)) {
      BigDecimal exact = r.toBigDecimalExact().stripTrailingZeros();
      return group(exact, Math.max(0, exact.scale())) + " HST";
    }
    return "≈" + group(r.toBigDecimal(2, RoundingMode.HALF_EVEN), 2) + " HST (" + r + ")";
  }

  /**
   * Returns {@link #swedish} with a sign: {@code "+85 HST"}, {@code "≈+157,73 HST (1735/11)"},
   * {@code "-1 000,00 kr"}, or zero.
   */
  static String signed(Ratio r, Unit unit) {
    String s = swedish(r, unit);
    if (r.signum() <= 0) {
      return s;
    }
    return s.startsWith("≈") ? "≈+" + s.substring(1) : "+" + s;
  }

  private static String group(BigDecimal value, int decimals) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(value);
  }
}
