package se.alf.number;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.LongMath;
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
 *
 * @since 0.1
 */
public final class Ratio implements Comparable<Ratio> {

  /** Zero. */
  public static final Ratio ZERO = new Ratio(0, 1);
  /** One. */
  public static final Ratio ONE = new Ratio(1, 1);

  // A ratio whose numerator and denominator fit in a long is held in `num` and `den` (`big` is
  // null); otherwise in `big` and `bigDen`. The form is canonical (lowest terms, positive
  // denominator, long whenever it fits), so equal numbers have equal fields. Arithmetic on two
  // long ratios runs in long with overflow checks and falls back to BigInteger; never floating
  // point.
  private final long num;
  private final long den;
  private final BigInteger big;
  private final BigInteger bigDen;

  private Ratio(long num, long den) {
    this.num = num;
    this.den = den;
    this.big = null;
    this.bigDen = null;
  }

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.num = 0;
    this.den = 0;
    this.big = numerator;
    this.bigDen = denominator;
  }

  /**
   * {@return {@code numerator / denominator} in lowest terms}
   *
   * @param numerator the numerator, any sign
   * @param denominator the denominator, not zero; a negative one moves the sign to the numerator
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Ratio of(long numerator, long denominator) {
    checkArgument(denominator != 0, "denominator must not be 0 (numerator %s)", numerator);
    return ofLong(numerator, denominator);
  }

  /** Returns {@code n / d} (d not 0) in lowest terms, in long where it can. */
  private static Ratio ofLong(long n, long d) {
    if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
      return ofBig(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    if (n == 0) {
      return ZERO;
    }
    if (d == 1) {
      return new Ratio(n, 1); // a whole number is in lowest terms
    }
    long g = LongMath.gcd(Math.abs(n), d); // binary: shifts, no division
    return g == 1 ? new Ratio(n, d) : new Ratio(n / g, d / g);
  }

  /**
   * {@return {@code numerator / denominator} in lowest terms}
   *
   * @param numerator the numerator, any sign
   * @param denominator the denominator, not zero; a negative one moves the sign to the numerator
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    checkArgument(denominator.signum() != 0, "denominator must not be 0 (numerator %s)", numerator);
    return ofBig(numerator, denominator);
  }

  /** Returns {@code numerator / denominator} (not 0) in lowest terms, computed in BigInteger. */
  static Ratio ofBig(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    if (numerator.bitLength() < 64 && denominator.bitLength() < 64) {
      return new Ratio(numerator.longValue(), denominator.longValue());
    }
    return new Ratio(numerator, denominator);
  }

  /**
   * {@return the whole number {@code value}}
   *
   * @param value the whole number
   */
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
   * {@return the exact value of {@code value} (e.g. {@code 0.5} is {@code 1/2})}
   *
   * @param value the decimal to represent exactly
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
   * @param text the text to read
   * @return the exact ratio, in lowest terms
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

  /** {@return the numerator in lowest terms; it carries the sign} */
  public BigInteger numerator() {
    return big == null ? BigInteger.valueOf(num) : big;
  }

  /** {@return the denominator, always positive} */
  public BigInteger denominator() {
    return big == null ? BigInteger.valueOf(den) : bigDen;
  }

  /**
   * {@return whether the numerator and the denominator both fit in a {@code long}, so that
   * {@link #longNumerator()} and {@link #longDenominator()} can be read without a
   * {@code BigInteger}}
   */
  public boolean fitsInLong() {
    return big == null;
  }

  /**
   * {@return the numerator in lowest terms, as {@link #numerator()}, in a {@code long}}
   *
   * @throws ArithmeticException if it does not fit (see {@link #fitsInLong()})
   */
  public long longNumerator() {
    if (big != null) {
      throw new ArithmeticException("numerator of " + this + " does not fit in a long");
    }
    return num;
  }

  /**
   * {@return the denominator, as {@link #denominator()}, in a {@code long}}
   *
   * @throws ArithmeticException if it does not fit (see {@link #fitsInLong()})
   */
  public long longDenominator() {
    if (big != null) {
      throw new ArithmeticException("denominator of " + this + " does not fit in a long");
    }
    return den;
  }

  /**
   * {@return the exact sum {@code this + other}}
   *
   * @param other the ratio to add
   */
  public Ratio plus(Ratio other) {
    Objects.requireNonNull(other, "other");
    if (big == null && other.big == null) {
      try {
        if (den == other.den) {
          return ofLong(Math.addExact(num, other.num), den);
        }
        return ofLong(Math.addExact(Math.multiplyExact(num, other.den),
            Math.multiplyExact(other.num, den)), Math.multiplyExact(den, other.den));
      } catch (ArithmeticException overflow) {
        // falls through to BigInteger
      }
    }
    return ofBig(numerator().multiply(other.denominator())
        .add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  /**
   * {@return the exact difference {@code this - other}}
   *
   * @param other the ratio to subtract
   */
  public Ratio minus(Ratio other) {
    Objects.requireNonNull(other, "other");
    return plus(other.negate());
  }

  /**
   * {@return the exact product {@code this × other}}
   *
   * @param other the ratio to multiply by
   */
  public Ratio times(Ratio other) {
    Objects.requireNonNull(other, "other");
    if (big == null && other.big == null) {
      try {
        return ofLong(Math.multiplyExact(num, other.num), Math.multiplyExact(den, other.den));
      } catch (ArithmeticException overflow) {
        // falls through to BigInteger
      }
    }
    return ofBig(numerator().multiply(other.numerator()),
        denominator().multiply(other.denominator()));
  }

  /**
   * {@return the exact product {@code this × factor}}
   *
   * @param factor the whole number to multiply by
   */
  public Ratio times(long factor) {
    if (big == null) {
      try {
        return ofLong(Math.multiplyExact(num, factor), den);
      } catch (ArithmeticException overflow) {
        // falls through to BigInteger
      }
    }
    return ofBig(numerator().multiply(BigInteger.valueOf(factor)), denominator());
  }

  /**
   * {@return {@code this / divisor}}
   *
   * @param divisor the ratio to divide by, not zero
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public Ratio dividedBy(Ratio divisor) {
    Objects.requireNonNull(divisor, "divisor");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("cannot divide " + this + " by zero");
    }
    if (big == null && divisor.big == null) {
      try {
        return ofLong(Math.multiplyExact(num, divisor.den), Math.multiplyExact(den, divisor.num));
      } catch (ArithmeticException overflow) {
        // falls through to BigInteger
      }
    }
    return ofBig(numerator().multiply(divisor.denominator()),
        denominator().multiply(divisor.numerator()));
  }

  /** {@return the exact ratio {@code -this}} */
  public Ratio negate() {
    if (big == null && num != Long.MIN_VALUE) {
      return new Ratio(-num, den);
    }
    return ofBig(numerator().negate(), denominator());
  }

  /** {@return -1, 0 or 1 as this ratio is negative, zero or positive} */
  public int signum() {
    return big == null ? Long.signum(num) : big.signum();
  }

  /** {@return whether this ratio is a whole number (its denominator is 1)} */
  public boolean isWhole() {
    return big == null ? den == 1 : bigDen.equals(BigInteger.ONE);
  }

  /**
   * {@return this value rounded to {@code scale} decimals with {@code mode}}
   *
   * @param scale the number of decimals
   * @param mode how to round
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, mode);
  }

  /**
   * {@return the exact decimal value}
   *
   * @throws ArithmeticException if the value has no finite decimal expansion (e.g. 1/3)
   */
  public BigDecimal toBigDecimalExact() {
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), MathContext.UNLIMITED);
  }

  @Override
  public int compareTo(Ratio other) {
    Objects.requireNonNull(other, "other");
    if (big == null && other.big == null) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      try {
        return Long.compare(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den));
      } catch (ArithmeticException overflow) {
        // falls through to BigInteger
      }
    }
    return numerator().multiply(other.denominator())
        .compareTo(other.numerator().multiply(denominator()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ratio other)) {
      return false;
    }
    return big == null
        ? other.big == null && num == other.num && den == other.den
        : big.equals(other.big) && bigDen.equals(other.bigDen);
  }

  @Override
  public int hashCode() {
    return big == null ? 31 * Long.hashCode(num) + Long.hashCode(den) : Objects.hash(big, bigDen);
  }

  /** Returns {@code "12/11"}, or {@code "3"} for a whole number. */
  @Override
  public String toString() {
    if (big == null) {
      return den == 1 ? Long.toString(num) : num + "/" + den;
    }
    return isWhole() ? big.toString() : big + "/" + bigDen;
  }
}
