package se.alf.money;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.Supplier;
import se.alf.number.NumberText;
import se.alf.number.Ratio;

/**
 * An amount of Swedish kronor (SEK) with öre precision, held as a whole number of öre.
 *
 * <p>ALF compensation (ALF-ersättning) is paid in kronor; the library keeps every amount exact to
 * the öre and never uses floating point. Arithmetic that can leave the öre grid takes an explicit
 * {@link RoundingMode}; {@link #times(Ratio)} without one uses {@link RoundingMode#HALF_EVEN}
 * (banker's rounding), the documented default of the library (see the README, "Money").
 * Arithmetic that overflows a {@code long} of öre throws {@link ArithmeticException}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Sek implements Comparable<Sek> {

  /** Zero kronor. */
  public static final Sek ZERO = new Sek(0);

  /** The rounding mode used where a method takes none: half to even, to the öre. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

  private static final BigDecimal ORE_PER_KRONA = BigDecimal.valueOf(100);

  private final long ore;

  private Sek(long ore) {
    this.ore = ore;
  }

  /**
   * {@return the amount of {@code ore} öre}
   *
   * @param ore the amount in öre (1/100 krona), any sign
   */
  public static Sek ofOre(long ore) {
    return ore == 0 ? ZERO : new Sek(ore);
  }

  /**
   * {@return the amount of {@code kronor} whole kronor}
   *
   * @param kronor the amount in whole kronor, any sign
   */
  public static Sek ofKronor(long kronor) {
    if (kronor > Long.MAX_VALUE / 100 || kronor < Long.MIN_VALUE / 100) {
      throw overflow(kronor + " kr");
    }
    return ofOre(kronor * 100L);
  }

  /**
   * {@return the amount {@code kronor}, which must have at most two decimals}
   *
   * @param kronor the amount in kronor, at most two decimals
   * @throws IllegalArgumentException if {@code kronor} has more than two decimals
   */
  public static Sek of(BigDecimal kronor) {
    Objects.requireNonNull(kronor, "kronor");
    try {
      return ofOre(kronor.multiply(ORE_PER_KRONA).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "an amount in SEK has at most two decimals (öre) and fits a long of öre, was "
              + kronor, e);
    }
  }

  /** How {@link #parse} reads an amount. */
  private static final NumberText TEXT = NumberText
      .of("an amount in SEK", "a number like 79 547,50 or 79547.50, optionally followed by kr")
      .withSuffix("kr")
      .withMaxDecimals(2);

  /**
   * Parses an amount in kronor: {@code "79547"}, {@code "79547.50"}, {@code "79 547,50 kr"},
   * {@code "1 750 000 000"} or {@code "2.2e9"}.
   *
   * <p>The grammar is {@link NumberText}'s decimal with the optional suffix {@code kr}: digits
   * 0-9, either not grouped or grouped in threes by a space, a no-break space (U+00A0) or a narrow
   * no-break space (U+202F); then optionally a decimal comma or point and decimals; then optionally
   * an exponent; in at most {@value NumberText#MAX_LENGTH} characters. Trailing zero decimals are
   * allowed ({@code "1234,500"}); a third significant decimal is not.
   *
   * @param text the amount as written, in kronor
   * @return the amount, exact to the öre
   * @throws IllegalArgumentException if {@code text} is not such an amount; is longer than
   *     {@value NumberText#MAX_LENGTH} characters; has a digit other than ASCII 0-9; is ambiguous
   *     ({@code "128,490"}: 128 490 or 128,49?); has more than two significant decimals; or does
   *     not fit a long of öre. The message names the text and the rule.
   */
  public static Sek parse(CharSequence text) {
    BigDecimal kronor = TEXT.parseDecimal(Objects.requireNonNull(text, "text"));
    try {
      return ofOre(kronor.multiply(ORE_PER_KRONA).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + text + "' is too large: an amount in SEK is at most "
          + ofOre(Long.MAX_VALUE).toPlainString() + " kr in absolute value", e);
    }
  }

  /** {@return the amount in öre} */
  public long ore() {
    return ore;
  }

  /** {@return the amount in kronor, with two decimals} */
  public BigDecimal kronor() {
    return BigDecimal.valueOf(ore, 2);
  }

  /** {@return the amount as an exact ratio of kronor} */
  public Ratio toRatio() {
    return Ratio.of(ore, 100);
  }

  /**
   * {@return the exact sum of this amount and {@code other}}
   *
   * @param other the amount to add
   * @throws ArithmeticException if the sum does not fit a {@code long} of öre
   */
  public Sek plus(Sek other) {
    Objects.requireNonNull(other, "other");
    try {
      return ofOre(Math.addExact(ore, other.ore));
    } catch (ArithmeticException e) {
      throw overflow(this + " + " + other);
    }
  }

  /**
   * {@return the exact difference of this amount and {@code other}}
   *
   * @param other the amount to subtract
   * @throws ArithmeticException if the difference does not fit a {@code long} of öre
   */
  public Sek minus(Sek other) {
    Objects.requireNonNull(other, "other");
    try {
      return ofOre(Math.subtractExact(ore, other.ore));
    } catch (ArithmeticException e) {
      throw overflow(this + " - " + other);
    }
  }

  /**
   * {@return this amount with its sign changed}
   *
   * @throws ArithmeticException if the result does not fit a {@code long} of öre
   */
  public Sek negate() {
    if (ore == Long.MIN_VALUE) {
      throw overflow("-(" + this + ")");
    }
    return ofOre(-ore);
  }

  /**
   * {@return this amount times a whole number}
   *
   * @param factor the whole number to multiply by, any sign
   */
  public Sek times(long factor) {
    try {
      return ofOre(Math.multiplyExact(ore, factor));
    } catch (ArithmeticException e) {
      throw overflow(this + " × " + factor);
    }
  }

  /**
   * {@return this amount times {@code factor}, rounded to the öre half to even}
   *
   * @param factor the exact ratio to multiply by, any sign
   */
  public Sek times(Ratio factor) {
    Objects.requireNonNull(factor, "factor");
    return times(factor, DEFAULT_ROUNDING);
  }

  /**
   * {@return this amount times {@code factor}, rounded to the öre with {@code mode}}
   *
   * @param factor the exact ratio to multiply by, any sign
   * @param mode how to round to the öre
   */
  public Sek times(Ratio factor, RoundingMode mode) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(mode, "mode");
    return ofRatioOre(factor.times(ore), mode, () -> this + " × " + factor);
  }

  /**
   * {@return the amount of {@code kronor} (an exact ratio of kronor), rounded to the öre with
   * {@code mode}}
   *
   * @param kronor the amount in kronor, exact
   * @param mode how to round to the öre
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed, or
   *     the result does not fit a {@code long} of öre
   */
  public static Sek ofKronor(Ratio kronor, RoundingMode mode) {
    Objects.requireNonNull(kronor, "kronor");
    Objects.requireNonNull(mode, "mode");
    return ofRatioOre(kronor.times(100), mode, () -> kronor + " kr");
  }

  private static Sek ofRatioOre(Ratio oreValue, RoundingMode mode, Supplier<String> operation) {
    BigInteger rounded = oreValue.toBigDecimal(0, mode).toBigIntegerExact();
    if (rounded.bitLength() > 63) {
      throw overflow(operation.get());
    }
    return ofOre(rounded.longValue());
  }

  /** The error for a result of {@code operation} that does not fit a {@code long} of öre. */
  private static ArithmeticException overflow(String operation) {
    return new ArithmeticException(operation + " does not fit a long of öre (at most "
        + ofOre(Long.MAX_VALUE) + " in absolute value)");
  }

  /** {@return -1, 0 or 1 as this amount is negative, zero or positive} */
  public int signum() {
    return Long.signum(ore);
  }

  /** {@return whether this amount is below zero} */
  public boolean isNegative() {
    return ore < 0;
  }

  /** {@return whether this amount is zero öre} */
  public boolean isZero() {
    return ore == 0;
  }

  /**
   * {@return the sum of {@code amounts}, zero if there are none}
   *
   * @param amounts the amounts to add, possibly none
   * @throws ArithmeticException if the sum does not fit a {@code long} of öre
   */
  public static Sek sum(Iterable<Sek> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    Sek total = ZERO;
    for (Sek amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Checks that this amount is not negative, naming {@code field} in the message.
   *
   * @param field the name of the field the amount came from, for the message
   * @return this amount
   * @throws IllegalArgumentException if this amount is negative
   */
  public Sek requireNonNegative(String field) {
    Objects.requireNonNull(field, "field");
    checkArgument(ore >= 0, "%s must be >= 0 SEK, was %s", field, this);
    return this;
  }

  @Override
  public int compareTo(Sek other) {
    Objects.requireNonNull(other, "other");
    return Long.compare(ore, other.ore);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sek other && other.ore == ore;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(ore);
  }

  /**
   * {@return the amount as a Swedish reader writes it: {@code "79 547,00 kr"}, with a (normal)
   * space between groups of thousands and a decimal comma}
   */
  public String format() {
    // By hand rather than with DecimalFormat: explanations format many amounts.
    String digits = ore < 0 ? Long.toString(ore).substring(1) : Long.toString(ore);
    if (digits.length() < 3) {
      digits = "00".substring(digits.length() - 1) + digits;
    }
    int whole = digits.length() - 2;
    StringBuilder b = new StringBuilder(digits.length() + whole / 3 + 5);
    if (ore < 0) {
      b.append('-');
    }
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        b.append(' ');
      }
      b.append(digits.charAt(i));
    }
    return b.append(',').append(digits, whole, whole + 2).append(" kr").toString();
  }

  /** {@return the amount in kronor with two decimals and a point, e.g. {@code "79547.00"}} */
  public String toPlainString() {
    return kronor().toPlainString();
  }

  /**
   * Returns {@link #format()}, e.g. {@code "79 547,00 kr"}: an amount prints the same in jshell, in
   * messages and in tables.
   */
  @Override
  public String toString() {
    return format();
  }
}
