package se.alf.programme;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import se.alf.number.NumberText;
import se.alf.number.Ratio;

/**
 * A number of full-year students (helårsstudenter, HST): the study volume of students who study
 * full time, one HST being one student for one academic year, that is two terms. A student who
 * studies one term counts as 1/2 HST; 100 students for two terms count as 100 HST.
 *
 * <p>The value is exact (a {@link Ratio}) and never negative. This class is immutable and
 * thread-safe; two values are equal when they denote the same number.
 *
 * @since 0.1
 */
public final class FullYearStudents implements Comparable<FullYearStudents> {

  /** No full-year students. */
  public static final FullYearStudents ZERO = new FullYearStudents(Ratio.ZERO);

  private static final Ratio HALF = Ratio.of(1, 2);

  private final Ratio value;

  private FullYearStudents(Ratio value) {
    this.value = value;
  }

  /**
   * {@return {@code value} full-year students}
   *
   * @param value the number, exact, not negative
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static FullYearStudents of(Ratio value) {
    Objects.requireNonNull(value, "value");
    checkArgument(value.signum() >= 0, "full-year students must be >= 0, was %s", value);
    return value.signum() == 0 ? ZERO : new FullYearStudents(value);
  }

  /**
   * {@return {@code value} full-year students}
   *
   * @param value the number, not negative
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static FullYearStudents of(long value) {
    return of(Ratio.of(value));
  }

  /** How {@link #parse} reads full-year students. */
  private static final NumberText TEXT = NumberText
      .of("a number of full-year students", "a number like 850, 820,5 or 820.5 or a fraction like"
          + " 9350/11, optionally followed by HST")
      .withSuffix("HST");

  /**
   * Parses a number of full-year students: {@code "850"}, {@code "820,5"}, {@code "820.5"},
   * {@code "9350/11"}, {@code "1 100 HST"}. The grammar is that of {@link Ratio#parse} (see
   * {@link NumberText}) with the optional suffix {@code HST}, in at most
   * {@value NumberText#MAX_LENGTH} characters.
   *
   * @param text the number as written
   * @return the number, exact
   * @throws IllegalArgumentException if {@code text} is not such a number, is too long, has a
   *     digit other than ASCII 0-9, is ambiguous ({@code "1,100"}: 1 100 or 1,1?) or is negative;
   *     the message names the text and the rule
   */
  public static FullYearStudents parse(CharSequence text) {
    Ratio value = TEXT.parseRatio(Objects.requireNonNull(text, "text"));
    checkArgument(value.signum() >= 0, "'%s' is negative: full-year students must be >= 0", text);
    return of(value);
  }

  /**
   * {@return the full-year students of {@code students} students who each study {@code terms}
   * terms: {@code students × terms / 2}, since a term is half an academic year}
   *
   * @param students the number of students, not negative
   * @param terms the terms each studies, not negative
   * @throws IllegalArgumentException if {@code students} or {@code terms} is negative
   */
  public static FullYearStudents ofStudentTerms(long students, long terms) {
    checkArgument(students >= 0, "students must be >= 0, was %s (with %s terms)", students, terms);
    checkArgument(terms >= 0, "terms must be >= 0, was %s (for %s students)", terms, students);
    return of(Ratio.of(students).times(terms).times(HALF));
  }

  /** {@return the exact number} */
  public Ratio value() {
    return value;
  }

  /**
   * {@return the sum of this and {@code other}}
   *
   * @param other the number to add
   */
  public FullYearStudents plus(FullYearStudents other) {
    Objects.requireNonNull(other, "other");
    return of(value.plus(other.value));
  }

  /**
   * {@return this number scaled by {@code factor}, e.g. by 12/11}
   *
   * @param factor the factor, not negative
   * @throws IllegalArgumentException if {@code factor} is negative
   */
  public FullYearStudents times(Ratio factor) {
    Objects.requireNonNull(factor, "factor");
    checkArgument(factor.signum() >= 0,
        "factor for %s must be >= 0, was %s", this, factor);
    return of(value.times(factor));
  }

  /** {@return whether this is zero} */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * {@return the sum of {@code values}, zero if there are none}
   *
   * @param values the numbers to add, possibly none
   */
  public static FullYearStudents sum(Iterable<FullYearStudents> values) {
    Objects.requireNonNull(values, "values");
    FullYearStudents total = ZERO;
    for (FullYearStudents v : values) {
      total = total.plus(v);
    }
    return total;
  }

  @Override
  public int compareTo(FullYearStudents other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FullYearStudents other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code "100 HST"} or {@code "109/2 HST"}. */
  @Override
  public String toString() {
    return value + " HST";
  }

  /**
   * {@return the count as a Swedish reader writes it, with the unit: {@code "1 056 HST"},
   * {@code "1 161,6 HST"}, {@code "9600/11 ≈ 872,73 HST"}; see {@link #format(Ratio)}}
   */
  public String format() {
    return format(value) + " HST";
  }

  /**
   * {@return a number of full-year students, or a difference of two (which may be negative), the
   * one
   * way alf writes it for a reader: grouped by spaces, Swedish decimal comma} A whole number is
   * written whole ({@code "1 056"}), a number with a finite decimal expansion exactly
   * ({@code "1 161,6"}, {@code "357,5"}), any other as the exact ratio then the value rounded half
   * to even to two decimals ({@code "9600/11 ≈ 872,73"}, {@code "-1735/11 ≈ -157,73"}).
   *
   * @param count the number, exact, any sign
   */
  public static String format(Ratio count) {
    Objects.requireNonNull(count, "count");
    if (isFiniteDecimal(count)) {
      return swedish(count.toBigDecimalExact().stripTrailingZeros());
    }
    return count + " ≈ " + swedish(count.toBigDecimal(2, RoundingMode.HALF_EVEN));
  }

  private static boolean isFiniteDecimal(Ratio r) {
    BigInteger d = r.denominator();
    for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    return d.equals(BigInteger.ONE);
  }

  /** Writes {@code d} grouped by spaces in threes, with a decimal comma. */
  private static String swedish(BigDecimal d) {
    String plain = (d.scale() < 0 ? d.setScale(0) : d).abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder s = new StringBuilder(d.signum() < 0 ? "-" : "");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        s.append(' ');
      }
      s.append(whole.charAt(i));
    }
    return point < 0 ? s.toString() : s.append(',').append(plain.substring(point + 1)).toString();
  }
}
