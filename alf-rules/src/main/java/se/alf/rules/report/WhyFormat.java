package se.alf.rules.report;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.alf.money.Sek;
import se.alf.programme.FullYearStudents;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.Unit;
import se.alf.rules.explain.Divergence;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.Formats;
import se.alf.rules.explain.Fork;
import se.alf.rules.explain.ReadDifference;
import se.alf.source.Citation;

/**
 * The renderings of why a line of a comparison differs ({@link LineComparison#why()}): the line,
 * then each step where the two explanations part with both values and rules, and the parameters
 * read differently there (key, both values, basis, source).
 */
final class WhyFormat {

  private WhyFormat() {}

  static String text(Comparison c, LineComparison line) {
    String l = c.leftLabel();
    String r = c.rightLabel();
    Divergence d = line.why();
    StringBuilder s = new StringBuilder(title(c, line)).append('\n');
    if (d.isEmpty()) {
      return s.append("The values are equal: nothing to explain.\n").toString();
    }
    s.append(d.forks().size()).append(" step(s) where the values part:\n");
    int n = 1;
    for (Fork f : d.forks()) {
      s.append('\n').append(n++).append(". ").append(String.join(" › ", f.path())).append('\n');
      node(s, l, f.left(), width(l, r));
      node(s, r, f.right(), width(l, r));
      if (f.reads().isEmpty()) {
        s.append("   No parameter is read differently here: the rule differs").append(
            f.ruleDiffers() ? " (another citation)" : " (or the results it uses)").append(".\n");
      } else {
        s.append("   Parameters read differently:\n")
            .append(reads(f, l, r).text("     ", new int[0]));
      }
    }
    return s.toString();
  }

  static String markdown(Comparison c, LineComparison line) {
    String l = c.leftLabel();
    String r = c.rightLabel();
    Divergence d = line.why();
    StringBuilder s = new StringBuilder("## ").append(MarkdownFormat.cell(title(c, line)))
        .append("\n\n");
    if (d.isEmpty()) {
      return s.append("The values are equal: nothing to explain.\n").toString();
    }
    int n = 1;
    for (Fork f : d.forks()) {
      s.append("### ").append(n++).append(". ")
          .append(MarkdownFormat.cell(String.join(" › ", f.path()))).append("\n\n");
      for (String[] side : new String[][] {{l, "l"}, {r, "r"}}) {
        Explanation e = side[1].equals("l") ? f.left() : f.right();
        s.append("- **").append(MarkdownFormat.cell(side[0])).append("**: ")
            .append(MarkdownFormat.cell(reader(e.typedValue(), e.value())))
            .append(e.citation().map(x -> " [" + MarkdownFormat.cell(x.render()) + "]").orElse(""))
            .append(e.formula().map(x -> "; = " + MarkdownFormat.cell(x)).orElse(""))
            .append('\n');
      }
      s.append('\n').append(f.reads().isEmpty() ? "No parameter is read differently here.\n"
          : reads(f, l, r).markdown()).append('\n');
    }
    return s.toString();
  }

  static String csv(Comparison c, LineComparison line) {
    Table t = new Table("step", "path", "key", "left", "right", "left_basis", "right_basis",
        "left_citation", "right_citation");
    int n = 1;
    for (Fork f : line.why().forks()) {
      String path = String.join(" > ", f.path());
      if (f.reads().isEmpty()) {
        t.row(String.valueOf(n), path, "", plain(f.leftValue()), plain(f.rightValue()), "", "",
            f.leftCitation().map(Citation::render).orElse(""),
            f.rightCitation().map(Citation::render).orElse(""));
      }
      for (ReadDifference d : f.reads()) {
        t.row(String.valueOf(n), path, d.id(), d.leftValue().map(WhyFormat::plain).orElse(""),
            d.rightValue().map(WhyFormat::plain).orElse(""),
            d.leftBasis().map(Enum::name).orElse(""), d.rightBasis().map(Enum::name).orElse(""),
            d.leftCitation().map(Citation::render).orElse(""),
            d.rightCitation().map(Citation::render).orElse(""));
      }
      n++;
    }
    return t.csv();
  }

  private static String title(Comparison c, LineComparison line) {
    return "Why " + line.title() + " differs: " + c.leftLabel() + " "
        + Texts.swedish(line.left(), line.unit()) + " → " + c.rightLabel() + " "
        + Texts.swedish(line.right(), line.unit()) + " (" + Footnotes.difference(line) + ")";
  }

  private static int width(String l, String r) {
    return Math.max(l.length(), r.length()) + 1;
  }

  private static void node(StringBuilder s, String label, Explanation e, int width) {
    s.append("   ").append(String.format("%-" + width + "s", label + ":")).append(' ')
        .append(e.value().isEmpty() ? "(no value)" : reader(e.typedValue(), e.value()));
    e.citation().ifPresent(x -> s.append("  [").append(x.render()).append(']'));
    s.append('\n');
    e.formula().ifPresent(x -> s.append("   ").append(" ".repeat(width + 1)).append("= ")
        .append(x).append('\n'));
  }

  private static Table reads(Fork f, String l, String r) {
    Table t = Table.aligned("LRRLL", "Key", l, r, "Basis", "Source");
    for (ReadDifference d : f.reads()) {
      t.row(d.id(), d.left().map(x -> reader(x.typedValue(), x.value())).orElse("(not read)"),
          d.right().map(x -> reader(x.typedValue(), x.value())).orElse("(not read)"),
          either(d, x -> x.basis().name().toLowerCase(java.util.Locale.ROOT)),
          either(d, x -> x.citation().render()));
    }
    return t;
  }

  /** One side's text if both agree or only one read the key, else {@code "left → right"}. */
  private static String either(ReadDifference d,
      Function<se.alf.rules.explain.ParameterRead, String> text) {
    Optional<String> a = d.left().map(text);
    Optional<String> b = d.right().map(text);
    if (a.isPresent() && b.isPresent() && !a.equals(b)) {
      return a.get() + " → " + b.get();
    }
    return a.or(() -> b).orElseThrow();
  }

  /** A value for a reader: students as {@link Texts#students}, anything else as {@code text}. */
  private static String reader(@Nullable Object value, String text) {
    return value instanceof FullYearStudents f ? Texts.students(f) : text;
  }

  /** A value for a CSV cell: kronor and students as plain decimals, others as text. */
  static String plain(@Nullable Object value) {
    if (value instanceof Sek s) {
      return s.toPlainString();
    }
    if (value instanceof FullYearStudents f) {
      return Texts.plain(f.value(), Unit.HST);
    }
    return value == null ? "" : Formats.text(value);
  }
}
