package se.alf.rules.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns rows of cells into columns; {@code alignment} has one letter per column, {@code L} for
 * left and {@code R} for right (numbers).
 */
final class TextTable {

  private final String alignment;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String alignment) {
    this.alignment = alignment;
  }

  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  int[] widths() {
    int n = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] w = new int[n];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    return w;
  }

  /** Returns the rows, indented by {@code indent}, aligned to {@code widths}. */
  String render(String indent, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < r.length; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(widths[i] - r[i].length());
        line.append(i >= alignment.length() || alignment.charAt(i) == 'L' ? r[i] + pad
            : pad + r[i]);
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    return s.toString();
  }

  String render(String indent) {
    return render(indent, widths());
  }

  /** Returns the widths that fit both {@code a} and {@code b}. */
  static int[] max(int[] a, int[] b) {
    int[] w = new int[Math.max(a.length, b.length)];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.max(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
    }
    return w;
  }
}
