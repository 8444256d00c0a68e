package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.alf.examples.cli.input.Json;
import se.alf.examples.cli.input.KeyIndex;
import se.alf.examples.cli.input.ScenarioFile;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Keys;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;

class ScenarioFileTest extends CliTestSupport {

  @TempDir
  Path dir;

  private static Scenario parse(String json) {
    return ScenarioFile.parse(json, "file", Scenarios.published(), KeyIndex.load());
  }

  @Test
  void inputsReplaceThePublishedValuesForTheirYearsOnly() {
    Scenario s = parse("{\"name\": \"orebro-850\", \"inputs\": [{\"key\": \"actual-hst[orebro]\","
        + " \"from\": 2026, \"to\": 2026, \"value\": \"850\"}]}");
    assertEquals("orebro-850", s.name());
    var key = Keys.ACTUAL_HST.of(AlfRegion.OREBRO);
    var in2026 = s.inputs().find(key, Year.of(2026).atDay(1)).orElseThrow().value();
    assertEquals(FullYearStudents.of(850), in2026.value());
    assertEquals(Basis.INPUT, in2026.basis());
    // Before and after, no value is given: the rules derive it from the published base.
    assertTrue(s.inputs().find(key, Year.of(2025).atDay(1)).isEmpty());
    var base = s.inputs().find(Keys.BASE_HST.of(AlfRegion.OREBRO), Year.of(2025).atDay(1))
        .orElseThrow().value();
    assertEquals(FullYearStudents.of(800), base.value());
    assertEquals(Basis.ASSUMPTION, base.basis());
    // The proposal's 2027 minimum follows: 850 × 12/11 = 10200/11.
    assertEquals(FullYearStudents.of(se.alf.number.Ratio.of(10200, 11)),
        RuleSets.proposal2024().allocate(s, Year.of(2027)).region(AlfRegion.OREBRO)
            .minimumStudents().value());
  }

  @Test
  void valuesAreReadByTheKeysType() {
    Scenario s = parse("{\"description\": \"d\", \"inputs\": ["
        + "{\"key\": \"research.appropriation\", \"from\": 2027, \"value\": \"1 800 000 000\"},"
        + "{\"key\": \"research.quality-amount-share\", \"year\": 2028, \"value\": \"25%\"},"
        + "{\"key\": \"evaluation.result[uppsala]\", \"year\": 2028, \"value\": \"A/B/C\"},"
        + "{\"key\": \"research.withheld-quality-destination\", \"from\": 2028,"
        + " \"value\": \"returned-to-state\"},"
        + "{\"key\": \"funds.carry-over-allowed\", \"from\": 2028, \"value\": true},"
        + "{\"key\": \"evaluation.interval-years\", \"from\": 2028, \"value\": 6}]}");
    assertEquals("file", s.name());
    assertTrue(s.description().startsWith("d (on top of scenario 'published')"), s.description());
    assertEquals(Sek.ofKronor(1_800_000_000L), s.inputs().find(Keys.RESEARCH_APPROPRIATION,
        Year.of(2030).atDay(1)).orElseThrow().value().value());
    assertEquals(se.alf.number.Ratio.of(1, 4), s.inputs().find(Keys.QUALITY_AMOUNT_SHARE,
        Year.of(2028).atDay(1)).orElseThrow().value().value());
    assertEquals(Integer.valueOf(6), s.inputs().find(Keys.EVALUATION_INTERVAL,
        Year.of(2028).atDay(1)).orElseThrow().value().value());
  }

  @Test
  void errorsNameTheInputAndWhatWasExpected() {
    assertEquals("inputs[0].key: unknown region 'gotland' in key 'actual-hst[gotland]'; the ALF"
        + " regions are [stockholm, vastra-gotaland, skane, uppsala, vasterbotten, ostergotland,"
        + " orebro]",
        assertThrows(IllegalArgumentException.class, () -> parse("{\"inputs\": [{\"key\":"
            + " \"actual-hst[gotland]\", \"year\": 2026, \"value\": \"1\"}]}")).getMessage());
    assertEquals("inputs[0]: value of research.appropriation must be kronor, e.g. \"1750000000\""
        + " or \"79 547,50\", was 'much'", assertThrows(IllegalArgumentException.class,
            () -> parse("{\"inputs\": [{\"key\": \"research.appropriation\", \"year\": 2026,"
                + " \"value\": \"much\"}]}")).getMessage());
    assertEquals("inputs[0].from must be a year from 2015 to 2100 written as a whole number like"
        + " 2027, was 26",
        assertThrows(IllegalArgumentException.class, () -> parse("{\"inputs\": [{\"key\":"
            + " \"research.appropriation\", \"from\": 26, \"value\": \"1\"}]}")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("{\"inputs\": [{\"kee\":"
        + " 1}]}")).getMessage().startsWith(
            "inputs[0]: unknown member \"kee\"; did you mean \"key\"?\n"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("{\"inputs\": ["
        + "{\"key\": \"research.appropriation\", \"from\": 2026, \"value\": \"1\"},"
        + "{\"key\": \"research.appropriation\", \"year\": 2027, \"value\": \"2\"}]}"))
        .getMessage().equals("inputs[1]: research.appropriation for 2027 overlaps inputs[0]"
            + " (2026 on); one value per key and year"));
  }

  @Test
  void theCommandLineReadsTheFileAndSaysWhatIsWrongInOneLine() throws IOException {
    Path f = dir.resolve("orebro.json");
    Files.writeString(f, "{\"name\": \"orebro-850\", \"inputs\": [{\"key\": \"actual-hst[orebro]\","
        + " \"year\": 2026, \"value\": \"850\"}]}", StandardCharsets.UTF_8);
    assertEquals(0, run("allocate", "pm-2024", "2027", "--scenario", f.toString()));
    assertTrue(out().contains("Scenario: orebro-850 ("), out());
    assertTrue(out().lines().anyMatch(l -> l.startsWith("Örebro") && l.contains("10200/11")),
        out());
    // The input is the caller's, not an assumption: it is not listed among them.
    assertTrue(!out().contains("actual-hst[orebro] = 850"), out());

    Files.writeString(f, "{\"inputs\": [\n  {\"key\": \"x\" \"value\": 1}]}",
        StandardCharsets.UTF_8);
    assertEquals(2, run("allocate", "pm-2024", "2027", "--scenario", f.toString()));
    // Jackson's words, at the '"' of "value": line 2, column 15 (2 spaces, {"key": "x" ).
    assertEquals("alf: allocate: --scenario " + f + ": line 2, column 15: Unexpected character"
        + " ('\"'): was expecting comma to separate Object entries\n", err());
    assertEquals(2, run("validate", "--scenario", dir.resolve("missing.json").toString()));
    assertTrue(err().startsWith("alf: validate: --scenario "), err());
    assertEquals(1, err().lines().count());
  }

  @Test
  void aScenarioInputTheRuleSetHoldsItselfIsReportedAsUnused() throws IOException {
    Path f = dir.resolve("key.json");
    Files.writeString(f, "{\"inputs\": [{\"key\": \"research.key[orebro]\", \"from\": 2027,"
        + " \"value\": \"1/10\"}]}", StandardCharsets.UTF_8);
    // Text: the warning stands in the output, before the figures.
    assertEquals(0, run("allocate", "alf-2014", "2027", "--scenario", f.toString()));
    assertTrue(out().contains("Warnings (1): read these before the figures\n"
        + "  input-ignored: research.key[orebro]: the scenario's value 1/10 [2027-01-01, …) is"
        + " not used: rule set alf-2014 sets research.key[orebro] itself"), out());
    assertEquals("", err());
    // CSV holds one table: the warning goes to standard error.
    assertEquals(0, run("allocate", "alf-2014", "2027", "--scenario", f.toString(), "--format",
        "csv"));
    // Standard error: what the figures rest on, then the warning.
    assertTrue(err().startsWith("alf: allocate: Provenance: "), err());
    assertTrue(err().contains("\nalf: allocate: warning input-ignored: research.key[orebro]:"),
        err());
    assertTrue(!out().contains("input-ignored"), out());
  }

  @Test
  void aRateFrom2024UnderTheAgreementIsUsedAndNotReportedAsUnused() throws IOException {
    // Issue 7 §1.4: alf-2014 sets the rate for 2021 only, so a rate from 2024 is used in 2024.
    // Örebro: 100 000 kr × 715 HST (its assumed minimum, below the 800 it trains) = 71 500 000 kr.
    Path f = dir.resolve("rate.json");
    Files.writeString(f, "{\"inputs\": [{\"key\": \"education.rate-per-hst\", \"from\": 2024,"
        + " \"value\": \"100 000\"}]}", StandardCharsets.UTF_8);
    assertEquals(0, run("allocate", "alf-2014", "2024", "--scenario", f.toString()));
    assertTrue(!out().contains("Warnings"), out());
    assertEquals("", err());
    assertTrue(out().contains("71 500 000,00 kr"), out());
    assertEquals(0, run("validate", "alf-2014", "2024", "--scenario", f.toString()));
    assertTrue(!out().contains("input-ignored"), out());
  }

  @Test
  void theExampleFileInTheSourcesIsValid() {
    Path example = Path.of(System.getProperty("alf.jshell.script")).getParent().getParent()
        .resolve("scenarios/orebro-850.json");
    assertEquals(0, run("allocate", "pm-2024", "2027", "--scenario", example.toString()));
    assertTrue(out().contains("Research appropriation: 1 800 000 000,00 kr;"), out());
  }

  @Test
  void jsonReaderKeepsNumbersExactAndOrder() {
    Object v = Json.parse("{\"b\": [1, 2.50, -3e2, true, null, \"\\u00d6\\n\"], \"a\": {}}");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals(List.of("b", "a"), List.copyOf(m.keySet()));
    List<?> l = (List<?>) m.get("b");
    // An integer literal is a BigInteger; a fraction or an exponent makes a BigDecimal.
    assertEquals(BigInteger.ONE, l.get(0));
    assertEquals(new BigDecimal("2.50"), l.get(1));
    assertEquals(new BigDecimal("-3e2"), l.get(2));
    assertEquals(Json.NULL, l.get(4));
    assertEquals("Ö\n", l.get(5));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 01}"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1,]"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1, \"a\": 2}"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x"));
    assertEquals("line 1, column 2: number longer than 1000 characters",
        assertThrows(IllegalArgumentException.class,
            () -> Json.parse("[" + "9".repeat(1001) + "]")).getMessage());
    assertEquals(new BigInteger("9".repeat(1000)), ((List<?>) Json.parse(
        "[" + "9".repeat(1000) + "]")).get(0));
  }

  @Test
  void jsonNumbersAreExactDecimalsNeverBinaryFloatingPoint() {
    // 0.1 as a double is 0.1000000000000000055511151231257827…; read exactly it is 1/10.
    Scenario s = parse("{\"inputs\": [{\"key\": \"research.quality-amount-share\","
        + " \"from\": 2027, \"value\": 0.1}, {\"key\": \"actual-hst[orebro]\", \"year\":"
        + " 2027, \"value\": 820.5}]}");
    java.time.LocalDate y2027 = Year.of(2027).atDay(1);
    assertEquals(se.alf.number.Ratio.of(1, 10), s.inputs().find(
        Keys.QUALITY_AMOUNT_SHARE, y2027).orElseThrow().value().value());
    // 820.5 HST = 1641/2
    assertEquals(se.alf.programme.FullYearStudents.of(se.alf.number.Ratio.of(1641, 2)),
        s.inputs().find(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), y2027).orElseThrow().value()
            .value());
    // A byte-order mark before the value is not an error; one inside it is.
    assertEquals(List.of(), Json.parse("\ufeff[]"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[\ufeff]"));
    // Nothing but white space is no value.
    assertEquals("line 1, column 1: no JSON value, only white space",
        assertThrows(IllegalArgumentException.class, () -> Json.parse(" \n ")).getMessage());
    // JSON null is not an absent member.
    assertEquals(Json.NULL, ((Map<?, ?>) Json.parse("{\"a\": null}")).get("a"));
  }

  @Test
  void yearsAreWholeNumbersInAPlausibleRange() {
    String file = "{\"inputs\": [{\"key\": \"research.appropriation\", \"from\": %s,"
        + " \"value\": \"1\"}]}";
    String rule = "inputs[0].from must be a year from 2015 to 2100 written as a whole number like"
        + " 2027, was ";
    // 1e3 is the number 1000 in JSON, not a year literal; nor are 2027.0 and 2.027e3.
    String notInteger = " (a number with a fraction or an exponent)";
    for (String[] bad : new String[][] {{"1e3", "1E+3" + notInteger},
        {"2027.0", "2027.0" + notInteger}, {"2.027e3", "2027" + notInteger}, {"2014", "2014"},
        {"2101", "2101"}, {"\"1e3\"", "'1e3'"}, {"1e999999999", "1E+999999999" + notInteger},
        {"-2027", "-2027"}}) {
      assertEquals(rule + bad[1], assertThrows(IllegalArgumentException.class,
          () -> parse(String.format(file, bad[0]))).getMessage(), bad[0]);
    }
    // The bounds themselves, and a year as a string, are years.
    for (String good : new String[] {"2015", "2100", "\"2027\""}) {
      parse(String.format(file, good));
    }
  }

  @Test
  void jsonNestsAtMost64Deep() {
    // 64 arrays inside one another are fine; the 65th '[' (column 65) is one too many.
    assertEquals(List.of(), unwrap(Json.parse("[".repeat(64) + "]".repeat(64)), 63));
    assertEquals("line 1, column 65: arrays and objects nested more than 64 deep",
        assertThrows(IllegalArgumentException.class,
            () -> Json.parse("[".repeat(65) + "]".repeat(65))).getMessage());
    // An object and 59 arrays on line 1, 4 more arrays on line 2 make 64; the '{' after them at
    // line 2, column 5 is the 65th.
    assertEquals("line 2, column 5: arrays and objects nested more than 64 deep",
        assertThrows(IllegalArgumentException.class, () -> Json.parse(
            "{\"a\":" + "[".repeat(59) + "\n[[[[{}]]]]" + "]".repeat(59) + "}")).getMessage());
    // Far deeper input is an error, not a StackOverflowError.
    assertThrows(IllegalArgumentException.class,
        () -> Json.parse("[".repeat(200_000) + "]".repeat(200_000)));
    assertThrows(IllegalArgumentException.class,
        () -> Json.parse("{\"a\":".repeat(200_000)));
    // A number whose exponent does not fit an int is out of range, with its position.
    assertEquals("line 1, column 2: number out of range: 1e99999999999",
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1e99999999999]"))
            .getMessage());
  }

  private static Object unwrap(Object v, int times) {
    for (int i = 0; i < times; i++) {
      v = ((List<?>) v).get(0);
    }
    return v;
  }
}
