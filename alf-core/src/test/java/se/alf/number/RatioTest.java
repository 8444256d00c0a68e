package se.alf.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RatioTest {

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }

  @Test
  void keepsLowestTermsAndAPositiveDenominator() {
    // 2/-4: gcd 2 → 1/-2 → sign moved to the numerator → -1/2
    Ratio r = Ratio.of(2, -4);
    assertEquals(big(-1), r.numerator());
    assertEquals(big(2), r.denominator());
    assertEquals("-1/2", r.toString());
    // -2/-4 = 1/2; 6/3 = 2/1, a whole number
    assertEquals(big(1), Ratio.of(-2, -4).numerator());
    assertEquals(big(2), Ratio.of(-2, -4).denominator());
    assertTrue(Ratio.of(6, 3).isWhole());
    assertEquals("2", Ratio.of(6, 3).toString());
    // 0/-5 = 0/1
    assertEquals(big(0), Ratio.of(0, -5).numerator());
    assertEquals(big(1), Ratio.of(0, -5).denominator());
    // 12/11 is already in lowest terms; 24/22 reduces to it
    assertEquals("12/11", Ratio.of(24, 22).toString());
    // Long.MIN_VALUE / -1 = 2^63, which does not fit a long but fits the ratio
    assertEquals(big(Long.MIN_VALUE).negate(), Ratio.of(Long.MIN_VALUE, -1).numerator());
  }

  @Test
  void aRatioInLongGivesItsLongsInLowestTerms() {
    Ratio r = Ratio.of(-6, 4); // gcd 2 → -3/2
    assertTrue(r.fitsInLong());
    assertEquals(-3, r.longNumerator());
    assertEquals(2, r.longDenominator());
    Ratio big = Ratio.of(BigInteger.TWO.pow(70), BigInteger.valueOf(3)); // 2⁷⁰ > Long.MAX_VALUE
    assertFalse(big.fitsInLong());
    assertThrows(ArithmeticException.class, big::longNumerator);
    assertThrows(ArithmeticException.class, big::longDenominator);
    // back below 2⁶³ it is held in long again: 2⁷⁰/3 × 3/2⁸ = 2⁶²
    assertEquals(1L << 62, big.times(Ratio.of(3, 256)).longNumerator());
  }

  @Test
  void exactValueOfADecimal() {
    // 0.25 = 25/100 = 1/4; -1.50 = -150/100 = -3/2; 1E+3 = 1000
    assertEquals(Ratio.of(1, 4), Ratio.of(new BigDecimal("0.25")));
    assertEquals(Ratio.of(-3, 2), Ratio.of(new BigDecimal("-1.50")));
    assertEquals(Ratio.of(1000), Ratio.of(new BigDecimal("1E+3")));
    assertEquals(Ratio.ZERO, Ratio.of(new BigDecimal("0.000")));
  }

  @Test
  void equalValuesAreEqual() {
    new EqualsTester()
        .addEqualityGroup(Ratio.of(1, 2), Ratio.of(2, 4), Ratio.of(-3, -6), Ratio.parse("0.5"),
            Ratio.parse("50/100"), Ratio.of(1, 4).plus(Ratio.of(1, 4)))
        .addEqualityGroup(Ratio.of(-1, 2), Ratio.of(2, -4), Ratio.of(1, 2).negate())
        .addEqualityGroup(Ratio.ZERO, Ratio.of(0, 7), Ratio.of(0), Ratio.parse("-0"))
        .addEqualityGroup(Ratio.ONE, Ratio.of(5, 5), Ratio.parse("1.00"))
        .addEqualityGroup(Ratio.of(12, 11), Ratio.parse("12/11"))
        .testEquals();
  }

  @Test
  void arithmetic() {
    // 1/2 + 1/3 = 3/6 + 2/6 = 5/6
    assertEquals(Ratio.of(5, 6), Ratio.of(1, 2).plus(Ratio.of(1, 3)));
    // 1/2 − 1/3 = 3/6 − 2/6 = 1/6
    assertEquals(Ratio.of(1, 6), Ratio.of(1, 2).minus(Ratio.of(1, 3)));
    // 1/3 − 1/2 = −1/6
    assertEquals(Ratio.of(-1, 6), Ratio.of(1, 3).minus(Ratio.of(1, 2)));
    // 2/3 × 3/4 = 6/12 = 1/2
    assertEquals(Ratio.of(1, 2), Ratio.of(2, 3).times(Ratio.of(3, 4)));
    // 12/11 × 11 = 12; 12/11 × 0 = 0
    assertEquals(Ratio.of(12), Ratio.of(12, 11).times(11));
    assertEquals(Ratio.ZERO, Ratio.of(12, 11).times(0));
    // (1/2) / (1/4) = 1/2 × 4 = 2; (1/2) / (−2/3) = 1/2 × −3/2 = −3/4
    assertEquals(Ratio.of(2), Ratio.of(1, 2).dividedBy(Ratio.of(1, 4)));
    assertEquals(Ratio.of(-3, 4), Ratio.of(1, 2).dividedBy(Ratio.of(-2, 3)));
    assertEquals(Ratio.of(-3, 4), Ratio.of(3, 4).negate());
    assertEquals(-1, Ratio.of(1, -7).signum());
    assertEquals(0, Ratio.ZERO.signum());
    assertEquals(1, Ratio.of(-1, -7).signum());
    assertFalse(Ratio.of(7, 2).isWhole());
  }

  @Test
  void parsesFractionsAndDecimals() {
    Ratio r = Ratio.parse("12/11");
    assertEquals(big(12), r.numerator());
    assertEquals(big(11), r.denominator());
    assertEquals(Ratio.of(12, 11), Ratio.parse(" 12 / 11 "));
    assertEquals(Ratio.of(1, 4), Ratio.parse("0.25"));
    assertEquals(Ratio.of(-3), Ratio.parse("-3"));
    assertEquals(Ratio.of(-3, 2), Ratio.parse("6/-4"));
    // 1e-2 = 1/100
    assertEquals(Ratio.of(1, 100), Ratio.parse("1e-2"));
  }

  @Test
  void parseRejectsBadInputNamingIt() {
    for (String bad : new String[] {"abc", "", "1/2/3", "1.5/2", "1/", "/2", "0;25", "½"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Ratio.parse(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
      assertTrue(e.getMessage().contains("12/11"), e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ratio.parse("1/0"));
    assertTrue(e.getMessage().contains("denominator must not be 0"), e.getMessage());
  }

  @Test
  void parseRejectsAbsurdExponentsAtOnceNamingTextAndRule() {
    // 1e999999999 would have a billion digits before the point; 1e-999999999 as many after it.
    for (String bad : new String[] {"1e999999999", "1e9999999", "-2.5E+401", "1e-999999999",
        "1e-401"}) {
      long start = System.nanoTime();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Ratio.parse(bad), bad);
      assertTrue(System.nanoTime() - start < 1_000_000_000L, bad + " took too long");
      assertTrue(e.getMessage().startsWith("ratio '" + bad + "' has "), e.getMessage());
      assertTrue(e.getMessage().endsWith("at most 400 on either side are allowed"),
          e.getMessage());
    }
    // 1e999999999: one significant digit, exponent 999 999 999, so 1 000 000 000 digits before.
    assertEquals("ratio '1e999999999' has 1000000000 digits before and 0 after the decimal point;"
            + " at most 400 on either side are allowed",
        assertThrows(IllegalArgumentException.class, () -> Ratio.parse("1e999999999"))
            .getMessage());
    // An exponent beyond an int is not a number at all.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ratio.parse("1e99999999999"));
    assertTrue(e.getMessage().contains("'1e99999999999'"), e.getMessage());
    // A 402-digit numerator is rejected too; 400 digits either side are fine: 10^399 has 400
    // digits before the point, 10^-400 has 400 after it, 10^400 (401 digits) is one too many.
    String digits402 = "1".repeat(402);
    e = assertThrows(IllegalArgumentException.class, () -> Ratio.parse(digits402 + "/3"));
    // (refused by the length cap, NumberText.MAX_LENGTH = 64 characters, before it is read)
    assertEquals("'1111111111111111…' (404 characters) is too long: a ratio is written in at most"
        + " 64 characters", e.getMessage());
    assertEquals(Ratio.of(BigInteger.TEN.pow(399), BigInteger.ONE), Ratio.parse("1e399"));
    assertThrows(IllegalArgumentException.class, () -> Ratio.parse("1e400"));
    assertEquals(Ratio.of(BigInteger.ONE, BigInteger.TEN.pow(400)), Ratio.parse("1e-400"));
    assertEquals(Ratio.of(BigInteger.ONE, BigInteger.TEN.pow(400)),
        Ratio.of(new BigDecimal("1e-400")));
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(new BigDecimal("1e999999999")));
  }

  @Test
  void zeroDenominatorAndDivisionByZero() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ratio.of(1, 0));
    assertTrue(e.getMessage().contains("denominator must not be 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(big(0), big(0)));
    ArithmeticException a = assertThrows(ArithmeticException.class,
        () -> Ratio.of(1, 2).dividedBy(Ratio.ZERO));
    assertTrue(a.getMessage().contains("1/2"), a.getMessage());
    assertThrows(ArithmeticException.class, () -> Ratio.ONE.dividedBy(Ratio.of(0, 3)));
  }

  @Test
  void decimals() {
    // 1/4 = 0.25 exactly; 12 = 12; -3/8 = -0.375
    assertEquals(0, new BigDecimal("0.25").compareTo(Ratio.of(1, 4).toBigDecimalExact()));
    assertEquals(0, new BigDecimal("12").compareTo(Ratio.of(12).toBigDecimalExact()));
    assertEquals(0, new BigDecimal("-0.375").compareTo(Ratio.of(-3, 8).toBigDecimalExact()));
    // 1/3 = 0.333… has no finite decimal expansion
    assertThrows(ArithmeticException.class, () -> Ratio.of(1, 3).toBigDecimalExact());
    assertThrows(ArithmeticException.class, () -> Ratio.of(12, 11).toBigDecimalExact());
    // 2/3 = 0.6666… → 0.6667 (4 decimals, half even); 12/11 = 1.0909… → 1.09 (2 decimals)
    assertEquals(new BigDecimal("0.6667"), Ratio.of(2, 3).toBigDecimal(4, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("1.09"), Ratio.of(12, 11).toBigDecimal(2, RoundingMode.HALF_EVEN));
    // 5/2 = 2.5 → 2 half even, 3 half up; -5/2 = -2.5 → -2 half even
    assertEquals(new BigDecimal("2"), Ratio.of(5, 2).toBigDecimal(0, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("3"), Ratio.of(5, 2).toBigDecimal(0, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("-2"), Ratio.of(-5, 2).toBigDecimal(0, RoundingMode.HALF_EVEN));
  }

  @Test
  void orders() {
    // -1/2 < 0 < 1/3 < 1/2 < 12/11 < 2
    Ratio[] ascending = {Ratio.of(-1, 2), Ratio.ZERO, Ratio.of(1, 3), Ratio.of(1, 2),
        Ratio.of(12, 11), Ratio.of(2)};
    for (int i = 0; i < ascending.length; i++) {
      for (int j = 0; j < ascending.length; j++) {
        assertEquals(Integer.signum(Integer.compare(i, j)),
            Integer.signum(ascending[i].compareTo(ascending[j])), i + " vs " + j);
      }
    }
    assertEquals(0, Ratio.of(2, 4).compareTo(Ratio.of(1, 2)));
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Ratio.class, Ratio.of(1, 3))
        .setDefault(BigInteger.class, BigInteger.TWO)
        .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN);
    tester.testAllPublicStaticMethods(Ratio.class);
    tester.testAllPublicInstanceMethods(Ratio.of(12, 11));
  }

  /** Ratios n/d with n in [-10^6, 10^6] and d in [-10^6, 10^6] \ {0}, both signs of d. */
  private static Gen<Ratio> ratios() {
    return longs().between(-1_000_000, 1_000_000)
        .zip(longs().between(1, 1_000_000), booleans().all(),
            (n, d, negative) -> Ratio.of(n, negative ? -d : d));
  }

  @Test
  void additionCommutesAndAssociates() {
    qt().forAll(ratios(), ratios(), ratios())
        .check((a, b, c) -> a.plus(b).equals(b.plus(a))
            && a.plus(b).plus(c).equals(a.plus(b.plus(c)))
            && a.plus(Ratio.ZERO).equals(a));
  }

  @Test
  void multiplicationCommutesAndDistributes() {
    qt().forAll(ratios(), ratios(), ratios())
        .check((a, b, c) -> a.times(b).equals(b.times(a))
            && a.times(b.plus(c)).equals(a.times(b).plus(a.times(c)))
            && a.times(Ratio.ONE).equals(a));
  }

  @Test
  void divisionUndoesMultiplication() {
    qt().forAll(ratios(), ratios())
        .assuming((a, b) -> b.signum() != 0)
        .check((a, b) -> a.times(b).dividedBy(b).equals(a)
            && a.dividedBy(b).times(b).equals(a));
  }

  @Test
  void subtractingItselfGivesZero() {
    qt().forAll(ratios())
        .check(a -> a.minus(a).equals(Ratio.ZERO)
            && a.plus(a.negate()).signum() == 0
            && a.negate().negate().equals(a));
  }

  @Test
  void alwaysInLowestTermsWithAPositiveDenominator() {
    qt().forAll(ratios(), ratios())
        .check((a, b) -> {
          for (Ratio r : new Ratio[] {a, a.plus(b), a.minus(b), a.times(b), a.negate()}) {
            if (r.denominator().signum() <= 0
                || !r.numerator().gcd(r.denominator()).equals(BigInteger.ONE)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(ratios(), ratios())
        .check((a, b) -> (a.compareTo(b) == 0) == a.equals(b)
            && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a))
            // a < b exactly when b − a is positive
            && Integer.signum(a.compareTo(b)) == -b.minus(a).signum());
  }

  @Test
  void scalingNumeratorAndDenominatorKeepsTheValue() {
    qt().forAll(longs().between(-1_000_000, 1_000_000), longs().between(1, 1_000_000),
            longs().between(-1000, 1000))
        .assuming((n, d, k) -> k != 0)
        .check((n, d, k) -> Ratio.of(n * k, d * k).equals(Ratio.of(n, d))
            && Ratio.of(n * k, d * k).hashCode() == Ratio.of(n, d).hashCode());
  }

  /**
   * Longs of every size: small, near the overflow bounds of a product, and the extremes (where the
   * long fast path must fall back to BigInteger).
   */
  private static Gen<Long> anyLongs() {
    return integers().between(0, 3).zip(longs().all(), longs().between(-3_037_000_499L,
        3_037_000_499L), (kind, any, nearSqrt) -> {
          switch (kind) {
            case 0: return any;
            case 1: return nearSqrt; // |x| < sqrt(2^63): products of two just fit
            case 2: return any % 1_000_000;
            default: return any >= 0 ? Long.MAX_VALUE - (any % 3) : Long.MIN_VALUE + (-(any % 3));
          }
        });
  }

  /** {@code n/d} in lowest terms with a positive denominator, computed in BigInteger only. */
  private static BigInteger[] reference(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    return new BigInteger[] {n.divide(g), d.divide(g)};
  }

  private static boolean same(Ratio r, BigInteger[] expected) {
    return r.numerator().equals(expected[0]) && r.denominator().equals(expected[1])
        && r.equals(Ratio.of(expected[0], expected[1]))
        && r.hashCode() == Ratio.of(expected[0], expected[1]).hashCode()
        && r.toString().equals(expected[1].equals(BigInteger.ONE) ? expected[0].toString()
            : expected[0] + "/" + expected[1]);
  }

  @Test
  void longFastPathEqualsTheBigIntegerPath() {
    // Each operation on ratios built from longs (the fast path, with overflow checks) must give
    // exactly the fraction computed in BigInteger by the textbook formulas, reduced.
    qt().withExamples(10_000).forAll(anyLongs(), anyLongs(), anyLongs(), anyLongs())
        .assuming((a, b, c, d) -> b != 0 && d != 0)
        .check((a, b, c, d) -> {
          Ratio x = Ratio.of(a, b);
          Ratio y = Ratio.of(c, d);
          BigInteger ba = big(a);
          BigInteger bb = big(b);
          BigInteger bc = big(c);
          BigInteger bd = big(d);
          boolean ok = same(x, reference(ba, bb))
              // a/b + c/d = (ad + cb) / bd
              && same(x.plus(y), reference(ba.multiply(bd).add(bc.multiply(bb)), bb.multiply(bd)))
              // a/b − c/d = (ad − cb) / bd
              && same(x.minus(y),
                  reference(ba.multiply(bd).subtract(bc.multiply(bb)), bb.multiply(bd)))
              // a/b × c/d = ac / bd
              && same(x.times(y), reference(ba.multiply(bc), bb.multiply(bd)))
              // a/b × c = ac / b
              && same(x.times(c), reference(ba.multiply(bc), bb))
              && same(x.negate(), reference(ba.negate(), bb))
              // a/b < c/d exactly when ad·sign(bd) < cb·sign(bd)
              && Integer.signum(x.compareTo(y)) == ba.multiply(bd).subtract(bc.multiply(bb))
                  .signum() * bb.multiply(bd).signum()
              && x.signum() == ba.signum() * bb.signum();
          if (c != 0) {
            // (a/b) / (c/d) = ad / bc
            ok &= same(x.dividedBy(y), reference(ba.multiply(bd), bb.multiply(bc)));
          }
          return ok;
        });
  }

  @Test
  void extremeLongsFallBackToBigInteger() {
    // MIN_VALUE cannot be negated in a long: -(−2^63)/1 = 2^63 = 9223372036854775808.
    Ratio min = Ratio.of(Long.MIN_VALUE, 1);
    assertEquals(new BigInteger("9223372036854775808"), min.negate().numerator());
    assertEquals(new BigInteger("9223372036854775808"), Ratio.of(Long.MIN_VALUE, -1).numerator());
    // (2^63 − 1) + 1 = 2^63, which overflows a long.
    assertEquals(new BigInteger("9223372036854775808"),
        Ratio.of(Long.MAX_VALUE).plus(Ratio.ONE).numerator());
    // and back into a long: 2^63 − 2 = 9223372036854775806, equal to the long-built ratio.
    assertEquals(Ratio.of(Long.MAX_VALUE - 1),
        Ratio.of(Long.MAX_VALUE).plus(Ratio.ONE).minus(Ratio.of(2)));
  }
}
