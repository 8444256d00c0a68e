package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestCommandTest extends CliTestSupport {

  @Test
  void textStartsWithProvenanceAndShowsEveryActualWithItsSource() {
    assertEquals(0, run("backtest"));
    assertEquals("", err());
    String text = out();
    assertTrue(text.startsWith("Provenance: "), text);
    assertTrue(text.lines().findFirst().orElseThrow().endsWith("; compared with 25 published"
        + " actuals"), text);
    assertTrue(text.contains("Backtest of alf-2014 ("), text);
    // UKÄ 2021 education 789 690 tkr against 9138 HST × 79 547 = 726 900 486 kr:
    // −62 789 514 kr, −8,0 % (a decimal comma, as every amount in the text).
    assertTrue(text.lines().anyMatch(l -> l.startsWith("national") && l.contains("2021")
        && l.contains("education") && l.contains("726 900 486,00 kr*")
        && l.contains("789 690 000,00 kr") && l.contains("-62 789 514,00 kr")
        && l.contains("-8,0")), text);
    assertTrue(text.contains("Mean absolute error per measure:"), text);
    assertTrue(text.contains("https://www.uka.se/statistik--analys/"), text);
  }

  @Test
  void csvHasOneRowPerActualThenTheMeanErrors() {
    assertEquals(0, run("backtest", "alf-2014", "--format", "csv"));
    List<String> lines = out().lines().toList();
    assertEquals("scope,year,measure,model_sek,published_sek,difference_sek,difference_percent,"
        + "as_published,source,url,caveat", lines.get(0));
    int blank = lines.indexOf("");
    assertEquals(26, blank, out()); // header + 25 actuals
    assertEquals("measure,rows,mean_absolute_error_sek,mean_absolute_percent",
        lines.get(blank + 1));
    // Education, by hand in BacktestTest: 193 037 022 / 8 = 24 129 627,75 kr.
    assertTrue(lines.contains("education,8,24129627.75,4.7"), out());
  }

  @Test
  void anyRuleSetCanBeBacktested() {
    // pm-2024 applies from 2015 (alf-2014's provisions until 2025): every actual is compared.
    assertEquals(0, run("backtest", "pm-2024", "--format", "markdown"));
    assertTrue(out().startsWith("Provenance: "), out());
    assertTrue(out().contains("## Backtest of pm-2024 ("), out());
    assertTrue(!out().contains("Not compared"), out());
  }

  @Test
  void anUnknownRuleSetIsOneLine() {
    assertEquals(2, run("backtest", "alf-2041"));
    assertTrue(err().startsWith("alf: backtest: RULESET: rule set 'alf-2041' is not known"),
        err());
  }
}
