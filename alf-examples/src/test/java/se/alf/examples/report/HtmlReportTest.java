package se.alf.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProjects;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.param.Parameters;

/** The HTML report read back with jsoup. */
class HtmlReportTest {

  private static final Comparison ALF_PM = Comparison.of(RuleSets.alf2014(),
      RuleSets.proposal2024()).withProjects(ResearchProjects.all())
      .over(Scenarios.published(), Year.of(2024), Year.of(2026));

  private static final Document DOC = Jsoup.parse(HtmlReport.of(ALF_PM));

  private static List<String> cells(Element row) {
    return row.select("td").eachText();
  }

  @Test
  void aDocumentInUtf8WithATitleAndWhatIsCompared() {
    assertEquals("en", DOC.selectFirst("html").attr("lang"));
    assertEquals("utf-8", DOC.selectFirst("meta[charset]").attr("charset"));
    assertEquals("Comparison of pm-2024 with alf-2014, 2024–2026", DOC.selectFirst("h1").text());
    assertTrue(DOC.select("dl.compared dd").eachText().contains(
        "2024–2026. Difference = pm-2024 − alf-2014."));
  }

  @Test
  void theSummaryTableHoldsTheNationalTotals() {
    List<Element> rows = DOC.select("#summary-national-table tbody tr");
    assertEquals(4, rows.size()); // 2024, 2025, 2026 and the period
    // alf-2014, every year: 9 138 HST (the seven minima) × 79 547 kr = 726 900 486 kr for
    // education, plus the research appropriation 1 750 000 000 kr = 2 476 900 486,00 kr; pm-2024
    // gives the 2014 results before 2026
    assertEquals(List.of("2024", "2 476 900 486,00 kr", "2 476 900 486,00 kr", "0,00 kr"),
        cells(rows.get(0)));
    // pm-2024 in 2026: the raised rate 128 492 kr × (9 138 − 715 + 800, Örebro aligned to the
    // 800 it trains) = 9 223 HST = 1 185 081 716 kr, plus 1 750 000 000 kr
    assertEquals(List.of("2026", "2 476 900 486,00 kr", "2 935 081 716,00 kr",
        "+458 181 230,00 kr"), cells(rows.get(2)));
    // the period: 3 × 2 476 900 486 = 7 430 701 458; 2 × 2 476 900 486 + 2 935 081 716
    assertEquals(List.of("2024–2026", "7 430 701 458,00 kr", "7 888 882 688,00 kr",
        "+458 181 230,00 kr"), cells(rows.get(3)));
    assertTrue(rows.get(3).hasClass("total"));
    List<Element> regions = DOC.select("#summary-regions-table tbody tr");
    assertEquals(8, regions.size()); // seven regions and "All regions"
    assertEquals(List.of("Örebro", "0,00", "0,00"), cells(regions.get(6)).subList(0, 3));
    assertEquals("All regions", cells(regions.get(7)).get(0));
    assertEquals("+458 181 230,00", cells(regions.get(7)).get(3));
  }

  @Test
  void everyRegionHasASectionWithEveryLineAndItsExplanationFoldedUnderIt() {
    for (AlfRegion r : AlfRegion.values()) {
      Element s = DOC.getElementById("region-" + r.name().toLowerCase().replace('_', '-'));
      assertEquals(r.displayName(), s.selectFirst("h3").text(), r.name());
      // 3 years × 7 lines
      assertEquals(21, s.select("details.line").size(), r.name());
    }
    for (Element d : DOC.select("details.line")) {
      Element pre = d.selectFirst("details > pre.explanation");
      assertTrue(pre.text().startsWith("alf-2014"), d.id());
      assertTrue(pre.select("b").eachText().equals(List.of("alf-2014", "pm-2024")), d.id());
    }
    // Örebro's education in 2026: alf-2014 715 (the minimum) × 79 547 = 56 876 105,00 kr;
    // pm-2024 the 800 it trains × 128 492 = 102 793 600,00 kr
    Element education = DOC.getElementById("orebro-2026-education");
    assertEquals(List.of("2026", "Education (utbildning)", "56 876 105,00 kr",
        "102 793 600,00 kr", "+45 917 495,00 kr"),
        education.select("summary > span").eachText().subList(0, 5));
    assertTrue(education.hasClass("changed"));
    String tree = education.selectFirst("pre").wholeText();
    assertTrue(tree.contains("Education compensation, Örebro, 2026: 56 876 105,00 kr"), tree);
    assertTrue(tree.contains("Education compensation, Örebro, 2026: 102 793 600,00 kr"), tree);
  }

  @Test
  void nothingIsFetchedAndNoScriptRuns() {
    assertTrue(DOC.select("script, link, img, iframe, object, embed").isEmpty());
    for (Element e : DOC.select("[src], [href]")) {
      String target = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertTrue(target.startsWith("#"), e.outerHtml());
    }
    assertFalse(DOC.select("style").html().contains("url("));
    // the charts are inline SVG
    assertEquals(1, DOC.select("#charts svg").size());
  }

  @Test
  void theAssumptionsWithTheirSourcesAndTheStampAtTheEnd() {
    List<Element> items = DOC.select("#assumptions ol > li");
    assertEquals(ALF_PM.assumptions().size(), items.size());
    assertTrue(items.get(0).text().startsWith(ALF_PM.assumptions().get(0).id() + " = "));
    assertTrue(DOC.select("#sources li").size() > 1);
    Element stamp = DOC.getElementById("stamp");
    assertEquals(DOC.body().children().last(), stamp);
    assertTrue(stamp.text().contains("sha256 " + ALF_PM.stamp().sha256()), stamp.text());
    assertTrue(ALF_PM.stamp().sha256().matches("[0-9a-f]{64}"));
  }

  @Test
  void whatElseDiffersIsListed() {
    // the counts of the summary's last table, each listed: 5 parameters, 8 statements, and the
    // verdicts on the 5 example projects
    assertEquals(ALF_PM.parameterDifferences().size(),
        DOC.select("#parameters-table tbody tr").size());
    assertEquals(ALF_PM.statementDifferences().size(),
        DOC.select("#statements-table tbody tr").size());
    assertEquals(5, DOC.select("#verdicts-table tbody tr").size());
    assertEquals(List.of("Clinical drug trial", "clinical research", "clinical research", "no"),
        cells(DOC.select("#verdicts-table tbody tr").stream().filter(r -> r.text()
            .startsWith("Clinical drug trial")).findFirst().orElseThrow()).subList(0, 4));
  }

  @Test
  void idsAreUnique() {
    Set<String> ids = new HashSet<>();
    DOC.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), e.id()));
  }

  @Test
  void everyTextIsEscaped() {
    String name = "<script>alert('x')</script> & \"Örebro\"";
    Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .over(Scenarios.published().with(name, Parameters.empty()), Year.of(2024));
    Document d = Jsoup.parse(HtmlReport.of(c));
    assertTrue(d.select("script").isEmpty());
    assertTrue(d.select("dl.compared dd").eachText().stream()
        .anyMatch(t -> t.startsWith(name + ": ")));
  }

  @Test
  void moreRuleSetsGiveWinnersAndLosersAndEachPairInFull() {
    MultiComparison m = MultiComparison.of(RuleSets.alf2014(), RuleSets.proposal2024(),
        RuleSets.byId("lakarforbundet-2024")).over(Scenarios.published(), Year.of(2026),
        Year.of(2026));
    Document d = Jsoup.parse(HtmlReport.of(m));
    // 2 rule sets against the first × 7 regions
    assertEquals(14, d.select("#summary-standings-table tbody tr").size());
    for (String id : List.of("pm-2024", "lakarforbundet-2024")) {
      Element pair = d.getElementById("pair-" + id);
      assertEquals(7, pair.select("section.region").size(), id);
      assertEquals(49, pair.select("details.line").size(), id);
      assertTrue(d.getElementById("stamp").text().contains(m.against(id).stamp().sha256()));
    }
    Set<String> ids = new HashSet<>();
    d.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), e.id()));
  }
}
