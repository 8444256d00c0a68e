package se.alf.rules.report;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One titled table of a rendering, with notes beneath it; each format writes it its own way (an
 * indented block, a Markdown section, one CSV table) so that the order is the same in all. A
 * caller writing another format (an HTML report, say) reads the sections of
 * {@link Format#sections(se.alf.rules.compare.Comparison, java.util.Set)} and writes each itself.
 *
 * <p>Immutable once built; the {@link Table} it holds is shared, so do not add rows to it. Not
 * thread-safe while a row is added, which the library never does after building it.
 *
 * @param id the section's id, e.g. {@code national} ({@link Format#tables})
 * @param title the title a reader sees
 * @param table the rows
 * @param notes sentences written beneath the table
 * @since 0.1
 */
public record Section(String id, String title, Table table, ImmutableList<String> notes) {

  /**
   * Returns a section.
   *
   * @param id the section's id
   * @param title the title a reader sees
   * @param table the rows
   * @param notes sentences written beneath the table
   */
  public Section(String id, String title, Table table, List<String> notes) {
    this(id, title, table, ImmutableList.copyOf(notes));
  }

  /** Writes the section as an indented text block: a blank line, the title, the rows, notes. */
  void text(StringBuilder s) {
    s.append('\n').append(title).append('\n').append(table.text("  ", new int[0]));
    notes.forEach(n -> s.append("  ").append(n).append('\n'));
  }

  /** Writes the section as Markdown: a heading, the table, notes as paragraphs. */
  void markdown(StringBuilder s) {
    s.append("\n## ").append(MarkdownFormat.cell(title)).append("\n\n").append(table.markdown());
    notes.forEach(n -> s.append('\n').append(MarkdownFormat.cell(n)).append('\n'));
  }
}
