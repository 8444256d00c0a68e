package se.alf.examples.chart;

import java.util.Locale;
import se.alf.examples.cli.input.Terminal;

/**
 * The small SVG writer the charts share: the document's start, texts, rectangles, legend swatches
 * and numbers, every text escaped. A chart is a few rectangles and texts; a hand-written writer
 * keeps alf free of a drawing library. Not instantiable: static members only; thread-safe.
 */
public final class Svg {

  private Svg() {}

  /**
   * Starts an SVG document of {@code width} × {@code height} (its {@code viewBox} too, so it
   * scales), sans-serif at {@code fontSize}, with a {@code <title>} and a white background.
   *
   * @param b where to write
   * @param width the width in px
   * @param height the height in px
   * @param fontSize the default font size
   * @param title what the chart shows, for a reader's tooltip and for accessibility
   */
  static void open(StringBuilder b, int width, int height, int fontSize, String title) {
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"")
        .append(fontSize).append("\">\n");
    b.append("<title>").append(escape(title)).append("</title>\n");
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
  }

  /** Writes a text of class {@code cls} at ({@code x}, {@code y}), anchored at {@code anchor}. */
  static void text(StringBuilder b, double x, int y, int size, String anchor, String cls,
      String content) {
    b.append("<text class=\"").append(cls).append("\" x=\"").append(number(x)).append("\" y=\"")
        .append(y).append("\" font-size=\"").append(size).append("\" text-anchor=\"")
        .append(anchor).append("\">").append(escape(content)).append("</text>\n");
  }

  /** Writes a legend entry: a square of {@code colour} and its {@code label} beside it. */
  static void swatch(StringBuilder b, int x, int y, int size, String colour, String label) {
    b.append("<rect x=\"").append(x).append("\" y=\"").append(y - 11)
        .append("\" width=\"14\" height=\"14\" fill=\"").append(colour).append("\"/>\n");
    text(b, x + 20, y, size, "start", "legend", label);
  }

  /** {@return a coordinate with one decimal and a point, e.g. {@code "12.5"}} */
  static String number(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /**
   * {@return {@code text} safe inside an XML or HTML element or attribute: {@code & < > " '}
   * escaped, and every control character that {@link Terminal#safe} escapes in text output (C0
   * and C1 but a tab, a line feed and the carriage return of a CRLF, DEL, the line and paragraph
   * separators, the bidirectional overrides and marks) written the same way, as a visible
   * {@code \}{@code uXXXX}: a scenario name cannot reorder a chart's text or break its XML}
   *
   * @param text any text
   */
  public static String escape(String text) {
    String safe = Terminal.safe(text);
    StringBuilder b = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@return the {@code <svg>} element of an SVG document, without its XML declaration: what an
   * HTML page holds inline}
   *
   * @param document an SVG document as the charts write it
   */
  public static String inline(String document) {
    return document.startsWith("<?xml") ? document.substring(document.indexOf('\n') + 1)
        : document;
  }
}
