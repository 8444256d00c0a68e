package se.alf.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import se.alf.examples.chart.ComparisonChart;
import se.alf.examples.chart.Svg;
import se.alf.rules.Finding;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.report.Detail;
import se.alf.rules.report.Format;
import se.alf.rules.report.Section;
import se.alf.rules.provenance.Stamp;

/**
 * A comparison as one self-contained HTML file that an analyst can mail: inline CSS, the charts
 * as inline SVG ({@link ComparisonChart}), no script and nothing fetched from a network. In order:
 * the title and what is compared (rule sets, scenario, years), the summary as every format has it
 * (national totals, the region × year difference in totals, the lines that drive it, what the
 * figures rest on, what else differs), the charts, per region every line with both explanation
 * trees folded under it ({@code <details>}), the parameters, statements and verdicts that
 * differ, the numbered
 * assumptions with their sources, the sources, and the stamp (version, rule sets, SHA-256 of what
 * was read) at the end. With more than two rule sets, the winners and losers per region against
 * the first, then each rule set's pairwise comparison with the first.
 *
 * <p>In alf-examples rather than the library: the page holds the charts, which are drawn here,
 * and the library's rendering stays text (its tables and labels are read through
 * {@link Format#sections} and {@link se.alf.rules.report.Footnotes}). The text is English with the
 * Swedish terms of the agreements ({@code lang="en"}), UTF-8. Not instantiable: static members
 * only; thread-safe.
 */
public final class HtmlReport {

  private HtmlReport() {}

  private static final String CSS = css();

  /**
   * {@return the report of {@code c}, a whole HTML document}
   *
   * @param c the comparison
   */
  public static String of(Comparison c) {
    Objects.requireNonNull(c, "c");
    StringBuilder b = start("Comparison of " + c.rightLabel() + " with " + c.leftLabel() + ", "
        + period(c));
    compared(b, c);
    nav(b, "summary", "Summary", "charts", "Charts", "regions", "Per region", "differences",
        "What else differs", "assumptions", "Assumptions", "sources", "Sources", "stamp", "Stamp");
    PairSections p = new PairSections(c, "");
    b.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
    p.summary(b, "h3");
    b.append("</section>\n");
    charts(b, ComparisonChart.svg(c));
    b.append("<section id=\"regions\">\n<h2>Per region and year</h2>\n");
    p.regions(b, "h3");
    b.append("</section>\n<section id=\"differences\">\n<h2>What else differs</h2>\n");
    p.parameters(b, "h3");
    p.statements(b, "h3");
    p.verdicts(b, "h3");
    b.append("</section>\n");
    p.assumptions(b, "h2");
    p.sources(b, "h2");
    return end(b, List.of(c.stamp()));
  }

  /**
   * {@return the report of {@code m}, a whole HTML document: the rule sets side by side, then
   * each one's comparison with the first}
   *
   * @param m the rule sets compared with the first
   */
  public static String of(MultiComparison m) {
    Objects.requireNonNull(m, "m");
    Comparison first = m.comparisons().get(0);
    StringBuilder b = start("Comparison of " + m.ruleSets().size() + " rule sets against "
        + m.first().id() + ", " + period(first));
    b.append("<dl class=\"compared\">\n");
    for (RuleSet r : m.ruleSets()) {
      term(b, r == m.first() ? "First" : "Against it", r.id() + ": " + r.title() + " ("
          + r.source().render() + ")");
    }
    scenario(b, first.scenario());
    term(b, "Years", period(first) + ". Differences = each rule set − " + m.first().id() + ".");
    b.append("</dl>\n");
    nav(b, "summary", "Summary", "charts", "Charts", "pairs", "Each against the first", "stamp",
        "Stamp");
    b.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
    for (Section s : Format.TEXT.sections(m, Detail.FULL)) {
      Html.section(b, s, "summary", "h3");
    }
    b.append("</section>\n");
    charts(b, ComparisonChart.svg(m));
    b.append("<section id=\"pairs\">\n<h2>Each rule set against ").append(Html.esc(
        m.first().id())).append("</h2>\n");
    for (Comparison c : m.comparisons()) {
      String prefix = Html.id("pair", c.right().id());
      b.append("<section class=\"pair\" id=\"").append(prefix).append("\">\n<h2>")
          .append(Html.esc(c.rightLabel() + " against " + c.leftLabel())).append("</h2>\n");
      warnings(b, c.warnings());
      PairSections p = new PairSections(c, prefix);
      p.summary(b, "h3");
      b.append("<h3>Per region and year</h3>\n");
      p.regions(b, "h4");
      p.parameters(b, "h3");
      p.statements(b, "h3");
      p.verdicts(b, "h3");
      p.assumptions(b, "h3");
      p.sources(b, "h3");
      b.append("</section>\n");
    }
    b.append("</section>\n");
    return end(b, m.comparisons().stream().map(Comparison::stamp).toList());
  }

  private static StringBuilder start(String title) {
    StringBuilder b = new StringBuilder(1 << 20);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.esc("alf: " + title)).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Html.esc(title)).append("</h1>\n");
    return b;
  }

  private static void compared(StringBuilder b, Comparison c) {
    b.append("<dl class=\"compared\">\n");
    side(b, "Left", c.leftLabel(), c.left(), c.isOfScenarios() ? c.scenario() : null);
    side(b, "Right", c.rightLabel(), c.right(), c.isOfScenarios() ? c.rightScenario() : null);
    if (!c.isOfScenarios()) {
      scenario(b, c.scenario());
    }
    term(b, "Years", period(c) + ". Difference = " + c.rightLabel() + " − " + c.leftLabel()
        + ".");
    b.append("</dl>\n");
    warnings(b, c.warnings());
  }

  private static void side(StringBuilder b, String which, String label, RuleSet r,
      Scenario scenario) {
    term(b, which, label + ": " + (scenario == null ? "" : "scenario " + scenario.name()
        + ", rule set " + r.id() + ", ") + r.title() + " (" + r.source().render() + ")");
  }

  private static void scenario(StringBuilder b, Scenario s) {
    term(b, "Scenario", s.name() + (s.description().isEmpty() ? "" : ": " + s.description()));
  }

  private static void term(StringBuilder b, String term, String text) {
    b.append("<dt>").append(Html.esc(term)).append("</dt><dd>").append(Html.esc(text))
        .append("</dd>\n");
  }

  private static void warnings(StringBuilder b, List<Finding> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    b.append("<div class=\"warnings\"><p><b>Warnings</b> (read these before the figures):</p>")
        .append("<ul>\n");
    warnings.forEach(w -> b.append("<li><code>").append(Html.esc(w.check())).append("</code>: ")
        .append(Html.esc(w.message())).append("</li>\n"));
    b.append("</ul></div>\n");
  }

  /** Writes the table of contents: pairs of an id and its label. */
  private static void nav(StringBuilder b, String... idsAndLabels) {
    b.append("<nav><ul>");
    for (int i = 0; i < idsAndLabels.length; i += 2) {
      b.append("<li><a href=\"#").append(idsAndLabels[i]).append("\">")
          .append(Html.esc(idsAndLabels[i + 1])).append("</a></li>");
    }
    b.append("</ul></nav>\n</header>\n<main>\n");
  }

  private static void charts(StringBuilder b, String svg) {
    b.append("<section id=\"charts\">\n<h2>Charts</h2>\n<figure>\n").append(Svg.inline(svg))
        .append("<figcaption>Each region's total over the years compared, and the national total"
            + " per year, a bar per rule set; the exact amounts are in the tables.</figcaption>\n"
            + "</figure>\n</section>\n");
  }

  private static String end(StringBuilder b, List<Stamp> stamps) {
    b.append("</main>\n<footer id=\"stamp\">\n<h2>Stamp</h2>\n");
    Html.paragraph(b, "note", "What produced these figures: the version of alf, the rule sets,"
        + " and a SHA-256 of every value read; the same inputs give the same hash.");
    for (Stamp s : stamps) {
      s.lines().forEach(l -> Html.paragraph(b, "stamp", l));
    }
    return b.append("</footer>\n</body>\n</html>\n").toString();
  }

  private static String period(Comparison c) {
    return c.from().equals(c.to()) ? c.from().toString() : c.from() + "–" + c.to();
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from alf-examples");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
