package se.alf.examples.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.alf.party.AlfRegion;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.param.Parameters;

/** The comparison chart read back with the JDK's XML parser. */
class ComparisonChartTest {

  private static final Comparison ALF_PM = Comparison.of(RuleSets.alf2014(),
      RuleSets.proposal2024()).over(Scenarios.published(), Year.of(2024), Year.of(2030));

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private static List<Element> all(Element root, String tag, String cls) {
    NodeList nodes = root.getElementsByTagNameNS(SVG_NS, tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element panel(Element svg, String name) {
    return all(svg, "g", name).get(0);
  }

  private static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  @Test
  void drawsABarPerRuleSetForEachRegionAndEachYear() throws Exception {
    Element svg = TornadoChartTest.parse(ComparisonChart.svg(ALF_PM)).getDocumentElement();
    assertEquals("0 0 800 840", svg.getAttribute("viewBox"));
    // 7 regions × 2 rule sets, 7 years × 2 rule sets
    assertEquals(14, all(panel(svg, "regions"), "rect", "bar").size());
    assertEquals(14, all(panel(svg, "years"), "rect", "bar").size());
    List<Element> groups = all(panel(svg, "regions"), "g", "group");
    assertEquals("Västra Götaland", groups.get(1).getAttribute("data-category"));
    assertEquals("Örebro", groups.get(6).getAttribute("data-category"));
    assertEquals("Total paid to each region, summed over 2024–2030 (MSEK)",
        all(panel(svg, "regions"), "text", "title").get(0).getTextContent());
    List<Element> legend = all(panel(svg, "years"), "text", "legend");
    assertEquals("alf-2014", legend.get(0).getTextContent());
    assertEquals("pm-2024", legend.get(1).getTextContent());
  }

  @Test
  void aBarIsAsHighAsItsAmountOnTheAxis() throws Exception {
    Element years = panel(TornadoChartTest.parse(ComparisonChart.svg(ALF_PM))
        .getDocumentElement(), "years");
    // National totals (README): 2 476 900 486,00 kr a year under alf-2014, at most
    // 3 042 816 417,46 kr under pm-2024. About five ticks: 3 042,8 / 5 = 608,6 MSEK, so a step of
    // 1 000 MSEK (1, 2 or 5 × a power of ten) and the axis tops at 4 000 MSEK over 270 px.
    List<String> ticks = all(years, "text", "tick").stream().map(Element::getTextContent)
        .toList();
    assertEquals(List.of("0", "1 000", "2 000", "3 000", "4 000"), ticks);
    Element alf2024 = all(years, "rect", "bar").get(0);
    assertEquals("alf-2014", alf2024.getAttribute("data-series"));
    assertEquals("247690048600", alf2024.getAttribute("data-ore"));
    // 2 476,900486 / 4 000 × 270 = 167,19 px, standing on the zero line at 92 + 270 = 362
    assertEquals(167.19, number(alf2024, "height"), 0.051);
    assertEquals(362 - 167.19, number(alf2024, "y"), 0.051);
    Element pm2030 = all(years, "rect", "bar").get(13);
    // 3 042,81641746 / 4 000 × 270 = 205,39 px
    assertEquals(205.39, number(pm2030, "height"), 0.051);
    assertEquals("2030, pm-2024: 3 042 816 417,46 kr", pm2030.getTextContent());
  }

  @Test
  void theRegionsPanelSumsTheYears() throws Exception {
    Element regions = panel(TornadoChartTest.parse(ComparisonChart.svg(ALF_PM))
        .getDocumentElement(), "regions");
    Element orebro = all(regions, "g", "group").get(6);
    Element alf = all(orebro, "rect", "bar").get(0);
    // Örebro under alf-2014: 89 528 454,74 kr every year (README), × 7 = 626 699 183,18 kr
    assertEquals("62669918318", alf.getAttribute("data-ore"));
    assertEquals("Örebro, alf-2014: 626 699 183,18 kr", alf.getTextContent());
  }

  @Test
  void oneRegionAndOneYear() throws Exception {
    Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .over(Scenarios.published(), Year.of(2024));
    Element svg = TornadoChartTest.parse(ComparisonChart.svg(c, Set.of(AlfRegion.OREBRO)))
        .getDocumentElement();
    Element regions = panel(svg, "regions");
    assertEquals(2, all(regions, "rect", "bar").size());
    assertEquals("Total paid to each region, 2024 (MSEK)",
        all(regions, "text", "title").get(0).getTextContent());
    assertTrue(all(panel(svg, "years"), "text", "title").get(0).getTextContent()
        .contains("all 7 regions"));
    // Örebro 89,53 MSEK: step 20 MSEK (17,9 / 5 rounded up to 2 × 10), top 100 MSEK
    assertEquals(List.of("0", "20", "40", "60", "80", "100"), all(regions, "text", "tick")
        .stream().map(Element::getTextContent).toList());
    assertEquals(89.52845474 / 100 * 270, number(all(regions, "rect", "bar").get(0),
        "height"), 0.051);
    assertThrows(IllegalArgumentException.class, () -> ComparisonChart.svg(c, Set.of()));
  }

  @Test
  void aBarPerRuleSetOfAMultiComparisonAndEveryTextEscaped() throws Exception {
    var odd = Scenarios.published().with("a<b & \"c\" 'd'", Parameters.empty());
    MultiComparison m = MultiComparison.of(RuleSets.alf2014(), RuleSets.proposal2024(),
        RuleSets.byId("lakarforbundet-2024")).over(odd, Year.of(2027), Year.of(2027));
    Element svg = TornadoChartTest.parse(ComparisonChart.svg(m)).getDocumentElement();
    assertEquals(21, all(panel(svg, "regions"), "rect", "bar").size());
    assertEquals(3, all(panel(svg, "years"), "rect", "bar").size());
    Comparison c = Comparison.ofScenarios(RuleSets.alf2014(), Scenarios.published(), odd,
        Year.of(2024), Year.of(2024));
    Element two = TornadoChartTest.parse(ComparisonChart.svg(c)).getDocumentElement();
    assertTrue(all(two, "text", "legend").stream().anyMatch(e -> e.getTextContent()
        .contains("a<b & \"c\" 'd'")));
  }

  @Test
  void msekInSwedish() {
    assertEquals("2,5", BarPanel.Axis.msek(250_000_000L));
    assertEquals("1 000", BarPanel.Axis.msek(100_000_000_000L));
    assertEquals("-20", BarPanel.Axis.msek(-2_000_000_000L));
    assertEquals("0,01", BarPanel.Axis.msek(1_000_000L));
    assertEquals(200_000_000L, BarPanel.Axis.step(128_700_000L));
    assertEquals(1L, BarPanel.Axis.step(1L));
    assertEquals(5L, BarPanel.Axis.step(3L));
  }

  /**
   * The README shows {@code alf-examples/docs/compare-2024-2030.svg}: it must be the chart the
   * code draws today. Rewrite it with {@code -Dalf.chart.update=true}.
   */
  @Test
  void theReadmesChartIsTheChartOfTheCode() throws Exception {
    Path file = Path.of(System.getProperty("alf.jshell.transcript"))
        .resolveSibling("alf-examples").resolve("docs").resolve("compare-2024-2030.svg");
    String svg = ComparisonChart.svg(ALF_PM);
    if (Boolean.getBoolean("alf.chart.update")) {
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
    assertEquals(svg, Files.readString(file, StandardCharsets.UTF_8),
        file + " differs from the chart the code draws; rewrite it with"
            + " -Dalf.chart.update=true");
  }
}
