package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.alf.examples.cli.input.Json;
import se.alf.examples.cli.input.KeyIndex;
import se.alf.examples.cli.input.ScenarioFile;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Key;

/**
 * Issue 7, item 1.2, in the CLI: numbers and years read from scenario files take ASCII digits
 * only, a decimal comma for every kind of value, and refuse ambiguous thousands naming the key.
 */
class NumberInputTest {

  private static final KeyIndex KEYS = KeyIndex.load();

  private static Object value(String id, Object raw) {
    Key<?> key = KEYS.find(id).orElseThrow();
    return KeyIndex.value(key, raw, null);
  }

  private static String refusal(String id, Object raw) {
    return assertThrows(IllegalArgumentException.class, () -> value(id, raw)).getMessage();
  }

  @Test
  void jsonNumbersAreAsciiDigitsOnly() {
    // Before: Json read 2٠27 (U+0660 ARABIC-INDIC DIGIT ZERO) with Character.isDigit and
    // new BigInteger, which gave 2027.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Json.parse("{\"year\": 2\u066027}"));
    assertEquals("line 1, column 11: Unexpected character ('\u0660'): was expecting comma to"
        + " separate Object entries", e.getMessage());
    // a \\u escape takes ASCII hex digits only: Integer.parseInt("\u0660\u066041", 16) is 0x41
    assertThrows(IllegalArgumentException.class,
        () -> Json.parse("{\"a\": \"\\u\u0660\u066041\"}"));
    assertEquals(Map.of("year", BigInteger.valueOf(2027)), Json.parse("{\"year\": 2027}"));
  }

  @Test
  void aScenarioFileYearOfNonAsciiDigitsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ScenarioFile.parse(
        "{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"year\": 2\u066027, "
            + "\"value\": \"850\"}]}",
        "file", Scenarios.published(), KEYS));
    assertThrows(IllegalArgumentException.class, () -> ScenarioFile.parse(
        "{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"year\": \"2\u066027\", "
            + "\"value\": \"850\"}]}",
        "file", Scenarios.published(), KEYS));
  }

  @Test
  void valuesTakeADecimalCommaForEveryKind() {
    // 820,5 HST = 1641/2; 0,15 = 3/20; 128 490,50 kr = 12 849 050 öre
    assertEquals(FullYearStudents.of(Ratio.of(1641, 2)), value("actual-hst[orebro]", "820,5"));
    assertEquals(FullYearStudents.of(Ratio.of(1641, 2)), value("actual-hst[orebro]", "820,5 HST"));
    assertEquals(Ratio.of(3, 20), value("research.quality-amount-share", "0,15"));
    // 12,5 % = 125/1000 = 1/8
    assertEquals(Ratio.of(1, 8), value("research.quality-amount-share", "12,5%"));
    assertEquals(Sek.ofOre(12_849_050), value("research.appropriation", "128 490,50"));
  }

  @Test
  void ambiguousValuesAreRefusedNamingKeyValueAndRule() {
    String m = refusal("actual-hst[orebro]", "128,490");
    assertTrue(m.startsWith("value of actual-hst[orebro] must be "), m);
    assertTrue(m.endsWith("('128,490' is ambiguous: write 128 490 or 128,49)"), m);
    m = refusal("research.appropriation", "110.000");
    assertTrue(m.endsWith("('110.000' is ambiguous: write 110 000 or 110)"), m);
  }

  @Test
  void wholeNumbersAreAsciiDigitsOnly() {
    // Integer.valueOf("٤") is 4 (U+0664 ARABIC-INDIC DIGIT FOUR)
    String m = refusal("evaluation.interval-years", "\u0664");
    assertTrue(m.endsWith("(the digit '\u0664' (U+0664) is not an ASCII digit 0-9)"), m);
  }
}
