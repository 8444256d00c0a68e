package se.alf.number;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: a numerator and a positive denominator in lowest terms.
 *
 * <p>Full-year students (helårsstudenter) are counts of students times half-year terms, and the
 * agreements scale them by fractions such as 12/11; a {@code Ratio} keeps every such value exact,
 * so a result is rounded once, where a rule says so, and never on the way.
 *
 * <p>This class is immutable and thread-safe. Two ratios are equal when they denote the same
 * number ({@code 2/4} equals {@code 1/2}).
 */
public final class Ratio implements Comparable<Ratio> {

  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Ratio of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    checkArgument(denominator.signum() != 0, "denominator must not be 0 (numerator %s)", numerator);
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Ratio(numerator, denominator);
  }

  /** Returns the whole number {@code value}. */
  public static Ratio of(long value) {
    return of(value, 1);
  }

  /**
   * The most digits a decimal may have before, and the most after, its decimal point in
   * {@link #of(BigDecimal)} and {@link #parse}: far beyond any figure of the agreements, and small
   * enough that an absurd exponent ({@code 1e999999999}) is rejected at once instead of being
   * expanded.
   */
  public static final int MAX_DECIMAL_DIGITS = 400;

  /**
   * Returns the exact value of {@code value} (e.g. {@code 0.5} is {@code 1/2}).
   *
   * @throws IllegalArgumentException if {@code value} has more than {@value #MAX_DECIMAL_DIGITS}
   *     digits before or after its decimal point
   */
  public static Ratio of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return of(value, value.toString());
  }

  /** Returns the exact value of {@code value}, written {@code text} in messages. */
  static Ratio of(BigDecimal value, String text) {
    checkDigits(value, text);
    return value.scale() <= 0
        ? of(value.toBigIntegerExact(), BigInteger.ONE)
        : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** How {@link #parse} reads a ratio. */
  private static final NumberText TEXT =
      NumberText.of("a ratio", "a fraction like 12/11 or a decimal like 0,25 or 0.25");

  /**
   * Parses {@code "12/11"}, {@code "-3"}, {@code "0,25"} or {@code "0.25"}: a decimal (with a
   * decimal comma or point) or a fraction of two whole numbers, as {@link NumberText} defines
   * them, in at most {@value NumberText#MAX_LENGTH} characters.
   *
   * @throws IllegalArgumentException if {@code text} is neither a fraction nor a decimal number;
   *     is longer than {@value NumberText#MAX_LENGTH} characters; has a digit other than ASCII
   *     0-9; is ambiguous ({@code "1,500"}: 1 500 or 1,5?); has a zero denominator; or has more
   *     than {@value #MAX_DECIMAL_DIGITS} digits before or after the decimal point (such as
   *     {@code 1e999}). The message names the text and the rule.
   */
  public static Ratio parse(CharSequence text) {
    return TEXT.parseRatio(Objects.requireNonNull(text, "text"));
  }

  /** Rejects {@code value}, written {@code text}, if it has too many digits on either side. */
  private static void checkDigits(BigDecimal value, String text) {
    // Digits before the point: precision - scale (when positive); after it: scale (when positive).
    long before = (long) value.precision() - value.scale();
    long after = value.scale();
    checkArgument(before <= MAX_DECIMAL_DIGITS && after <= MAX_DECIMAL_DIGITS,
        "ratio '%s' has %s digits before and %s after the decimal point; at most %s on either side"
            + " are allowed", text, Math.max(before, 0), Math.max(after, 0), MAX_DECIMAL_DIGITS);
  }

  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the denominator, always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  public Ratio plus(Ratio other) {
    Objects.requireNonNull(other, "other");
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Ratio minus(Ratio other) {
    Objects.requireNonNull(other, "other");
    return plus(other.negate());
  }

  public Ratio times(Ratio other) {
    Objects.requireNonNull(other, "other");
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Ratio times(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * Returns {@code this / divisor}.
   *
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public Ratio dividedBy(Ratio divisor) {
    Objects.requireNonNull(divisor, "divisor");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("cannot divide " + this + " by zero");
    }
    return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
  }

  public Ratio negate() {
    return new Ratio(numerator.negate(), denominator);
  }

  /** Returns -1, 0 or 1 as this ratio is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /** Returns this value rounded to {@code scale} decimals with {@code mode}. */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * Returns the exact decimal value.
   *
   * @throws ArithmeticException if the value has no finite decimal expansion (e.g. 1/3)
   */
  public BigDecimal toBigDecimalExact() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.UNLIMITED);
  }

  @Override
  public int compareTo(Ratio other) {
    Objects.requireNonNull(other, "other");
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio
        && numerator.equals(((Ratio) o).numerator)
        && denominator.equals(((Ratio) o).denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /** Returns {@code "12/11"}, or {@code "3"} for a whole number. */
  @Override
  public String toString() {
    return isWhole() ? numerator.toString() : numerator + "/" + denominator;
  }
}
