package se.alf.examples.chart;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.compare.NationalComparison;

/**
 * Draws a {@link Comparison} or a {@link MultiComparison} as one SVG document of two panels, 800
 * px wide, one above the other, each with its title, legend and an axis in MSEK (Swedish
 * numbers):
 *
 * <ol>
 *   <li>{@code regions}: each ALF region's total summed over the years compared, one bar per rule
 *       set (left and right; or each rule set of a multi-comparison) side by side;
 *   <li>{@code years}: the national total paid to the regions in each year, one bar per rule set.
 * </ol>
 *
 * <p>One document rather than two files: the two panels answer one question (who gets what, and
 * when) and travel together, on the command line ({@code alf compare --chart FILE.svg}) and in
 * the HTML report. Each bar holds its amount exactly in {@code data-ore} and says it in a tooltip
 * ({@code <title>}, in kronor). Written with {@link Svg}, like {@link TornadoChart}. Not
 * instantiable: static members only; thread-safe.
 */
public final class ComparisonChart {

  private ComparisonChart() {}

  /**
   * {@return the chart of {@code c}, every ALF region}
   *
   * @param c the comparison
   */
  public static String svg(Comparison c) {
    return svg(c, EnumSet.allOf(AlfRegion.class));
  }

  /**
   * {@return the chart of {@code c}, the regions of {@code regions} only in the first panel (the
   * national totals stay those of all regions, and the second panel's title says so)}
   *
   * @param c the comparison
   * @param regions the regions drawn, at least one
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  public static String svg(Comparison c, Set<AlfRegion> regions) {
    Objects.requireNonNull(c, "c");
    List<AlfRegion> shown = shown(regions);
    List<List<Sek>> byRegion = List.of(new ArrayList<>(), new ArrayList<>());
    for (AlfRegion r : shown) {
      byRegion.get(0).add(c.summary().totalOverPeriod(r).left());
      byRegion.get(1).add(c.summary().totalOverPeriod(r).right());
    }
    List<List<Sek>> byYear = List.of(new ArrayList<>(), new ArrayList<>());
    for (NationalComparison n : c.summary().national()) {
      byYear.get(0).add(n.paidToRegions().left());
      byYear.get(1).add(n.paidToRegions().right());
    }
    List<String> series = List.of(c.leftLabel(), c.rightLabel());
    return draw("Comparison of " + c.leftLabel() + " and " + c.rightLabel(), c.years(), shown,
        series, byRegion, byYear);
  }

  /**
   * {@return the chart of {@code m}: a bar for each of its rule sets, the first first}
   *
   * @param m the rule sets compared
   */
  public static String svg(MultiComparison m) {
    Objects.requireNonNull(m, "m");
    List<List<Sek>> byRegion = new ArrayList<>();
    List<List<Sek>> byYear = new ArrayList<>();
    for (int i = 0; i < m.ruleSets().size(); i++) {
      List<Sek> regions = new ArrayList<>();
      for (AlfRegion r : AlfRegion.values()) {
        List<Sek> years = new ArrayList<>();
        for (Year y : m.years()) {
          years.add(m.totals(r, y).get(i));
        }
        regions.add(Sek.sum(years));
      }
      byRegion.add(regions);
      List<Sek> national = new ArrayList<>();
      for (Year y : m.years()) {
        national.add(m.nationalTotals(y).get(i));
      }
      byYear.add(national);
    }
    List<String> series = m.ruleSets().stream().map(r -> r.id()).toList();
    return draw("Comparison of " + String.join(", ", series), m.years(),
        List.of(AlfRegion.values()), series, byRegion, byYear);
  }

  private static String draw(String title, List<Year> years, List<AlfRegion> regions,
      List<String> series, List<List<Sek>> byRegion, List<List<Sek>> byYear) {
    String period = period(years);
    String sum = years.size() > 1 ? ", summed over " + period : ", " + period;
    BarPanel first = new BarPanel("Total paid to each region" + sum + " (MSEK)",
        regions.stream().map(AlfRegion::displayName).toList(), series, byRegion);
    BarPanel second = new BarPanel("National total paid to the regions, per year (MSEK"
        + (regions.size() < AlfRegion.values().length ? "; all 7 regions" : "") + ")",
        years.stream().map(Year::toString).toList(), series, byYear);
    StringBuilder b = new StringBuilder(16_384);
    Svg.open(b, BarPanel.WIDTH, 2 * BarPanel.HEIGHT, 14, title + ", " + period);
    first.draw(b, 0, "panel regions");
    second.draw(b, BarPanel.HEIGHT, "panel years");
    return b.append("</svg>\n").toString();
  }

  private static List<AlfRegion> shown(Set<AlfRegion> regions) {
    Objects.requireNonNull(regions, "regions");
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("regions: give at least one region to draw");
    }
    return List.copyOf(EnumSet.copyOf(regions));
  }

  private static String period(List<Year> years) {
    Year from = years.get(0);
    Year to = years.get(years.size() - 1);
    return from.equals(to) ? from.toString() : from + "–" + to;
  }
}
