package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code alf sensitivity}. The hand case (as {@code SensitivityTest} in alf-rules): under alf-2014
 * in 2024 Örebro's education is 79 547 kr × min(actual, minimum 715). With the caller's input of
 * 700 students, ±10 % gives 630 and 770; compensated min(630, 715) = 630 and min(770, 715) = 715;
 * the line 630 × 79 547 = 50 114 610,00 kr and 715 × 79 547 = 56 876 105,00 kr; the swing
 * 85 × 79 547 = 6 761 495,00 kr; the line as given 700 × 79 547 = 55 682 900,00 kr.
 */
class SensitivityCommandTest extends CliTestSupport {

  @TempDir
  Path dir;

  private String orebro700() throws Exception {
    Path file = dir.resolve("orebro-700.json");
    Files.writeString(file, "{\"name\": \"orebro-700\", \"inputs\": [{\"key\":"
        + " \"actual-hst[orebro]\", \"year\": 2024, \"value\": \"700\"}]}",
        StandardCharsets.UTF_8);
    return file.toString();
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
        () -> new AssertionError("no line " + start + " in\n" + text));
  }

  private static String row(String text, String key) {
    return text.lines().filter(l -> l.contains("  " + key + " ")).findFirst().orElseThrow(
        () -> new AssertionError("no row " + key + " in\n" + text));
  }

  @Test
  void theHandCaseInText() throws Exception {
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "--line", "education",
        "-s", orebro700()), err());
    String text = out();
    assertTrue(text.startsWith("Sensitivity of Örebro, education, 2024 (alf-2014)\n"), text);
    assertTrue(text.contains("Scenario: orebro-700\n"), text);
    assertTrue(text.contains("Line with every input as given: 55 682 900,00 kr\n"), text);
    assertTrue(text.contains("Ranges: ±10 % for amounts"), text);
    String actual = row(text, "actual-hst[orebro] (your input)");
    assertTrue(actual.contains("630 HST → 770 HST"), actual);
    assertTrue(actual.contains("50 114 610,00 kr  56 876 105,00 kr   6 761 495,00 kr  AFFECTS"),
        actual);
    // the stamp closes the text, as allocate's does
    assertTrue(text.contains("\nStamp: alf "), text);
    assertTrue(text.contains("\nProvenance score: "), text);
    assertEquals("", err());
  }

  @Test
  void theHandCaseInCsvOneTablePlainNumbersStampOnStandardError() throws Exception {
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "--line", "education",
        "-s", orebro700(), "-f", "csv"), err());
    List<String> lines = out().lines().toList();
    assertEquals("rank,region,year,line,rule_set,minus_rule_set,key,varied_in,basis,tried,base,"
        + "low,high,base_line_sek,line_at_low_sek,line_at_high_sek,swing_sek,status,reason",
        lines.get(0));
    String actual = lines.stream().filter(l -> l.contains(",actual-hst[orebro],")).findFirst()
        .orElseThrow();
    assertEquals("Örebro,2024,EDUCATION,alf-2014,,actual-hst[orebro],scenario,INPUT,ENDS,700,630,"
        + "770,55682900.00,50114610.00,56876105.00,6761495.00,AFFECTS,",
        actual.substring(actual.indexOf(',') + 1));
    // every input is a row, the ones not read included
    assertTrue(out().contains(",NOT_READ,\"not read for Örebro, education, 2024 (alf-2014)\""),
        out());
    assertFalse(out().contains("Stamp:"), out());
    assertTrue(err().startsWith("alf: sensitivity: Stamp: alf "), err());
    assertTrue(err().contains("alf: sensitivity: Provenance score: "), err());
  }

  @Test
  void csvHoldsEveryRowOfEveryRegionInOneTable() {
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "-r", "Skåne",
        "-f", "csv"));
    List<String> lines = out().lines().toList();
    long orebro = lines.stream().filter(l -> l.contains(",Örebro,2024,TOTAL,")).count();
    long skane = lines.stream().filter(l -> l.contains(",Skåne,2024,TOTAL,")).count();
    assertTrue(orebro > 20 && skane > 20, out());
    assertEquals(1 + orebro + skane, lines.size(), out());
    // ranks restart per region at 1
    assertEquals(2, lines.stream().filter(l -> l.startsWith("1,")).count());
    // two stamps (one per region), two lines each
    assertEquals(4, err().lines().count(), err());
  }

  @Test
  void anOverriddenInputNamesTheRuleSetItsValueAndCitation() {
    // alf-2014 sets the education rate itself for 2021 (79 547 kr, Läkartidningen 2021-12)
    assertEquals(0, run("sensitivity", "alf-2014", "2021", "-r", "orebro", "--line",
        "education"));
    String text = out();
    String rate = row(text, "education.rate-per-hst");
    assertTrue(rate.contains("0,00 kr  OVERRIDDEN  [2]"), rate);
    assertTrue(text.contains("\n[2] rule set alf-2014 sets education.rate-per-hst itself over"
        + " [2021-01-01, 2022-01-01) (79 547,00 kr; Läkartidningen 2021-12)"), text);
  }

  @Test
  void twoRuleSetsRankTheDifference() {
    // Örebro's education 2026: pm-2024 pays the raised rate 128 492 kr for the 800 trained,
    // alf-2014 79 547 kr for the minimum 715: 102 793 600,00 − 56 876 105,00 = 45 917 495,00 kr.
    // The students move only pm-2024's side, ±80 × 128 492 kr: 720 and 880 students,
    // swing 160 × 128 492 = 20 558 720,00 kr.
    assertEquals(0, run("sensitivity", "alf-2014", "pm-2024", "2026", "-r", "orebro", "--line",
        "EDUCATION", "-f", "markdown"), err());
    String md = out();
    assertTrue(md.startsWith("## Sensitivity of Örebro, education, 2026 (pm-2024 − alf-2014)\n"),
        md);
    assertTrue(md.contains("Difference pm-2024 − alf-2014 with every input as given:"
        + " 45 917 495,00 kr"), md);
    assertTrue(md.contains("| actual-hst.base[orebro] | 720 HST → 880 HST |"), md);
    assertTrue(line(md, "| 1 |").contains("| 20 558 720,00 kr | AFFECTS |"), md);
  }

  @Test
  void relativeSetsTheRange() {
    // ±25 %: 79 547 × 3/4 = 59 660,25 kr and × 5/4 = 99 433,75 kr
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "--relative", "25"));
    assertTrue(out().contains("Ranges: ±25 % for amounts"), out());
    assertTrue(row(out(), "education.rate-per-hst").contains("59 660,25 kr → 99 433,75 kr"),
        out());
    // 12,5 with a decimal comma: 79 547 × 7/8 = 69 603,625 → 69 603,62 kr (half even)
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "--relative", "12,5"));
    assertTrue(out().contains("Ranges: ±12,5 % for amounts"), out());
    // and × 9/8 = 89 490,375 → 89 490,38 kr
    assertTrue(row(out(), "education.rate-per-hst").contains("69 603,62 kr → 89 490,38 kr"),
        out());
  }

  @Test
  void topListsTheLargestSwingsAndCountsTheRest() {
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "--top", "2"));
    String text = out();
    assertTrue(text.contains("\n 1  education.rate-per-hst "), text);
    assertTrue(text.contains("\n 2  minimum-hst[orebro] "), text);
    assertFalse(text.contains("evaluation.result[orebro]"), text);
    assertTrue(text.contains("more input(s) move the line less than #2 (--top 2)."), text);
    // the inputs read without effect are still listed
    assertTrue(text.contains("actual-hst.base[orebro]"), text);
  }

  @Test
  void chartIsWrittenAsSvgAndTheTableStillPrints() throws Exception {
    Path svg = dir.resolve("tornado.svg");
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "--top", "4",
        "--chart", svg.toString()), err());
    assertTrue(out().startsWith("Sensitivity of Örebro, total, 2024 (alf-2014)"), out());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
    assertEquals("svg", d.getDocumentElement().getTagName());
    NodeList groups = d.getElementsByTagName("g");
    List<String> keys = new java.util.ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("bar")) {
        keys.add(g.getAttribute("data-key"));
      }
    }
    // --top 4 draws four bars, largest first (the rate and the minimum tie: by key id)
    assertEquals(Arrays.asList("education.rate-per-hst", "minimum-hst[orebro]",
        "evaluation.result[orebro]", "research.appropriation"), keys);
  }

  @Test
  void theReadmesCommandDrawsTheReadmesChart() throws Exception {
    // README, "Sensitivity" under the command line: the command draws the chart shown there
    Path svg = dir.resolve("tornado.svg");
    assertEquals(0, run("sensitivity", "alf-2014", "2024", "-r", "orebro", "--chart",
        svg.toString()), err());
    Path shown = Path.of(System.getProperty("alf.jshell.transcript"))
        .resolveSibling("alf-examples").resolve("docs").resolve("tornado-orebro-2024.svg");
    assertEquals(Files.readString(shown, StandardCharsets.UTF_8),
        Files.readString(svg, StandardCharsets.UTF_8));
  }

  @Test
  void aReformIsARuleSetHere() throws Exception {
    Path reform = dir.resolve("reform.json");
    // The education rate of 2021 set to 80 000 kr by a reform of alf-2014: education 2021 is
    // 80 000 × 715 = 57 200 000,00 kr.
    Files.writeString(reform, "{\"baseline\": \"alf-2014\", \"id\": \"my-2014\", \"title\": \"t\","
        + " \"citation\": \"test\", \"changes\": [{\"key\": \"education.rate-per-hst\", \"year\":"
        + " 2021, \"value\": \"80000\"}]}", StandardCharsets.UTF_8);
    assertEquals(0, run("sensitivity", "my-2014", "2021", "-r", "orebro", "--line", "education",
        "--reform", reform.toString()), err());
    assertTrue(out().contains("Line with every input as given: 57 200 000,00 kr"), out());
  }

  /**
   * pm-2024, Västerbotten's total, 2027 (published): the appropriation 1 750 MSEK equals the
   * unchanged level, varied ±10 %. At 1 925 MSEK there is no increase; at 1 575 MSEK the increase
   * of 175 MSEK is split half (87,5 MSEK) by highly cited articles (PM 7.5.2), which the published
   * scenario assumes equal to the keys (Scenarios.published): the same shares as the rest, so
   * Västerbotten's total moves only by the rounding of two splits to the öre instead of one, at
   * most one öre. That is ROUNDING, listed under the inputs that move the line and not drawn.
   */
  @Test
  void aSwingOfOneOreIsRoundingNotAnEffect() throws Exception {
    Path svg = dir.resolve("t.SVG"); // the suffix in any case
    assertEquals(0, run("sensitivity", "pm-2024", "2027", "-r", "vasterbotten", "--chart",
        svg.toString()), err());
    String level = row(out(), "research.unchanged-level");
    assertTrue(level.contains("  0,01 kr  ROUNDING  "), level);
    assertTrue(out().contains("ROUNDING 1 (the line moves by one öre at most: the rounding of a"
        + " split to the öre, not an effect)"), out());
    assertTrue(out().contains("] the line moves by one öre at most: the rounding of a split to"
        + " the öre, not an effect\n"), out());
    assertTrue(out().contains("\nLow → high: the ends of the range tried; * a setting"), out());
    assertFalse(Files.readString(svg, StandardCharsets.UTF_8)
        .contains("data-key=\"research.unchanged-level\""));
  }

  /**
   * pm-2024 − alf-2014, Västerbotten's total, 2027: its minimum 1 275 varied ±10 % is 1 147,5 to
   * 1 402,5 students, low and high in that order in every format, whichever line is larger; the
   * line as given is above both ends' lines, so the swing is the line as given minus the smaller.
   */
  @Test
  void lowAndHighAreTheEndsOfTheRangeAndTheSwingCountsTheLineAsGiven() throws Exception {
    assertEquals(0, run("sensitivity", "alf-2014", "pm-2024", "2027", "-r", "vasterbotten"));
    assertTrue(row(out(), "minimum-hst[vasterbotten]").contains("1 147,5 HST → 1 402,5 HST "),
        out());
    assertEquals(0, run("sensitivity", "alf-2014", "pm-2024", "2027", "-r", "vasterbotten",
        "-f", "json"), err());
    com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out());
    com.fasterxml.jackson.databind.JsonNode min = null;
    for (com.fasterxml.jackson.databind.JsonNode r : doc.get("analyses").get(0).get("rows")) {
      if (r.get("key").asText().equals("minimum-hst[vasterbotten]")) {
        min = r;
      }
    }
    assertEquals("ends", min.get("tried").asText());
    assertEquals("1147.5", min.get("low").get("decimal").asText());
    assertEquals("1402.5", min.get("high").get("decimal").asText());
    long low = min.get("line_at_low").get("ore").asLong();
    long high = min.get("line_at_high").get("ore").asLong();
    long base = min.get("line_at_base").get("ore").asLong();
    assertEquals(doc.get("analyses").get(0).get("base").get("ore").asLong(), base);
    assertTrue(base > low && base > high, min.toString());
    assertEquals(base - Math.min(low, high), min.get("swing").get("ore").asLong());
    // a scenario's value: varied_in names the scenario as the CSV does; no reason is null
    assertEquals("[\"scenario\"]", min.get("varied_in").toString());
    com.fasterxml.jackson.databind.JsonNode first = doc.get("analyses").get(0).get("rows").get(0);
    assertTrue(first.get("reason").isNull() || !first.get("reason").asText().isEmpty(),
        first.toString());
    long withoutReason = 0;
    for (com.fasterxml.jackson.databind.JsonNode r : doc.get("analyses").get(0).get("rows")) {
      assertFalse(r.get("reason").isTextual() && r.get("reason").asText().isEmpty(),
          r.toString());
      withoutReason += r.get("reason").isNull() ? 1 : 0;
    }
    assertTrue(withoutReason > 0, out());
  }
}
