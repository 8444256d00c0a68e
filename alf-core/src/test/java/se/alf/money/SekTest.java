package se.alf.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;

class SekTest {

  @Test
  void holdsWholeÖre() {
    // 79 547 kr = 79 547 × 100 öre = 7 954 700 öre.
    assertEquals(7_954_700L, Sek.ofKronor(79_547).ore());
    assertEquals(Sek.ofOre(7_954_700), Sek.ofKronor(79_547));
    // 7 954 750 öre = 79 547 kr 50 öre, shown with exactly two decimals.
    assertEquals(new BigDecimal("79547.50"), Sek.ofOre(7_954_750).kronor());
    assertEquals(new BigDecimal("0.00"), Sek.ZERO.kronor());
    assertEquals(Ratio.of(3, 2), Sek.ofOre(150).toRatio());
    assertSame(Sek.ZERO, Sek.ofOre(0));
  }

  @Test
  void ofBigDecimalKeepsÖreAndRejectsAThirdDecimal() {
    assertEquals(Sek.ofOre(7_954_750), Sek.of(new BigDecimal("79547.5")));
    assertEquals(Sek.ofOre(1), Sek.of(new BigDecimal("0.01")));
    assertEquals(Sek.ofOre(-1), Sek.of(new BigDecimal("-0.01")));
    // trailing zeros are no extra precision: 1.500 kr is 150 öre
    assertEquals(Sek.ofOre(150), Sek.of(new BigDecimal("1.500")));
    assertEquals(Sek.ofOre(100_000), Sek.of(new BigDecimal("1E+3")));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sek.of(new BigDecimal("1.005")));
    assertTrue(e.getMessage().contains("1.005"), e.getMessage());
    assertTrue(e.getMessage().contains("two decimals"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Sek.of(new BigDecimal("0.001")));
    assertTrue(e.getMessage().contains("0.001"), e.getMessage());
    // Long.MAX_VALUE öre = 92 233 720 368 547 758.07 kr; one öre more does not fit
    assertEquals(Sek.ofOre(Long.MAX_VALUE), Sek.of(new BigDecimal("92233720368547758.07")));
    e = assertThrows(IllegalArgumentException.class,
        () -> Sek.of(new BigDecimal("92233720368547758.08")));
    assertTrue(e.getMessage().contains("92233720368547758.08"), e.getMessage());
  }

  @Test
  void parsesSwedishAndPlainText() {
    Sek expected = Sek.ofOre(7_954_750);
    assertEquals(expected, Sek.parse("79 547,50"));
    assertEquals(expected, Sek.parse("79547.50"));
    assertEquals(expected, Sek.parse("79\u00a0547,50 kr"));
    assertEquals(expected, Sek.parse("79\u202f547,5kr"));
    assertEquals(Sek.ofOre(-150), Sek.parse("-1,50"));
    // 2.2e9 kr = 2 200 000 000 kr = 220 000 000 000 öre
    assertEquals(Sek.ofOre(220_000_000_000L), Sek.parse("2.2e9"));
    assertEquals(Sek.ofKronor(79_547), Sek.parse("79547"));
  }

  @Test
  void parseRejectsBadTextNamingIt() {
    for (String bad : new String[] {"abc", "", "kr", "1.234,50", "79 547,50 SEK", "1/2"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Sek.parse(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
    // a third decimal is a number, but not an amount: the message names the text and the rule
    // (not "12,345", which is ambiguous: see SekParseTest)
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sek.parse("1234,565"));
    assertEquals("'1234,565' has 3 decimals: an amount in SEK has at most 2", e.getMessage());
  }

  @Test
  void addsSubtractsAndMultipliesExactly() {
    // 79 547,50 + 0,50 = 79 548,00
    assertEquals(Sek.ofKronor(79_548), Sek.ofOre(7_954_750).plus(Sek.ofOre(50)));
    // 1,00 − 2,50 = −1,50
    assertEquals(Sek.ofOre(-150), Sek.ofKronor(1).minus(Sek.ofOre(250)));
    assertEquals(Sek.ofOre(150), Sek.ofOre(-150).negate());
    // 79 547,50 × 3 = 238 642,50 (7 954 750 × 3 = 23 864 250 öre)
    assertEquals(Sek.ofOre(23_864_250), Sek.ofOre(7_954_750).times(3));
    assertEquals(Sek.ofOre(-23_864_250), Sek.ofOre(7_954_750).times(-3));
    // 0,10 + 0,20 = 0,30 exactly (no binary floating point)
    assertEquals(Sek.ofOre(30), Sek.parse("0.10").plus(Sek.parse("0.20")));
    // sum: 1 + 2 + 3 öre = 6 öre; nothing sums to zero
    assertEquals(Sek.ofOre(6), Sek.sum(ImmutableList.of(Sek.ofOre(1), Sek.ofOre(2), Sek.ofOre(3))));
    assertEquals(Sek.ZERO, Sek.sum(ImmutableList.of()));
  }

  @Test
  void timesRatioRoundsHalfToEven() {
    Ratio half = Ratio.of(1, 2);
    // 1 öre × 1/2 = 0.5 öre → 0 (the even neighbour of 0 and 1)
    assertEquals(Sek.ZERO, Sek.ofOre(1).times(half));
    // 3 öre × 1/2 = 1.5 öre → 2 (even)
    assertEquals(Sek.ofOre(2), Sek.ofOre(3).times(half));
    // 5 öre × 1/2 = 2.5 öre → 2 (even), not 3 as half-up would give
    assertEquals(Sek.ofOre(2), Sek.ofOre(5).times(half));
    // 7 öre × 1/2 = 3.5 öre → 4 (even)
    assertEquals(Sek.ofOre(4), Sek.ofOre(7).times(half));
    // −3 öre × 1/2 = −1.5 öre → −2 (even); −1 × 1/2 = −0.5 → 0
    assertEquals(Sek.ofOre(-2), Sek.ofOre(-3).times(half));
    assertEquals(Sek.ZERO, Sek.ofOre(-1).times(half));
    // 1 öre × 2/3 = 0.667 öre → 1 (nearest, no tie)
    assertEquals(Sek.ofOre(1), Sek.ofOre(1).times(Ratio.of(2, 3)));
    // 79 547 kr × 12/11: 7 954 700 × 12 = 95 456 400; / 11 = 8 677 854 rest 6
    // (11 × 8 677 854 = 95 456 394), 6/11 > 1/2 → 8 677 855 öre = 86 778,55 kr
    assertEquals(Sek.ofOre(8_677_855), Sek.ofKronor(79_547).times(Ratio.of(12, 11)));
    // Long.MAX_VALUE = 9 223 372 036 854 775 807 öre; / 2 = …903.5 → …904 (even)
    assertEquals(Sek.ofOre(4_611_686_018_427_387_904L), Sek.ofOre(Long.MAX_VALUE).times(half));
  }

  @Test
  void timesRatioWithAnExplicitMode() {
    Ratio half = Ratio.of(1, 2);
    // 3 × 1/2 = 1.5: floor 1, ceiling 2, half-up 2; 5 × 1/2 = 2.5: half-up 3, half-down 2
    assertEquals(Sek.ofOre(1), Sek.ofOre(3).times(half, RoundingMode.FLOOR));
    assertEquals(Sek.ofOre(2), Sek.ofOre(3).times(half, RoundingMode.CEILING));
    assertEquals(Sek.ofOre(3), Sek.ofOre(5).times(half, RoundingMode.HALF_UP));
    assertEquals(Sek.ofOre(2), Sek.ofOre(5).times(half, RoundingMode.HALF_DOWN));
    assertEquals(Sek.ofOre(2), Sek.ofOre(4).times(half, RoundingMode.UNNECESSARY));
    assertThrows(ArithmeticException.class,
        () -> Sek.ofOre(3).times(half, RoundingMode.UNNECESSARY));
    // 10/3 kr = 333.33… öre → 333 öre half-even, 334 ceiling
    assertEquals(Sek.ofOre(333), Sek.ofKronor(Ratio.of(10, 3), RoundingMode.HALF_EVEN));
    assertEquals(Sek.ofOre(334), Sek.ofKronor(Ratio.of(10, 3), RoundingMode.CEILING));
  }

  @Test
  void overflowThrowsArithmeticException() {
    Sek max = Sek.ofOre(Long.MAX_VALUE);
    Sek min = Sek.ofOre(Long.MIN_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Sek.ofOre(1)));
    assertThrows(ArithmeticException.class, () -> min.minus(Sek.ofOre(1)));
    assertThrows(ArithmeticException.class, () -> min.negate());
    assertThrows(ArithmeticException.class, () -> max.times(2));
    assertThrows(ArithmeticException.class, () -> max.times(Ratio.of(3, 2)));
    assertThrows(ArithmeticException.class, () -> Sek.sum(ImmutableList.of(max, Sek.ofOre(1))));
    // Long.MAX_VALUE / 100 = 92 233 720 368 547 758 kr fits; one krona more does not
    assertEquals(9_223_372_036_854_775_800L, Sek.ofKronor(92_233_720_368_547_758L).ore());
    assertThrows(ArithmeticException.class, () -> Sek.ofKronor(92_233_720_368_547_759L));
  }

  @Test
  void overflowNamesTheOperands() {
    Sek max = Sek.ofOre(Long.MAX_VALUE);
    String limit = " does not fit a long of öre (at most 92 233 720 368 547 758,07 kr in absolute"
        + " value)";
    assertEquals("92 233 720 368 547 758,07 kr + 0,01 kr" + limit,
        assertThrows(ArithmeticException.class, () -> max.plus(Sek.ofOre(1))).getMessage());
    assertEquals("-92 233 720 368 547 758,08 kr - 0,01 kr" + limit,
        assertThrows(ArithmeticException.class,
            () -> Sek.ofOre(Long.MIN_VALUE).minus(Sek.ofOre(1))).getMessage());
    assertEquals("92 233 720 368 547 758,07 kr × 2" + limit,
        assertThrows(ArithmeticException.class, () -> max.times(2)).getMessage());
    // 1 kr × 10^18 = 10^20 öre > 2^63 − 1 ≈ 9.2 × 10^18 öre.
    Ratio huge = Ratio.parse("1e18");
    assertEquals("1,00 kr × 1000000000000000000" + limit,
        assertThrows(ArithmeticException.class, () -> Sek.ofKronor(1).times(huge))
            .getMessage());
    assertEquals("1000000000000000000 kr" + limit,
        assertThrows(ArithmeticException.class,
            () -> Sek.ofKronor(huge, RoundingMode.HALF_EVEN)).getMessage());
    assertEquals("92233720368547759 kr" + limit,
        assertThrows(ArithmeticException.class, () -> Sek.ofKronor(92_233_720_368_547_759L))
            .getMessage());
    // The most negative amount still fits: −2^63 öre.
    assertEquals(Long.MIN_VALUE,
        Sek.ofKronor(Ratio.of(Long.MIN_VALUE).dividedBy(Ratio.of(100)), RoundingMode.UNNECESSARY)
            .ore());
  }

  @Test
  void formatsTheSwedishWay() {
    assertEquals("79 547,00 kr", Sek.ofKronor(79_547).format());
    assertEquals("79 547,50 kr", Sek.ofOre(7_954_750).format());
    assertEquals("1 234 567,89 kr", Sek.ofOre(123_456_789).format());
    assertEquals("-1 234,56 kr", Sek.ofOre(-123_456).format());
    assertEquals("-0,05 kr", Sek.ofOre(-5).format());
    assertEquals("0,05 kr", Sek.ofOre(5).format());
    assertEquals("0,00 kr", Sek.ZERO.format());
    assertEquals("999,99 kr", Sek.ofOre(99_999).format());
    assertEquals("1 000,00 kr", Sek.ofOre(100_000).format());
    assertEquals("92 233 720 368 547 758,07 kr", Sek.ofOre(Long.MAX_VALUE).format());
    assertEquals("-92 233 720 368 547 758,08 kr", Sek.ofOre(Long.MIN_VALUE).format());
    assertEquals("79547.50", Sek.ofOre(7_954_750).toPlainString());
    assertEquals("-0.05", Sek.ofOre(-5).toPlainString());
    // toString prints as the tables do (issue 8): 7 954 750 öre = 79 547,50 kr.
    assertEquals("79 547,50 kr", Sek.ofOre(7_954_750).toString());
    assertEquals("-0,05 kr", Sek.ofOre(-5).toString());
  }

  @Test
  void signsAndComparison() {
    assertEquals(-1, Sek.ofOre(-1).signum());
    assertEquals(0, Sek.ZERO.signum());
    assertEquals(1, Sek.ofOre(1).signum());
    assertTrue(Sek.ofOre(-1).isNegative());
    assertTrue(Sek.ZERO.isZero());
    assertTrue(Sek.ofOre(99).compareTo(Sek.ofKronor(1)) < 0);
    assertTrue(Sek.ofKronor(-1).compareTo(Sek.ofOre(-99)) < 0);
    assertEquals(0, Sek.parse("1,00").compareTo(Sek.ofOre(100)));
    Sek zero = Sek.ZERO;
    assertSame(zero, zero.requireNonNegative("budget"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sek.ofOre(-1).requireNonNegative("budget"));
    assertEquals("budget must be >= 0 SEK, was -0,01 kr", e.getMessage());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Sek.ofOre(100), Sek.ofKronor(1), Sek.of(new BigDecimal("1.0")),
            Sek.parse("1,00 kr"), Sek.ofOre(40).plus(Sek.ofOre(60)))
        .addEqualityGroup(Sek.ofOre(-100), Sek.ofKronor(1).negate())
        .addEqualityGroup(Sek.ZERO, Sek.ofOre(0), Sek.parse("0"), Sek.ofOre(1).minus(Sek.ofOre(1)))
        .addEqualityGroup(Sek.ofOre(1))
        .addEqualityGroup(Sek.ofOre(Long.MAX_VALUE))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Ratio.class, Ratio.of(1, 2))
        .setDefault(RoundingMode.class, RoundingMode.HALF_EVEN)
        .setDefault(Sek.class, Sek.ofOre(1));
    tester.testAllPublicStaticMethods(Sek.class);
    tester.testAllPublicInstanceMethods(Sek.ofOre(12_345));
  }

  @Test
  void plusAndMinusAreInverse() {
    long bound = 1_000_000_000_000_000L;
    qt().forAll(longs().between(-bound, bound), longs().between(-bound, bound))
        .check((a, b) -> Sek.ofOre(a).plus(Sek.ofOre(b)).minus(Sek.ofOre(b)).equals(Sek.ofOre(a))
            && Sek.ofOre(a).minus(Sek.ofOre(b)).plus(Sek.ofOre(b)).equals(Sek.ofOre(a))
            && Sek.ofOre(a).plus(Sek.ofOre(b)).ore() == a + b);
  }

  @Test
  void parseOfPlainStringRoundTrips() {
    qt().forAll(longs().all())
        .check(ore -> Sek.parse(Sek.ofOre(ore).toPlainString()).equals(Sek.ofOre(ore))
            && Sek.of(Sek.ofOre(ore).kronor()).ore() == ore);
  }

  private static final Pattern SWEDISH = Pattern.compile("-?\\d{1,3}( \\d{3})*,\\d{2} kr");

  @Test
  void formatNeverLosesÖre() {
    qt().forAll(longs().all())
        .check(ore -> {
          String text = Sek.ofOre(ore).format();
          // the last two digits before " kr" are the öre of the absolute amount
          long oreDigits = Math.abs(ore % 100);
          String tail = String.format(",%02d kr", oreDigits);
          return SWEDISH.matcher(text).matches()
              && text.endsWith(tail)
              && text.startsWith("-") == (ore < 0)
              && Sek.parse(text).ore() == ore;
        });
  }

  @Test
  void timesRatioIsWithinHalfAnÖreAndTiesGoToEven() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            integers().between(-1000, 1000), integers().between(1, 1000))
        .check((ore, p, q) -> {
          Sek result = Sek.ofOre(ore).times(Ratio.of(p, q));
          Ratio exact = Ratio.of(ore).times(Ratio.of(p, q));
          Ratio error = Ratio.of(result.ore()).minus(exact);
          Ratio half = Ratio.of(1, 2);
          boolean close = error.compareTo(half) <= 0 && error.compareTo(half.negate()) >= 0;
          boolean tie = error.equals(half) || error.equals(half.negate());
          return close && (!tie || result.ore() % 2 == 0);
        });
  }

  @Test
  void formatsAsDecimalFormatDidForEveryAmount() {
    // format() is written by hand for speed; it must write every amount as the pattern
    // "#,##0.00" with a space between thousands and a decimal comma did.
    java.text.DecimalFormatSymbols symbols =
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    qt().withExamples(10_000).forAll(integers().between(0, 2).zip(longs().all(),
        longs().between(-100_000_000, 100_000_000), (k, any, small) -> k == 0 ? any : small))
        .check(ore -> Sek.ofOre(ore).format().equals(
            new java.text.DecimalFormat("#,##0.00", symbols).format(Sek.ofOre(ore).kronor())
                + " kr"));
  }
}
