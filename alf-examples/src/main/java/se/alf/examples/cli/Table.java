package se.alf.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of text cells rendered as aligned text, CSV (RFC 4180: fields with a comma, quote or
 * line break quoted, quotes doubled, a cell that could be a spreadsheet formula prefixed with
 * {@code '}, every line ending in CRLF, as the comparison's CSV) or a
 * Markdown table. Columns marked numeric are right-aligned in text and Markdown.
 */
final class Table {

  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /** Returns a table with {@code header}; a header ending in {@code ">"} marks a numeric column. */
  Table(String... header) {
    this.header = new ArrayList<>();
    this.numeric = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      numeric[i] = header[i].endsWith(">");
      this.header.add(numeric[i] ? header[i].substring(0, header[i].length() - 1) : header[i]);
    }
  }

  Table row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, header "
          + header.size());
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render(Format format) {
    switch (format) {
      case CSV:
        return csv();
      case MARKDOWN:
        return markdown();
      default:
        return text();
    }
  }

  private String text() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder s = new StringBuilder();
    line(s, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(s, rule, width);
    rows.forEach(r -> line(s, r, width));
    return s.toString();
  }

  private void line(StringBuilder s, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      if (i > 0) {
        l.append("  ");
      }
      l.append(numeric[i] ? pad + c : c + pad);
    }
    s.append(l.toString().stripTrailing()).append('\n');
  }

  /** The line end of CSV, RFC 4180. */
  static final String CRLF = "\r\n";

  private String csv() {
    StringBuilder s = new StringBuilder();
    s.append(header.stream().map(Table::csvCell).collect(Collectors.joining(","))).append(CRLF);
    for (List<String> r : rows) {
      s.append(r.stream().map(Table::csvCell).collect(Collectors.joining(","))).append(CRLF);
    }
    return s.toString();
  }

  /** One CSV cell, by the one rule alf's CSV writers share ({@link se.alf.rules.compare.Csv}). */
  static String csvCell(String c) {
    return se.alf.rules.compare.Csv.cell(c);
  }

  private String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("| ").append(header.stream().map(Table::mdCell).collect(Collectors.joining(" | ")))
        .append(" |\n|");
    for (boolean n : numeric) {
      s.append(n ? " ---: |" : " --- |");
    }
    s.append('\n');
    for (List<String> r : rows) {
      s.append("| ").append(r.stream().map(Table::mdCell).collect(Collectors.joining(" | ")))
          .append(" |\n");
    }
    return s.toString();
  }

  static String mdCell(String c) {
    return c.replace("|", "\\|").replace("\n", "<br>");
  }
}
