package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alf compare --chart} and {@code alf report}, run as a user would. */
class ReportCommandTest extends CliTestSupport {

  @TempDir
  Path dir;

  @Test
  void compareDrawsTheChartBesideItsUsualOutput() throws Exception {
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2026", "2027"));
    String plain = out();
    Path svg = dir.resolve("cmp.svg");
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2026", "2027", "--chart",
        svg.toString(), "-r", "orebro"));
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    // one region × 2 rule sets, and 2 years × 2 rule sets (ComparisonChartTest parses it)
    assertEquals(2 + 4, text.split("<rect class=\"bar\"", -1).length - 1, text);
    assertTrue(text.contains("data-category=\"Örebro\""));
    assertFalse(text.contains("data-category=\"Skåne\""));
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2026", "2027", "--chart",
        svg.toString()));
    assertEquals(plain, out());
  }

  @Test
  void aBadChartPathIsRefusedBeforeAnythingIsComputed() {
    assertEquals(2, run("compare", "alf-2014", "pm-2024", "2024", "2030", "--chart",
        dir.resolve("no/such/folder/c.svg").toString()));
    assertEquals("", out());
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().contains("--chart '" + dir.resolve("no/such/folder/c.svg")
        + "': the folder '"), err());
    assertEquals(2, run("compare", "alf-2014", "pm-2024", "2024", "2030", "--chart",
        dir.toString()));
    assertTrue(err().contains("is a directory"), err());
  }

  @Test
  void reportWritesOneHtmlFile() throws Exception {
    Path html = dir.resolve("report.html");
    assertEquals(0, run("report", "alf-2014", "pm-2024", "2026", "2026", "-o", html.toString()));
    assertEquals("", out());
    Document d = Jsoup.parse(html.toFile(), "UTF-8");
    assertEquals("Comparison of pm-2024 with alf-2014, 2026", d.selectFirst("h1").text());
    assertEquals(7, d.select("section.region").size());
    assertTrue(d.getElementById("stamp").text().contains("sha256 "));
  }

  @Test
  void reportOfMoreRuleSetsAndAScenario() throws Exception {
    Path html = dir.resolve("more.html");
    assertEquals(0, run("report", "alf-2014", "pm-2024", "vasterbotten-2024", "2027", "2027",
        "-s", "src/main/scenarios/vasterbotten-supplement.json", "-o", html.toString()), err());
    Document d = Jsoup.parse(html.toFile(), "UTF-8");
    assertEquals(2, d.select("section.pair").size());
    assertTrue(d.getElementById("pair-vasterbotten-2024") != null);
  }

  @Test
  void badArgumentsAreOneLineEach() {
    assertEquals(2, run("report", "alf-2014", "2024", "2030"));
    assertTrue(err().contains("give two or more rule sets and two years"), err());
    assertEquals(2, run("report", "alf-2014", "alf-2014", "2024", "2030"));
    assertTrue(err().contains("rule set alf-2014 is given twice"), err());
    assertEquals(2, run("report", "alf-2014", "pm-2024", "2030", "2024"));
    assertTrue(err().contains("FROM 2030 is after TO 2024"), err());
    assertEquals(2, run("report", "alf-2014", "pm-2042", "2024", "2030"));
    assertTrue(err().contains("RIGHT: rule set 'pm-2042' is not known"), err());
    assertEquals(1, err().lines().count(), err());
  }
}
