package se.alf.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 1.2: ratios read the decimal comma as kronor do, with the same ambiguity rule,
 * ASCII digits only and a length cap before any digit is read.
 */
class NumberTextTest {

  private static String ratioRefusal(String text) {
    return assertThrows(IllegalArgumentException.class, () -> Ratio.parse(text), text)
        .getMessage();
  }

  @Test
  void ratiosTakeADecimalCommaAsKronorDo() {
    // Before the fix "0,15" was refused while "0,15 kr" was read. 0,15 = 15/100 = 3/20
    assertEquals(Ratio.of(3, 20), Ratio.parse("0,15"));
    assertEquals(Ratio.of(3, 20), Ratio.parse("0.15"));
    // 820,5 = 1641/2
    assertEquals(Ratio.of(1641, 2), Ratio.parse("820,5"));
    // 0,125 = 1/8: a leading 0 is no group of thousands, so it is not ambiguous
    assertEquals(Ratio.of(1, 8), Ratio.parse("0,125"));
    // 1234,567 = 1234567/1000: four digits before the mark are no group of thousands either
    assertEquals(Ratio.of(1_234_567, 1000), Ratio.parse("1234,567"));
    // groups of thousands in a fraction: 9 350/11 = 850
    assertEquals(Ratio.of(850), Ratio.parse("9 350/11"));
    assertEquals(Ratio.of(850), Ratio.parse("9\u00a0350 / 11"));
  }

  @Test
  void ratiosRefuseAmbiguousThousands() {
    assertEquals("'1,500' is ambiguous: write 1 500 or 1,5", ratioRefusal("1,500"));
    // 1,125 has no shorter decimal form: a fourth decimal 0 makes it unambiguous
    assertEquals("'1,125' is ambiguous: write 1 125 or 1,1250", ratioRefusal("1,125"));
    assertEquals(Ratio.of(9, 8), Ratio.parse("1,1250"));
    assertEquals("'12.000' is ambiguous: write 12 000 or 12", ratioRefusal("12.000"));
  }

  @Test
  void ratiosReadOnlyAsciiDigits() {
    // new BigInteger("٣") is 3 and new BigDecimal("0.٥") is 0.5: both silently accepted before
    assertEquals("'\u0663/4' has the digit '\u0663' (U+0663): a ratio is written with the ASCII"
        + " digits 0-9 only", ratioRefusal("\u0663/4"));
    assertTrue(ratioRefusal("0.\u0665").contains("U+0665"));
    assertTrue(ratioRefusal("1/\u0968").contains("U+0968")); // DEVANAGARI DIGIT TWO
  }

  @Test
  void ratiosOfAMillionDigitsAreRefusedAtOnce() {
    for (String text : new String[] {"7".repeat(1_000_000), "1/" + "3".repeat(1_000_000),
        "0." + "5".repeat(1_000_000)}) {
      long start = System.nanoTime();
      String message = ratioRefusal(text);
      assertTrue(System.nanoTime() - start < 100_000_000L, "took too long");
      assertTrue(message.startsWith("'" + text.substring(0, 16) + "…' (" + text.length()
          + " characters) is too long: a ratio is written in at most 64 characters"), message);
    }
    // a numerator and a denominator within 64 characters in all are read: 31 + 1 + 32 = 64
    String n = "1" + "0".repeat(30);
    String d = "3" + "0".repeat(31);
    assertEquals(Ratio.of(BigInteger.ONE, BigInteger.valueOf(30)), Ratio.parse(n + "/" + d));
  }

  @Test
  void integersHaveNoMarkAndGroupsOfThree() {
    NumberText years = NumberText.of("a year", "a year like 2027");
    assertEquals(BigInteger.valueOf(2027), years.parseInteger("2027"));
    assertEquals(BigInteger.valueOf(1_750_000), years.parseInteger(" 1 750 000 "));
    assertEquals("'2027.0' is not a year: write a year like 2027",
        assertThrows(IllegalArgumentException.class, () -> years.parseInteger("2027.0"))
            .getMessage());
    // 2٠27: the digit Integer.parseInt and new BigInteger would read as 0
    assertEquals("'2\u066027' has the digit '\u0660' (U+0660): a year is written with the ASCII"
        + " digits 0-9 only",
        assertThrows(IllegalArgumentException.class, () -> years.parseInteger("2\u066027"))
            .getMessage());
  }

  @Test
  void aDecimalReadsBackWhatBigDecimalPrints() {
    // any plain decimal, with a point or a comma, reads as itself unless it is ambiguous
    NumberText any = NumberText.of("a number", "a number");
    qt().forAll(longs().all(), integers().between(0, 18), booleans().all())
        .check((unscaled, scale, comma) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          String text = value.toPlainString();
          String written = comma ? text.replace('.', ',') : text;
          boolean ambiguous = scale == 3 && text.matches("-?[1-9]\\d{0,2}\\.\\d{3}");
          if (ambiguous) {
            return assertThrows(IllegalArgumentException.class, () -> any.parseDecimal(written))
                .getMessage().contains("is ambiguous");
          }
          return any.parseDecimal(written).equals(value);
        });
  }
}
