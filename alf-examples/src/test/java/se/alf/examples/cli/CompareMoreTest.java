package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 §1 on the command line: more than two rule sets side by side with winners and losers,
 * one rule set on two scenarios, and why a line differs.
 */
class CompareMoreTest extends CliTestSupport {

  private static String scenario(String name) {
    return Path.of(System.getProperty("alf.jshell.script")).getParent().getParent()
        .resolve("scenarios/" + name + ".json").toString();
  }

  /** The cells of the line of {@code text} that starts with {@code start}. */
  private static List<String> row(String text, String start) {
    String line = text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
        () -> new AssertionError("no line " + start + " in\n" + text));
    return List.of(line.strip().split(" {2,}"));
  }

  @Test
  void threeRuleSetsAgainstTheFirstAgreeWithEachPairCompared() {
    String supplement = scenario("vasterbotten-supplement");
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "vasterbotten-2024", "2027", "2028",
        "-s", supplement));
    String three = out();
    assertTrue(three.contains("\nWinners and losers against alf-2014, over 2027–2028"), three);
    // Each rule set other than the first ranks all seven regions.
    assertEquals(7, three.lines().filter(l -> l.startsWith("  pm-2024  ")).count(), three);
    assertEquals(7, three.lines().filter(l -> l.startsWith("  vasterbotten-2024  ")).count());
    assertTrue(three.contains("Stamp: alf "), three);
    // The column pm-2024 − alf-2014 for Örebro is what the pair's own comparison says Örebro
    // gains over the two years (its region × year table, last column: the period).
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2027", "2028", "-s", supplement));
    String pair = out();
    String periodGain = row(pair, "  Örebro ").get(3);
    assertEquals(periodGain + " kr", row(three, "  Örebro ").get(2), three);
  }

  @Test
  void oneRuleSetOnTwoScenarios() {
    // orebro-850.json raises the research appropriation to 1 800 MSEK from 2027; the published
    // scenario assumes 1 750 MSEK. Under pm-2024 the whole appropriation is paid out to the
    // regions (nothing graded undermålig), so the national total rises by 50 000 000,00 kr.
    assertEquals(0, run("compare", "pm-2024", "2027", "2027", "-s", scenario("orebro-850")));
    String t = out();
    assertTrue(t.contains("Comparison of scenario published"), t);
    assertTrue(t.contains("\n         with orebro-850 "), t);
    assertEquals("+50 000 000,00 kr", row(t, "  2027  ").get(3), t);
    // --against: the file on both sides, so nothing differs.
    assertEquals(0, run("compare", "pm-2024", "2027", "2027", "-s", scenario("orebro-850"),
        "--against", scenario("orebro-850")));
    assertEquals("0,00 kr", row(out(), "  2027  ").get(3), out());
  }

  @Test
  void whyOrebrosTotalDiffersIn2027() {
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2027", "2027", "--why", "Örebro",
        "2027"));
    String t = out();
    assertTrue(t.startsWith("Why Örebro 2027 total differs: alf-2014 "), t);
    // PM 6.1.2: the minimum becomes the 800 full-year students trained × the growth 12/11 with
    // term 12 from 2027 = 9600/11; the 2014 minimum is 715. PM 6.2.1: the rate 79 547 kr
    // becomes 128 492 kr.
    assertTrue(t.contains("   alf-2014: 715 HST  ["), t);
    assertTrue(t.contains("   pm-2024:  9600/11 ≈ 872,73 HST  ["), t);
    assertTrue(t.contains("   alf-2014: 79 547,00 kr  ["), t);
    assertTrue(t.contains("   pm-2024:  128 492,00 kr  ["), t);
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2027", "2027", "--why", "orebro",
        "2027", "--line", "minimum-students"));
    assertTrue(out().startsWith("Why Örebro 2027 minimum students differs"), out());
  }

  @Test
  void optionsThatDoNotFitAreRefusedInOneLine() {
    String s = scenario("vasterbotten-supplement");
    for (String[] args : List.of(
        new String[] {"compare", "pm-2024", "2027", "2027"},
        new String[] {"compare", "alf-2014", "pm-2024", "2027", "2027", "--against", s},
        new String[] {"compare", "alf-2014", "pm-2024", "vasterbotten-2024", "2027", "2027",
            "-s", s, "-r", "orebro"},
        new String[] {"compare", "alf-2014", "pm-2024", "vasterbotten-2024", "2027", "2027",
            "-s", s, "--why", "orebro", "2027"},
        new String[] {"compare", "alf-2014", "pm-2024", "2027", "2027", "--line", "total"},
        new String[] {"compare", "alf-2014", "pm-2024", "2027", "2027", "--why", "orebro",
            "2030"},
        new String[] {"compare", "alf-2014", "pm-2024", "2027", "2027", "--why", "orebro",
            "2027", "--line", "salary"},
        new String[] {"compare", "alf-2014", "alf-2014", "2027", "2027", "pm-2024"})) {
      assertEquals(2, run(args), String.join(" ", args));
      assertEquals(1, err().lines().count(), String.join(" ", args) + ": " + err());
      assertTrue(err().startsWith("alf: compare: "), err());
      assertEquals("", out(), String.join(" ", args));
    }
  }
}
