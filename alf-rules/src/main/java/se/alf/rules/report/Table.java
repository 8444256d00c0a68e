package se.alf.rules.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one table writer of alf: rows of text cells under a header, written as aligned text, CSV or
 * Markdown. The library's renderings ({@link Format}) and the command line use it alike.
 *
 * <ul>
 *   <li>Text: columns separated by two spaces, numeric columns right-aligned, trailing spaces
 *       stripped; {@link #text()} rules a line of dashes under the header, {@link #text(String,
 *       int[])} indents the rows and aligns them to widths shared with other tables.
 *   <li>CSV: RFC 4180 ({@link #csv()}) or another {@link CsvDialect} ({@link #csv(CsvDialect)}),
 *       one record per row, every line ending in CRLF, each cell by the rule of {@link Csv#cell}
 *       (quoted when needed, neutralised when it could be a spreadsheet formula).
 *   <li>Markdown: a GitHub table; a pipe in a cell is escaped, a line break becomes {@code <br>}.
 * </ul>
 *
 * <pre>{@code
 * Table t = new Table("Region", "Total>").row("Örebro", "79 547,00 kr");
 * String csv = t.render(Format.CSV);
 * }</pre>
 *
 * <p>A table is mutable while rows are added; it is not thread-safe.
 *
 * @since 0.1
 */
public final class Table {

  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Returns a table with {@code header}; a header ending in {@code ">"} marks a numeric column (the
   * {@code ">"} is not written).
   *
   * @param header the column headers
   */
  public Table(String... header) {
    this.header = new ArrayList<>();
    this.numeric = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      String h = Objects.requireNonNull(header[i], "header[" + i + "]");
      numeric[i] = h.endsWith(">");
      this.header.add(numeric[i] ? h.substring(0, h.length() - 1) : h);
    }
  }

  /**
   * {@return a table with {@code header} aligned by {@code alignment}: one letter a column,
   * {@code L} for left, {@code R} for right (numbers); no marks are read from the header}
   *
   * @param alignment one letter a column, {@code L} or {@code R}
   * @param header the column headers
   * @throws IllegalArgumentException if {@code alignment} is not one L or R a column
   */
  public static Table aligned(String alignment, String... header) {
    if (!alignment.matches("[LR]*") || alignment.length() != header.length) {
      throw new IllegalArgumentException("alignment '" + alignment + "' must have one L or R for"
          + " each of the " + header.length + " columns");
    }
    return new Table(alignment, header);
  }

  private Table(String alignment, String[] header) {
    this.header = new ArrayList<>(List.of(header));
    this.numeric = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      numeric[i] = alignment.charAt(i) == 'R';
    }
  }

  /**
   * Adds a row of as many cells as the header has.
   *
   * @param cells the row's cells
   * @return this table
   * @throws IllegalArgumentException if the row has another number of cells
   */
  public Table row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, header "
          + header.size());
    }
    for (int i = 0; i < cells.length; i++) {
      Objects.requireNonNull(cells[i], "cells[" + i + "]");
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * {@return whether column {@code column} holds numbers (right-aligned)}
   *
   * @param column the column, from 0
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public boolean isNumeric(int column) {
    java.util.Objects.checkIndex(column, numeric.length);
    return numeric[column];
  }

  /** {@return whether the table has no rows} */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * {@return the table in {@code format}: {@link #text()}, {@link #csv()} or {@link #markdown}}
   *
   * @param format the format
   */
  public String render(Format format) {
    return switch (Objects.requireNonNull(format, "format")) {
      case CSV -> csv();
      case MARKDOWN -> markdown();
      case TEXT -> text();
    };
  }

  /** {@return the width of each column: its widest cell, header included} */
  public int[] widths() {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    return w;
  }

  /**
   * {@return the widths that fit both {@code a} and {@code b}, column by column}
   *
   * @param a some widths
   * @param b other widths
   */
  public static int[] max(int[] a, int[] b) {
    int[] w = new int[Math.max(a.length, b.length)];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.max(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
    }
    return w;
  }

  /** {@return aligned text: the header, a line of dashes, the rows} */
  public String text() {
    int[] width = widths();
    StringBuilder s = new StringBuilder();
    line(s, "", header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(s, "", rule, width);
    rows.forEach(r -> line(s, "", r, width));
    return s.toString();
  }

  /**
   * {@return aligned text without a rule: the header and the rows, each indented by
   * {@code indent}, each column at least as wide as {@code widths} says (e.g. {@link #max} of the
   * widths of tables printed one after another, so that they align)}
   *
   * @param indent written before each line
   * @param widths the least width of each column
   */
  public String text(String indent, int[] widths) {
    int[] width = max(widths, widths());
    StringBuilder s = new StringBuilder();
    line(s, indent, header, width);
    rows.forEach(r -> line(s, indent, r, width));
    return s.toString();
  }

  private void line(StringBuilder s, String indent, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder(indent);
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

  /** {@return RFC 4180 CSV: the header, then one record per row, each ending in CRLF} */
  public String csv() {
    return csv(CsvDialect.RFC4180);
  }

  /**
   * {@return the table as a CSV file in {@code dialect}: what the dialect starts a file with (the
   * byte order mark of {@link CsvDialect#EXCEL_SV}), the header, then one record per row, each
   * ending in CRLF, each cell by {@link Csv#cell(String, CsvDialect)}}
   *
   * @param dialect the dialect
   */
  public String csv(CsvDialect dialect) {
    StringBuilder s = new StringBuilder(dialect.start()).append(Csv.record(header, dialect));
    rows.forEach(r -> s.append(Csv.record(r, dialect)));
    return s.toString();
  }

  /** {@return the column headers, as written (without the {@code ">"} of a numeric column)} */
  public ImmutableList<String> header() {
    return ImmutableList.copyOf(header);
  }

  /** {@return the rows added so far, each with as many cells as the header, in order} */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /** {@return a GitHub Markdown table} */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("| ").append(header.stream().map(Table::markdownCell)
        .collect(Collectors.joining(" | "))).append(" |\n|");
    for (boolean n : numeric) {
      s.append(n ? " ---: |" : " --- |");
    }
    s.append('\n');
    for (List<String> r : rows) {
      s.append("| ").append(r.stream().map(Table::markdownCell)
          .collect(Collectors.joining(" | "))).append(" |\n");
    }
    return s.toString();
  }

  /**
   * {@return {@code text} as one Markdown cell: pipes escaped, line breaks as {@code <br>}}
   *
   * @param text the cell's text
   */
  public static String markdownCell(String text) {
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
        .replace("\r", "<br>");
  }
}
