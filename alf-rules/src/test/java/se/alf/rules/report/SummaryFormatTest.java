package se.alf.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Keys;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.Reform;
import se.alf.source.Citation;

/** The summary first, in the same order in every format (issue 9 §1). */
class SummaryFormatTest {

  private static final Comparison C = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
      .over(Scenarios.published(), Year.of(2024), Year.of(2030));

  private static final List<String> TITLES = List.of("National totals paid to the regions",
      "Difference in totals, pm-2024 − alf-2014, per region and year (kr)",
      "What drives the difference: each line over every region and year, largest first",
      "What the figures rest on: the values read, by basis",
      "What else differs (listed in the detail)");

  /**
   * The cells of the first row of {@code text} that starts with {@code first}, split on 2+ spaces.
   */
  private static List<String> row(String text, String first) {
    return text.lines().filter(l -> l.startsWith("  " + first + "  ")).findFirst()
        .map(l -> List.of(l.strip().split(" {2,}")))
        .orElseThrow(() -> new AssertionError("no row " + first + " in\n" + text));
  }

  private static void inOrder(String text, List<String> parts) {
    int at = -1;
    for (String p : parts) {
      int next = text.indexOf(p, at + 1);
      assertTrue(next > at, "'" + p + "' after position " + at + " in\n" + text);
      at = next;
    }
  }

  @Test
  void theSummaryComesFirstInTheSameOrderInEveryFormat() {
    String text = Format.TEXT.render(C, Detail.FULL);
    inOrder(text, TITLES);
    inOrder(text, List.of(TITLES.get(4), "\nStockholm, 2024\n", "\nAssumptions (", "\nSources ("));
    String md = Format.MARKDOWN.render(C, Detail.FULL);
    inOrder(md, TITLES.stream().map(t -> "\n## " + t + "\n").collect(Collectors.toList()));
    inOrder(md, List.of(TITLES.get(4), "\n# Detail\n", "\n## Stockholm\n", "\n## Assumptions\n"));
    assertEquals(ImmutableList.of("national", "regions", "drivers", "basis", "others", "lines"),
        Format.CSV.tables(C, Detail.FULL).keySet().asList());
    assertEquals(ImmutableList.of("national", "regions", "drivers", "basis", "others"),
        Format.TEXT.tables(C, Detail.SUMMARY).keySet().asList());
    // The summary fits one screen: under 60 lines of text.
    assertTrue(Format.TEXT.render(C).lines().count() < 60, Format.TEXT.render(C));
  }

  @Test
  void theSummaryShowsTheNationalTotalsAndTheRegionYearTableByHand() {
    String text = Format.TEXT.render(C);
    // 2026: alf-2014 79 547 × 9138 + 1 750 000 000 = 2 476 900 486,00; pm-2024 128 492 × 9223 +
    // 1 750 000 000 = 2 935 081 716,00 (ComparisonSummaryTest derives both).
    assertEquals(List.of("2026", "2 476 900 486,00 kr", "2 935 081 716,00 kr",
        "+458 181 230,00 kr"), row(text, "2026"));
    // The region × year table: each region a row, a year a column, the period last.
    String regions = text.substring(text.indexOf(TITLES.get(1)), text.indexOf(TITLES.get(2)));
    assertTrue(regions.contains("  Region  ") && regions.contains("2024–2030\n"), regions);
    assertEquals(1 + 1 + 7 + 1 + 1, regions.lines().count(), regions);
    assertEquals(List.of("All regions", "0,00", "0,00", "+458 181 230,00"),
        row(regions, "All regions").subList(0, 4));
    // CSV: the same totals, plain.
    String national = Format.CSV.tables(C, Detail.SUMMARY).get("national").csv();
    assertTrue(national.startsWith("year,left,right,difference,rounding\r\n"), national);
    assertTrue(national.contains("\r\n2026,2476900486.00,2935081716.00,458181230.00,\r\n"));
    String drivers = Format.CSV.tables(C, Detail.SUMMARY).get("drivers").csv();
    // 458 181 230,00 + 4 × 565 915 931,46 (ComparisonSummaryTest)
    assertTrue(drivers.contains("\r\nEDUCATION,2721844955.84,2721844955.84,35,49\r\n"), drivers);
  }

  @Test
  void aRoundingDifferenceIsFootnotedNotShownAsAChange() {
    String full = Format.TEXT.render(C, Detail.FULL);
    // Västerbotten's research base, 152 475 247,53 against ,52 (ComparisonSummaryTest)
    assertTrue(full.contains("152 475 247,53 kr        152 475 247,52 kr            -0,01 kr (r)"),
        full);
    assertTrue(Format.TEXT.render(C).contains("\n(r) A difference of one öre is rounding, not a"
        + " change"));
    String lines = Format.CSV.tables(C, Detail.FULL).get("lines").csv();
    assertTrue(lines.contains("\r\nVästerbotten,2026,RESEARCH_BASE,152475247.53,152475247.52,"
        + "-0.01,SEK,"), lines);
    assertTrue(lines.lines().filter(l -> l.endsWith(",yes")).count() == 5, lines);
    // The research base differs only by roundings: a driver marked (r), with no change.
    String base = Format.TEXT.render(C).lines().filter(l -> l.startsWith("  Research base"))
        .findFirst().orElseThrow();
    assertTrue(base.contains(" kr (r) ") && base.endsWith(" 0 of 49"), base);
    // A parameter with the same values is not listed as changed.
    assertTrue(full.contains("\nParameters that differ (5)\n"), full);
    assertFalse(full.contains("evaluation.interval-years: changed"), full);
    assertTrue(full.contains("evaluation.interval-years: same values, cited differently"), full);
  }

  @Test
  void moreThanTwoRuleSetsWithWinnersAndLosers() {
    Citation test = Citation.of("test", "rate");
    RuleSet rate = Reform.of(RuleSets.proposal2024()).id("test-rate").title("rate + 1 000 kr")
        .citation(test).set(Keys.RAISED_EDUCATION_RATE, Year.of(2026), Sek.ofKronor(129_492),
            Basis.ASSUMPTION, test).build();
    MultiComparison m = MultiComparison.of(RuleSets.alf2014(), RuleSets.proposal2024(), rate)
        .over(Scenarios.published(), Year.of(2026), Year.of(2026));
    String text = Format.TEXT.render(m);
    inOrder(text, List.of("  first: alf-2014", "National totals paid to the regions",
        "Totals per region over 2026:", "Winners and losers against alf-2014",
        "What the figures rest on"));
    // Örebro under pm-2024 in 2026: +47 918 610,61 (the region × year table of the pair); under
    // the higher rate 800 × 1 000 kr = 800 000,00 more: +48 718 610,61.
    assertTrue(text.contains("+48 718 610,61 kr"), text);
    assertTrue(text.contains("+47 918 610,61 kr"), text);
    assertFalse(text.contains("Each region's total per year under each rule set\n"));
    String full = Format.TEXT.render(m, Detail.FULL);
    assertTrue(full.contains("Each region's total per year under each rule set\n"), full);
    assertEquals(ImmutableList.of("national", "regions", "standings", "basis", "totals"),
        Format.CSV.tables(m, Detail.FULL).keySet().asList());
    String standings = Format.CSV.tables(m, Detail.SUMMARY).get("standings").csv();
    assertTrue(standings.startsWith("rule_set,rank,region,first,total,difference,outcome\r\n"));
    assertTrue(standings.contains(",Örebro,") && standings.contains(",WINS\r\n"), standings);
    assertTrue(Format.MARKDOWN.render(m).startsWith("# Comparison of 3 rule sets\n"));
  }

  @Test
  void whyALineDiffersInEveryFormat() {
    Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .over(Scenarios.published(), Year.of(2026));
    String text = Format.TEXT.why(c, AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS);
    assertTrue(text.startsWith("Why Örebro 2026 minimum students differs: alf-2014 715 HST →"
        + " pm-2024 800 HST (+85 HST)\n1 step(s) where the values part:\n"), text);
    assertTrue(text.contains("minimum-hst.aligned-to-actual-from[orebro]  (not read)     2026"),
        text);
    String csv = Format.CSV.why(c, AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS);
    assertTrue(csv.startsWith("step,path,key,left,right,left_basis,right_basis,left_citation,"
        + "right_citation\r\n"), csv);
    assertTrue(csv.contains(",actual-hst.base[orebro],,800.00,,ASSUMPTION,"), csv);
    String md = Format.MARKDOWN.why(c, AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS);
    assertTrue(md.startsWith("## Why Örebro 2026 minimum students differs"), md);
    assertTrue(Format.TEXT.why(c, AlfRegion.OREBRO, Year.of(2026), Line.SUPPLEMENT)
        .endsWith("The values are equal: nothing to explain.\n"));
  }

  @Test
  void twoScenariosAreLabelledByName() {
    Scenario mine = Scenarios.published().with("orebro-850", Parameters.builder()
        .putYear(Keys.ACTUAL_HST.of(AlfRegion.OREBRO), Year.of(2026), FullYearStudents.of(850),
            Basis.INPUT, Citation.of("Region Örebro län", "budget 2026")).build());
    Comparison c = Comparison.ofScenarios(RuleSets.proposal2024(), mine, Scenarios.published(),
        Year.of(2026), Year.of(2026));
    String text = Format.TEXT.render(c, Detail.FULL);
    assertTrue(text.startsWith("Comparison of scenario orebro-850 ("), text);
    assertTrue(text.contains("\nRule set: pm-2024 ("), text);
    assertTrue(text.contains("Difference = published − orebro-850."), text);
    assertTrue(text.contains("Difference in totals, published − orebro-850"), text);
    assertEquals(List.of("Scenario inputs", "1"), row(text, "Scenario inputs"));
    assertTrue(text.contains("\nScenario inputs that differ (1)\n  actual-hst[orebro]: only in"
        + " orebro-850\n"), text);
    // (800 − 850) × 128 492 kr
    assertEquals(List.of("Örebro", "-6 424 600,00"), row(text, "Örebro"));
    assertTrue(Format.MARKDOWN.render(c).contains("- Left: **orebro-850**, scenario orebro-850"));
  }
}
