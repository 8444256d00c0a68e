package se.alf.examples.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.alf.money.Sek;

/**
 * One panel of grouped vertical bars: one group per category (a region, a year), one bar per
 * series (a rule set) in it, on an axis in MSEK with Swedish numbers ({@code "1 000"},
 * {@code "2,5"}) from zero (or below, for a negative value) to the first tick at or above the
 * largest value; a title and a legend above. The amounts stay exact in each bar's
 * {@code data-ore}; only the drawing is in pixels.
 *
 * @param title the panel's title, saying what a bar is
 * @param categories the groups, left to right
 * @param series the bars of a group, left to right, as the legend names them
 * @param values {@code values.get(s).get(c)}: series {@code s}, category {@code c}
 */
record BarPanel(String title, List<String> categories, List<String> series,
    List<List<Sek>> values) {

  /** Width of the panel in px: readable at 800 px wide. */
  static final int WIDTH = 800;
  /** Height of the panel in px. */
  static final int HEIGHT = 420;
  /** Left edge of the plot: room for the axis' numbers. */
  static final int PLOT_LEFT = 80;
  /** Right edge of the plot. */
  static final int PLOT_RIGHT = WIDTH - 20;
  /** Top of the plot, below the title and the legend. */
  static final int PLOT_TOP = 92;
  /** Height of the plot in px: from the axis' bottom to its top tick. */
  static final int PLOT_HEIGHT = 270;
  /** One million kronor in öre. */
  static final long MSEK = 100_000_000L;

  private static final int FONT = 14;
  private static final int SMALL = 12;
  private static final List<String> PALETTE = List.of("#4477aa", "#ee6677", "#228833",
      "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb");

  BarPanel {
    Objects.requireNonNull(title, "title");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    values = values.stream().map(List::copyOf).toList();
    if (values.size() != series.size()) {
      throw new IllegalArgumentException(series.size() + " series, " + values.size()
          + " rows of values");
    }
    for (List<Sek> v : values) {
      if (v.size() != categories.size()) {
        throw new IllegalArgumentException(categories.size() + " categories, " + v.size()
            + " values in a series");
      }
    }
  }

  /** Writes the panel at vertical offset {@code top} of the document. */
  void draw(StringBuilder b, int top, String cls) {
    Axis axis = Axis.of(values);
    b.append("<g class=\"").append(cls).append("\" transform=\"translate(0,").append(top)
        .append(")\">\n");
    Svg.text(b, 20, 28, 18, "start", "title", title);
    int x = 20;
    for (int s = 0; s < series.size(); s++) {
      Svg.swatch(b, x, 54, FONT, colour(s), series.get(s));
      x += 40 + (int) (FONT * 0.6 * series.get(s).length());
    }
    axis.draw(b);
    double slot = (double) (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, categories.size());
    double bar = slot * 0.8 / Math.max(1, series.size());
    for (int c = 0; c < categories.size(); c++) {
      double left = PLOT_LEFT + c * slot + slot * 0.1;
      b.append("<g class=\"group\" data-category=\"").append(Svg.escape(categories.get(c)))
          .append("\">\n");
      for (int s = 0; s < series.size(); s++) {
        Sek v = values.get(s).get(c);
        double from = axis.y(Math.max(0, v.ore()));
        double height = axis.y(Math.min(0, v.ore())) - from;
        b.append("<rect class=\"bar\" data-series=\"").append(Svg.escape(series.get(s)))
            .append("\" data-ore=\"").append(v.ore()).append("\" x=\"")
            .append(Svg.number(left + s * bar)).append("\" y=\"").append(Svg.number(from))
            .append("\" width=\"").append(Svg.number(bar)).append("\" height=\"")
            .append(Svg.number(height)).append("\" fill=\"").append(colour(s)).append("\">")
            .append("<title>").append(Svg.escape(categories.get(c) + ", " + series.get(s) + ": "
                + v.format())).append("</title></rect>\n");
      }
      label(b, left + slot * 0.4, categories.get(c), slot);
      b.append("</g>\n");
    }
    b.append("</g>\n");
  }

  /** A category's name under its group, on two lines where one is too narrow. */
  private static void label(StringBuilder b, double centre, String name, double slot) {
    int y = PLOT_TOP + PLOT_HEIGHT + 20;
    int space = name.indexOf(' ');
    if (SMALL * 0.6 * name.length() <= slot - 4 || space < 0) {
      Svg.text(b, centre, y, SMALL, "middle", "category", name);
      return;
    }
    b.append("<text class=\"category\" x=\"").append(Svg.number(centre)).append("\" y=\"")
        .append(y).append("\" font-size=\"").append(SMALL).append("\" text-anchor=\"middle\">")
        .append(Svg.escape(name.substring(0, space))).append("<tspan x=\"")
        .append(Svg.number(centre)).append("\" dy=\"15\">")
        .append(Svg.escape(name.substring(space + 1))).append("</tspan></text>\n");
  }

  private static String colour(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  /**
   * The vertical axis: ticks a step of 1, 2 or 5 × a power of ten öre apart, about five of
   * them, from the tick at or below the smallest value (at most 0) to the tick at or above the
   * largest (at least 0); {@code y} maps öre to px.
   */
  record Axis(long bottom, long top, long step) {

    static Axis of(List<List<Sek>> values) {
      long lo = 0;
      long hi = 0;
      for (List<Sek> row : values) {
        for (Sek v : row) {
          lo = Math.min(lo, v.ore());
          hi = Math.max(hi, v.ore());
        }
      }
      long step = step(Math.max(1, (hi - lo) / 5));
      return new Axis(Math.floorDiv(lo, step) * step,
          Math.max(step, -Math.floorDiv(-hi, step) * step), step);
    }

    /** The least step of 1, 2 or 5 × 10^k öre at or above {@code raw}. */
    static long step(long raw) {
      for (long power = 1; ; power *= 10) {
        for (long m : new long[] {1, 2, 5}) {
          if (m * power >= raw) {
            return m * power;
          }
        }
      }
    }

    double y(long ore) {
      return PLOT_TOP + PLOT_HEIGHT - (double) (ore - bottom) / (top - bottom) * PLOT_HEIGHT;
    }

    void draw(StringBuilder b) {
      for (long t = bottom; t <= top; t += step) {
        String y = Svg.number(y(t));
        b.append("<line class=\"grid\" x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(y)
            .append("\" x2=\"").append(PLOT_RIGHT).append("\" y2=\"").append(y)
            .append("\" stroke=\"").append(t == 0 ? "black" : "#dddddd").append("\"/>\n");
        Svg.text(b, PLOT_LEFT - 8, (int) Math.round(y(t)) + 4, SMALL, "end", "tick", msek(t));
      }
      Svg.text(b, PLOT_LEFT - 8, PLOT_TOP - 12, SMALL, "end", "unit", "MSEK");
    }

    /** {@return öre as millions of kronor in Swedish: {@code "1 000"}, {@code "2,5"}} */
    static String msek(long ore) {
      BigDecimal m = BigDecimal.valueOf(ore).divide(BigDecimal.valueOf(MSEK)).stripTrailingZeros();
      String plain = m.abs().toPlainString();
      int point = plain.indexOf('.');
      String whole = point < 0 ? plain : plain.substring(0, point);
      StringBuilder s = new StringBuilder(m.signum() < 0 ? "-" : "");
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          s.append(' ');
        }
        s.append(whole.charAt(i));
      }
      return point < 0 ? s.toString() : s.append(',').append(plain.substring(point + 1))
          .toString();
    }
  }
}
