package se.alf.examples.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Parameters;
import se.alf.rules.sensitivity.Sensitivity;
import se.alf.rules.sensitivity.SensitivityRow;

/** The tornado chart read back with the JDK's XML parser. */
class TornadoChartTest {

  private static final Sensitivity OREBRO_2024 = Sensitivity.of(RuleSets.alf2014())
      .over(Scenarios.published(), Year.of(2024), AlfRegion.OREBRO);

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(
        svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> withClass(Element root, String tag, String cls) {
    NodeList all = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element bar, String cls) {
    return withClass(bar, "text", cls).get(0).getTextContent();
  }

  @Test
  void drawsOneBarPerInputThatMovesTheLineLargestFirstWithItsLabelAndSwing() throws Exception {
    Document d = parse(TornadoChart.svg(OREBRO_2024));
    Element svg = d.getDocumentElement();
    assertEquals("svg", svg.getLocalName());
    assertTrue(svg.getAttribute("viewBox").startsWith("0 0 1000 "), svg.getAttribute("viewBox"));
    List<Element> bars = withClass(svg, "g", "bar");
    List<SensitivityRow> moving = OREBRO_2024.affecting();
    // the published scenario moves Örebro's 2024 total through 15 inputs: 15 bars (the default)
    assertEquals(Math.min(15, moving.size()), bars.size());
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < bars.size(); i++) {
      Element bar = bars.get(i);
      assertEquals(moving.get(i).keyId(), bar.getAttribute("data-key"));
      // a setting (every value tried) is marked *
      assertEquals(moving.get(i).label() + (moving.get(i).tried()
          == SensitivityRow.Tried.EVERY_VALUE ? " *" : ""), text(bar, "label"));
      long swing = Long.parseLong(bar.getAttribute("data-swing-ore"));
      assertTrue(swing <= previous, "bar " + i + " is larger than the one above it");
      previous = swing;
      assertEquals(1, withClass(bar, "rect", "low").size());
      assertEquals(1, withClass(bar, "rect", "high").size());
      double top = Double.parseDouble(withClass(bar, "rect", "low").get(0).getAttribute("y"));
      assertEquals(110 + 34 * i, top, 0.0); // top to bottom in rank order
    }
    // the largest swing: the education rate ±10 % over 715 students = 143 × 79 547 kr
    assertEquals("education.rate-per-hst", text(bars.get(0), "label"));
    assertEquals("11 375 221,00 kr", text(bars.get(0), "swing"));
    assertEquals("89 528 454,74 kr", withClass(svg, "text", "base-label").get(0)
        .getTextContent());
  }

  @Test
  void barsAreCentredOnTheBase() throws Exception {
    Document d = parse(TornadoChart.svg(OREBRO_2024, 3));
    Element svg = d.getDocumentElement();
    double base = Double.parseDouble(withClass(svg, "line", "base").get(0).getAttribute("x1"));
    Element first = withClass(svg, "g", "bar").get(0);
    Element low = withClass(first, "rect", "low").get(0);
    Element high = withClass(first, "rect", "high").get(0);
    // the rate at its low value lowers the line: the low part ends at the base, the high starts
    double lowEnd = Double.parseDouble(low.getAttribute("x"))
        + Double.parseDouble(low.getAttribute("width"));
    assertEquals(base, lowEnd, 0.11);
    assertEquals(base, Double.parseDouble(high.getAttribute("x")), 0.11);
    // ±10 % of a linear line: both parts equally long (5 687 610,50 kr each)
    assertEquals(Double.parseDouble(low.getAttribute("width")),
        Double.parseDouble(high.getAttribute("width")), 0.11);
    assertEquals(3, withClass(svg, "g", "bar").size());
    assertTrue(withClass(svg, "text", "footnote").get(0).getTextContent()
        .startsWith((OREBRO_2024.affecting().size() - 3) + " more input(s) move the line less;"));
  }

  @Test
  void escapesEveryText() throws Exception {
    Scenario odd = Scenarios.published().with("a<b & \"c\" 'd'", Parameters.empty());
    Sensitivity s = Sensitivity.of(RuleSets.alf2014()).line(Line.EDUCATION)
        .over(odd, Year.of(2024), AlfRegion.OREBRO);
    String svg = TornadoChart.svg(s);
    Document d = parse(svg);
    assertTrue(withClass(d.getDocumentElement(), "text", "subtitle").get(0).getTextContent()
        .startsWith("Scenario a<b & \"c\" 'd'; line with every input as given: 56 876 105,00 kr."));
    // control and bidirectional characters as the text output writes them (Terminal.safe)
    assertEquals("x&amp;&lt;&gt;&quot;&apos;\\u0001\\u202E\\u2066", TornadoChart.escape(
        "x&<>\"'\u0001\u202e\u2066"));
    Scenario bidi = Scenarios.published().with("evil\u202ename", Parameters.empty());
    String drawn = TornadoChart.svg(Sensitivity.of(RuleSets.alf2014()).line(Line.EDUCATION)
        .over(bidi, Year.of(2024), AlfRegion.OREBRO));
    assertFalse(drawn.contains("\u202e"), drawn);
    assertTrue(withClass(parse(drawn).getDocumentElement(), "text", "subtitle").get(0)
        .getTextContent().startsWith("Scenario evil\\u202Ename;"));
  }

  @Test
  void saysSoWhenNoInputMovesTheLine() throws Exception {
    // Örebro gets no supplement under alf-2014: nothing moves it
    Sensitivity s = Sensitivity.of(RuleSets.alf2014()).line(Line.SUPPLEMENT)
        .over(Scenarios.published(), Year.of(2024), AlfRegion.OREBRO);
    Element svg = parse(TornadoChart.svg(s)).getDocumentElement();
    assertEquals(0, withClass(svg, "g", "bar").size());
    assertEquals(1, withClass(svg, "text", "empty").size());
    assertThrows(IllegalArgumentException.class, () -> TornadoChart.svg(s, 0));
  }

  /**
   * The README shows {@code alf-examples/docs/tornado-orebro-2024.svg}: it must be the chart the
   * code draws today. Rewrite it with {@code -Dalf.chart.update=true}.
   */
  @Test
  void theReadmesChartIsTheChartOfTheCode() throws Exception {
    java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("alf.jshell.transcript"))
        .resolveSibling("alf-examples").resolve("docs").resolve("tornado-orebro-2024.svg");
    String svg = TornadoChart.svg(OREBRO_2024);
    if (Boolean.getBoolean("alf.chart.update")) {
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
    assertEquals(svg, java.nio.file.Files.readString(file, StandardCharsets.UTF_8),
        file + " differs from the chart the code draws; rewrite it with"
            + " -Dalf.chart.update=true");
  }

  /**
   * pm-2024 − alf-2014, Västerbotten's total, 2027: the line as given is above the lines at both
   * ends of its minimum's range (SensitivityTest), so both parts of the bar run left from the
   * base rule, each as long as its line's distance from the base: the bar spans the swing.
   */
  @Test
  void aBarSpansTheLineAsGivenWhereItLiesOutsideTheEnds() throws Exception {
    Sensitivity s = Sensitivity.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .over(Scenarios.published(), Year.of(2027), AlfRegion.VASTERBOTTEN);
    SensitivityRow min = s.rows().stream()
        .filter(r -> r.keyId().equals("minimum-hst[vasterbotten]")).findFirst().orElseThrow();
    Element svg = parse(TornadoChart.svg(s, 100)).getDocumentElement();
    double base = Double.parseDouble(withClass(svg, "line", "base").get(0).getAttribute("x1"));
    Element bar = withClass(svg, "g", "bar").stream()
        .filter(g -> g.getAttribute("data-key").equals(min.keyId())).findFirst().orElseThrow();
    Element low = withClass(bar, "rect", "low").get(0);
    Element high = withClass(bar, "rect", "high").get(0);
    for (Element part : List.of(low, high)) {
      assertEquals(base, Double.parseDouble(part.getAttribute("x"))
          + Double.parseDouble(part.getAttribute("width")), 0.11);
    }
    double lowWidth = Double.parseDouble(low.getAttribute("width"));
    double highWidth = Double.parseDouble(high.getAttribute("width"));
    double expected = (double) (s.base().ore() - min.lineAtLow().ore())
        / (s.base().ore() - min.lineAtHigh().ore());
    assertEquals(expected, lowWidth / highWidth, 0.01);
    // the longer part is the swing: its width over the swing is the chart's scale, the same for
    // the largest bar
    Element first = withClass(svg, "g", "bar").get(0);
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    for (Element part : withClass(first, "rect", "low")) {
      left = Math.min(left, Double.parseDouble(part.getAttribute("x")));
      right = Math.max(right, Double.parseDouble(part.getAttribute("x"))
          + Double.parseDouble(part.getAttribute("width")));
    }
    for (Element part : withClass(first, "rect", "high")) {
      left = Math.min(left, Double.parseDouble(part.getAttribute("x")));
      right = Math.max(right, Double.parseDouble(part.getAttribute("x"))
          + Double.parseDouble(part.getAttribute("width")));
    }
    double firstWidth = right - left;
    double firstSwing = Long.parseLong(first.getAttribute("data-swing-ore"));
    assertEquals(Math.max(lowWidth, highWidth) / min.swing().ore(), firstWidth / firstSwing,
        0.2 / min.swing().ore());
  }
}
