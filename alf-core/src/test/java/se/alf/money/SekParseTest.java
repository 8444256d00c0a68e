package se.alf.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import org.junit.jupiter.api.Test;

/**
 * Issue 7, item 1.2: {@link Sek#parse} refuses what it cannot read for certain (thousands
 * separators that could be decimals, non-ASCII digits, absurdly long texts) instead of reading a
 * wrong amount.
 */
class SekParseTest {

  private static String refusal(String text) {
    return assertThrows(IllegalArgumentException.class, () -> Sek.parse(text), text).getMessage();
  }

  @Test
  void aSingleMarkBeforeThreeDigitsIsAmbiguous() {
    // Before the fix "128,490" was 128,49 kr and "110.000", "110,000" were 110 kr.
    assertEquals("'128,490' is ambiguous: write 128 490 or 128,49", refusal("128,490"));
    assertEquals("'110.000' is ambiguous: write 110 000 or 110", refusal("110.000"));
    assertEquals("'110,000' is ambiguous: write 110 000 or 110", refusal("110,000"));
    assertEquals("'-1,500 kr' is ambiguous: write -1 500 or -1,5", refusal("-1,500 kr"));
    // grouped: 1 128,490 could be 1 128 490 as well
    assertEquals("'1 128,490' is ambiguous: write 1 128 490 or 1 128,49", refusal("1 128,490"));
    // 128,495 read as a decimal has a third decimal, which no amount has
    assertEquals("'128,495' is ambiguous: write 128 495; read as a decimal it has 3 decimals, and"
        + " an amount in SEK has at most 2", refusal("128,495"));
  }

  @Test
  void theUnambiguousFormsAreStillRead() {
    // 128 490 kr = 12 849 000 öre
    assertEquals(Sek.ofOre(12_849_000), Sek.parse("128 490"));
    assertEquals(Sek.ofOre(12_849_000), Sek.parse("128\u00a0490 kr"));
    assertEquals(Sek.ofOre(12_849_000), Sek.parse("128\u202f490"));
    // 128 490,50 kr = 12 849 050 öre; 128490.5 the same
    assertEquals(Sek.ofOre(12_849_050), Sek.parse("128 490,50"));
    assertEquals(Sek.ofOre(12_849_050), Sek.parse("128490.5"));
    // 128,49 kr = 12 849 öre
    assertEquals(Sek.ofOre(12_849), Sek.parse("128,49"));
    // 1 750 000 000 kr = 175 000 000 000 öre
    assertEquals(Sek.ofOre(175_000_000_000L), Sek.parse("1 750 000 000"));
    // three decimals where the integer cannot be a group of thousands: 0,125 has a third decimal
    // (refused as ever), 1234,500 = 1 234,50 kr = 123 450 öre, 0,100 = 10 öre
    assertEquals(Sek.ofOre(123_450), Sek.parse("1234,500"));
    assertEquals(Sek.ofOre(10), Sek.parse("0,100"));
    assertEquals("'0,125' has 3 decimals: an amount in SEK has at most 2", refusal("0,125"));
    // with an exponent the mark is a decimal mark: 1,234e3 = 1 234 kr
    assertEquals(Sek.ofKronor(1_234), Sek.parse("1,234e3"));
  }

  @Test
  void groupsAreThreeDigitsAndOneSeparator() {
    // "1 2" was 12 kr and "1 2345" was 12 345 kr before: a space anywhere was dropped
    for (String bad : new String[] {"1 2", "1 2345", "12  345", "1234 567", "1 234 5", "1 234,5 6",
        "12 345.6.7", "1.234,50"}) {
      assertEquals("'" + bad + "' is not an amount in SEK: write a number like 79 547,50 or"
          + " 79547.50, optionally followed by kr", refusal(bad));
    }
  }

  @Test
  void onlyAsciiDigits() {
    // U+0660 ARABIC-INDIC DIGIT ZERO: new BigDecimal("2٠27") is 2027
    assertEquals("'2\u066027' has the digit '\u0660' (U+0660): an amount in SEK is written with"
        + " the ASCII digits 0-9 only", refusal("2\u066027"));
    // U+FF11 FULLWIDTH DIGIT ONE; U+1D7CE MATHEMATICAL BOLD DIGIT ZERO (outside the BMP)
    assertTrue(refusal("\uff11").contains("U+FF11"));
    assertTrue(refusal("1" + new String(Character.toChars(0x1D7CE))).contains("U+1D7CE"));
  }

  @Test
  void aTooLongTextIsRefusedAtOnce() {
    String million = "1".repeat(1_000_000);
    long start = System.nanoTime();
    String message = refusal(million);
    // before the fix, BigDecimal read a million digits (seconds); now only the length is read
    assertTrue(System.nanoTime() - start < 100_000_000L, "took too long");
    assertEquals("'1111111111111111…' (1000000 characters) is too long: an amount in SEK is"
        + " written in at most 64 characters", message);
    // 64 characters are read: 61 blanks and "1,5" is 1,50 kr = 150 öre
    assertEquals(Sek.ofOre(150), Sek.parse(" ".repeat(61) + "1,5"));
    assertTrue(refusal(" ".repeat(62) + "1,5").contains("(65 characters) is too long"));
  }

  @Test
  void anAmountBeyondALongOfÖreNamesTheText() {
    // Long.MAX_VALUE öre = 92 233 720 368 547 758,07 kr; one öre more does not fit
    assertEquals("'92233720368547758.08' is too large: an amount in SEK is at most"
        + " 92233720368547758.07 kr in absolute value", refusal("92233720368547758.08"));
    assertEquals("'1e999999999' is too large: an amount in SEK is at most"
        + " 92233720368547758.07 kr in absolute value", refusal("1e999999999"));
  }

  @Test
  void parsesWhatItFormats() {
    qt().forAll(longs().all())
        .check(ore -> Sek.parse(Sek.ofOre(ore).format()).ore() == ore
            && Sek.parse(Sek.ofOre(ore).format().replace(' ', '\u00a0')).ore() == ore);
  }

  @Test
  void oneToThreeDigitsAMarkAndThreeDigitsAreAlwaysRefused() {
    // 1-3 digits, not starting with 0 (a leading 0 is no group of thousands), then . or , then
    // exactly three digits: always ambiguous, whatever the digits
    qt().forAll(integers().between(1, 999), integers().between(0, 999), booleans().all())
        .check((whole, three, comma) -> {
          String text = whole + (comma ? "," : ".") + String.format("%03d", three);
          IllegalArgumentException e =
              assertThrows(IllegalArgumentException.class, () -> Sek.parse(text));
          return e.getMessage().startsWith("'" + text + "' is ambiguous: write " + whole + " "
              + String.format("%03d", three));
        });
  }
}
