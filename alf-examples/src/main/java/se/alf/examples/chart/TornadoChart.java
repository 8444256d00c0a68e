package se.alf.examples.chart;

import java.util.List;
import java.util.Objects;
import se.alf.money.Sek;
import se.alf.rules.report.Texts;
import se.alf.rules.sensitivity.Sensitivity;
import se.alf.rules.sensitivity.SensitivityRow;

/**
 * Draws a {@link Sensitivity} as a tornado chart in plain SVG: one horizontal bar per input that
 * moves the line (by more than one öre: {@code AFFECTS}), largest swing on top, centred on the
 * line with every input as given (a vertical rule). A bar has two parts drawn from that rule: to
 * the line with the input at the low end of its range and to the line with it at the high end,
 * each in its own colour; a setting, whose every value was tried, is marked {@code *}, its low
 * and high being the values with the smallest and the largest line. A bar thus spans the line
 * over low, the value as given and high: its length is the row's swing, also where the line as
 * given lies outside the lines at the ends. Each bar is labelled with its key id on the left and
 * its swing in kronor on the right, in the Swedish format of {@link Texts#money}.
 *
 * <p>Written with the small hand-written {@link Svg} writer the charts share rather than a
 * library: the chart is a few rectangles and texts, and alf stays free of a drawing library.
 * Every text is escaped; the drawing scales with its {@code viewBox}. Not instantiable: static
 * members only; thread-safe.
 */
public final class TornadoChart {

  private TornadoChart() {}

  /** Bars drawn when the caller does not say. */
  public static final int DEFAULT_BARS = 15;

  private static final int WIDTH = 1000;
  private static final int BAR = 24;
  private static final int GAP = 10;
  private static final int TOP = 110;
  private static final int FONT = 14;
  private static final double CHAR = FONT * 0.6;
  private static final String LOW_COLOUR = "#4477aa";
  private static final String HIGH_COLOUR = "#ee7733";

  /**
   * {@return the chart of the {@value #DEFAULT_BARS} inputs with the largest swing}
   *
   * @param s the sensitivity analysis
   */
  public static String svg(Sensitivity s) {
    return svg(s, DEFAULT_BARS);
  }

  /**
   * {@return the chart of the {@code maxBars} inputs with the largest swing, as an SVG document}
   *
   * @param s the sensitivity analysis
   * @param maxBars the most bars to draw, at least 1
   * @throws IllegalArgumentException if {@code maxBars} is less than 1
   */
  public static String svg(Sensitivity s, int maxBars) {
    Objects.requireNonNull(s, "s");
    if (maxBars < 1) {
      throw new IllegalArgumentException("maxBars must be at least 1, was " + maxBars);
    }
    List<SensitivityRow> affecting = s.affecting();
    List<SensitivityRow> bars = affecting.subList(0, Math.min(maxBars, affecting.size()));
    int labelWidth = 40 + (int) (CHAR * bars.stream().mapToInt(r -> label(r).length())
        .max().orElse(10));
    int swingWidth = 40 + (int) (CHAR * bars.stream()
        .mapToInt(r -> Texts.money(r.swing()).length()).max().orElse(10));
    Scale x = Scale.of(s.base(), bars, labelWidth, WIDTH - swingWidth);
    int height = TOP + Math.max(1, bars.size()) * (BAR + GAP) + 88;
    StringBuilder b = new StringBuilder(4096);
    Svg.open(b, WIDTH, height, FONT, "Sensitivity of " + s.subject());
    Svg.text(b, 20, 32, 20, "start", "title", "Which input moves " + s.subject() + " most");
    Svg.text(b, 20, 56, FONT, "start", "subtitle", "Scenario " + s.scenarioName() + "; line with"
        + " every input as given: " + Texts.money(s.base()) + ". Bars: the line with the input"
        + " at the low and the high end of its range.");
    legend(b, 20, 80);
    int y = TOP;
    for (SensitivityRow r : bars) {
      bar(b, r, x, s.base(), y, labelWidth);
      y += BAR + GAP;
    }
    if (bars.isEmpty()) {
      Svg.text(b, 20, y + BAR / 2 + 5, FONT, "start", "empty", "No input moves the line over its"
          + " range (see the table for why).");
    }
    int axis = TOP - 6;
    b.append("<line class=\"base\" x1=\"").append(x.at(s.base())).append("\" y1=\"")
        .append(axis).append("\" x2=\"").append(x.at(s.base())).append("\" y2=\"")
        .append(y).append("\" stroke=\"black\" stroke-width=\"1.5\"/>\n");
    Svg.text(b, x.at(s.base()), y + 20, FONT, "middle", "base-label", Texts.money(s.base()));
    int rest = affecting.size() - bars.size();
    int still = s.rows().size() - affecting.size();
    Svg.text(b, 20, y + 48, 12, "start", "footnote", (rest > 0 ? rest + " more input(s) move the"
        + " line less; " : "") + still + " input(s) do not move it by more than one öre (the"
        + " table says why).");
    Svg.text(b, 20, y + 66, 12, "start", "note", "* a setting, every value tried: low and high"
        + " are its values with the smallest and the largest line. A bar spans the line at low,"
        + " as given and at high.");
    return b.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder b, int x, int y) {
    Svg.swatch(b, x, y, FONT, LOW_COLOUR, "input at the low end of its range (*: smallest line)");
    Svg.swatch(b, x + 470, y, FONT, HIGH_COLOUR,
        "input at the high end of its range (*: largest line)");
  }

  private static void bar(StringBuilder b, SensitivityRow r, Scale x, Sek base, int y,
      int labelWidth) {
    b.append("<g class=\"bar\" data-key=\"").append(escape(r.keyId()))
        .append("\" data-swing-ore=\"").append(r.swing().ore()).append("\">\n");
    b.append("<title>").append(escape(label(r) + ": low " + text(r.low()) + " gives "
        + Texts.money(r.lineAtLow()) + ", as given " + text(r.base()) + " gives "
        + Texts.money(r.lineAtBase()) + ", high " + text(r.high()) + " gives "
        + Texts.money(r.lineAtHigh()))).append("</title>\n");
    // the longer part first, so the shorter stays visible where both lie on one side
    boolean lowFirst = distance(r.lineAtLow(), base) >= distance(r.lineAtHigh(), base);
    segment(b, x, base, lowFirst ? r.lineAtLow() : r.lineAtHigh(), y,
        lowFirst ? LOW_COLOUR : HIGH_COLOUR, lowFirst ? "low" : "high");
    segment(b, x, base, lowFirst ? r.lineAtHigh() : r.lineAtLow(), y,
        lowFirst ? HIGH_COLOUR : LOW_COLOUR, lowFirst ? "high" : "low");
    Svg.text(b, labelWidth - 10, y + BAR / 2 + 5, FONT, "end", "label", label(r));
    Svg.text(b, x.right() + 10, y + BAR / 2 + 5, FONT, "start", "swing", Texts.money(r.swing()));
    b.append("</g>\n");
  }

  /** The row's label, marked {@code *} for a setting whose every value was tried. */
  static String label(SensitivityRow r) {
    return r.tried() == SensitivityRow.Tried.EVERY_VALUE ? r.label() + " *" : r.label();
  }

  private static long distance(Sek a, Sek b) {
    return Math.abs(a.ore() - b.ore());
  }

  private static void segment(StringBuilder b, Scale x, Sek base, Sek end, int y, String colour,
      String cls) {
    double from = Math.min(x.at(base), x.at(end));
    double width = Math.abs(x.at(end) - x.at(base));
    b.append("<rect class=\"").append(cls).append("\" x=\"").append(Svg.number(from))
        .append("\" y=\"").append(y).append("\" width=\"").append(Svg.number(width))
        .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\"/>\n");
  }

  private static String text(Object value) {
    return value instanceof se.alf.programme.FullYearStudents s ? s.format()
        : Texts.value(value);
  }

  /**
   * {@return {@code text} safe inside an XML element or attribute ({@link Svg#escape})}
   *
   * @param text any text
   */
  public static String escape(String text) {
    return Svg.escape(text);
  }

  /** Maps amounts to x: the bars' extremes and the base, with a margin, on [left, right]. */
  private record Scale(double min, double max, int left, int right) {

    static Scale of(Sek base, List<SensitivityRow> bars, int left, int right) {
      double lo = base.ore();
      double hi = base.ore();
      for (SensitivityRow r : bars) {
        lo = Math.min(lo, Math.min(r.lineAtLow().ore(), r.lineAtHigh().ore()));
        hi = Math.max(hi, Math.max(r.lineAtLow().ore(), r.lineAtHigh().ore()));
      }
      double margin = Math.max(1, (hi - lo) * 0.05);
      return new Scale(lo - margin, hi + margin, left, right);
    }

    double at(Sek amount) {
      return left + (amount.ore() - min) / (max - min) * (right - left);
    }
  }
}
