package se.alf.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.alf.examples.chart.Svg;
import se.alf.party.AlfRegion;
import se.alf.rules.report.Section;
import se.alf.rules.report.Table;

/**
 * The small HTML writer of the report: escaped text, tables from the library's {@link Table},
 * titled sections. Every text goes through {@link #esc}. Not instantiable; thread-safe.
 */
final class Html {

  private Html() {}

  /** {@return {@code text} escaped for an HTML element or attribute} */
  static String esc(String text) {
    return Svg.escape(text);
  }

  /** {@return an id made of {@code parts}: lower-case letters, digits and hyphens} */
  static String id(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }
    return b.toString().replaceAll("-+", "-");
  }

  /** {@return the id of a region's section, e.g. {@code region-vastra-gotaland}} */
  static String regionId(String prefix, AlfRegion r) {
    return id(prefix, "region", r.name());
  }

  /** Writes {@code t} as a table: a header row, numeric columns right-aligned. */
  static void table(StringBuilder b, Table t, String id) {
    b.append("<table id=\"").append(esc(id)).append("\">\n<thead><tr>");
    List<String> header = t.header();
    for (int i = 0; i < header.size(); i++) {
      b.append(t.isNumeric(i) ? "<th class=\"num\">" : "<th>").append(esc(header.get(i)))
          .append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      boolean total = row.get(0).equals("All regions") || PERIOD.matcher(row.get(0)).matches();
      b.append(total ? "<tr class=\"total\">" : "<tr>");
      for (int i = 0; i < row.size(); i++) {
        b.append(t.isNumeric(i) ? "<td class=\"num" + sign(row.get(i)) + "\">" : "<td>")
            .append(esc(row.get(i))).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /** A row of a period's sum, e.g. {@code 2024–2030}: written in bold, as "All regions" is. */
  private static final Pattern PERIOD = Pattern.compile("[0-9]{4}–[0-9]{4}");

  /** {@return the class of a signed difference: {@code " up"}, {@code " down"} or none} */
  private static String sign(String cell) {
    if (cell.matches("\\+[0-9].*") && !cell.contains("(r)")) {
      return " up";
    }
    return cell.matches("-[0-9].*") && !cell.contains("(r)") ? " down" : "";
  }

  /** Writes a titled section of the library's, its table and its notes. */
  static void section(StringBuilder b, Section s, String prefix, String heading) {
    String id = id(prefix, s.id());
    b.append("<section class=\"table\" id=\"").append(esc(id)).append("\">\n<")
        .append(heading).append('>').append(esc(s.title())).append("</").append(heading)
        .append(">\n<div class=\"scroll\">\n");
    table(b, s.table(), id(id, "table"));
    b.append("</div>\n");
    s.notes().forEach(n -> paragraph(b, "note", n));
    b.append("</section>\n");
  }

  /** Writes a paragraph of class {@code cls}. */
  static void paragraph(StringBuilder b, String cls, String text) {
    b.append("<p class=\"").append(cls).append("\">").append(esc(text)).append("</p>\n");
  }
}
