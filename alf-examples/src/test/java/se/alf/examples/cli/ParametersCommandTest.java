package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alf parameters RULESET [YEAR]}: every value, its basis, dates and citation. */
class ParametersCommandTest extends CliTestSupport {

  @TempDir
  Path dir;

  @Test
  void listsTheRateOf2021AsPublishedWithItsSourceAndDates() {
    // README "What the rule sets compute": alf-2014's rate is published for 2021 only,
    // 79 547 kr (Läkartidningen 2021-12); the key is education.rate-per-hst.
    assertEquals(0, run("parameters", "alf-2014"));
    assertEquals("", err());
    assertTrue(out().startsWith("Parameters of alf-2014 (ALF agreement 2014"), out());
    assertTrue(out().contains("\neducation.rate-per-hst = 79 547,00 kr\n"
        + "    PUBLISHED, 2021-01-01 until 2022-01-01: Läkartidningen 2021-12. "), out());
    // The points per grade of the 2014 quality model: an assumption of the rule set (README).
    assertTrue(out().contains("\nresearch.quality-points.a = 2\n    ASSUMPTION, "), out());
    assertTrue(out().lines().skip(1).findFirst().orElseThrow().matches("\\d+ values: \\d+"
        + " agreement text, \\d+ published, \\d+ assumptions \\(not published figures; replace"
        + " them with your own\\), 0 your inputs"), out());
  }

  @Test
  void aYearKeepsTheValuesThatHoldInIt() {
    assertEquals(0, run("parameters", "alf-2014", "2021", "-f", "csv"));
    assertTrue(out().contains("\neducation.rate-per-hst,79547.00,PUBLISHED,2021-01-01,2022-01-01,"
        + "Läkartidningen 2021-12. "), out());
    assertEquals(0, run("parameters", "alf-2014", "2022", "-f", "csv"));
    assertFalse(out().contains("education.rate-per-hst"), out());
    // The proposal's start is assumed from 2026 (README), a value holding from 2015 on.
    assertEquals(0, run("parameters", "pm-2024", "2030", "-f", "csv"));
    assertTrue(out().startsWith("key,value,basis,from,until,citation,url\n"), out());
    assertTrue(out().contains("\npm.new-agreement-from,2026,ASSUMPTION,2015-01-01,,"), out());
  }

  @Test
  void everyValueOfTheRuleSetIsARow() {
    for (String id : new String[] {"alf-2014", "pm-2024", "vasterbotten-2024"}) {
      assertEquals(0, run("parameters", id, "-f", "csv"));
      long expected = se.alf.examples.cli.input.Names.ruleSet("", id).parameters().list().stream()
          .mapToLong(p -> p.timeline().values().size()).sum();
      assertEquals(expected + 1, out().lines().count(), id);
    }
  }

  @Test
  void aReformsOwnValueIsTheCallersInput() throws IOException {
    Path reform = dir.resolve("r.json");
    Files.writeString(reform, "{\"baseline\": \"pm-2024\", \"id\": \"later\", \"title\": \"t\","
        + " \"citation\": \"my memo\", \"changes\": [{\"key\": \"pm.new-agreement-from\","
        + " \"from\": 2015, \"value\": \"2027\", \"note\": \"a year later\"}]}",
        StandardCharsets.UTF_8);
    assertEquals(0, run("parameters", "later", "2030", "--reform", reform.toString(),
        "-f", "markdown"));
    assertTrue(out().startsWith("## Parameters of later (t) holding in 2030\n\n"), out());
    assertTrue(out().contains("| `pm.new-agreement-from` | 2027 | INPUT | 2015-01-01 | — |"
        + " reform later entry 0 (pm.new-agreement-from). a year later |"), out());
    assertTrue(out().contains(", 1 your inputs\n"), out());
  }
}
