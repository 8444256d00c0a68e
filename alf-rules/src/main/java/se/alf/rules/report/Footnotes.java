package se.alf.rules.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import se.alf.rules.ConditionResult;
import se.alf.rules.Line;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.ParameterDifference;
import se.alf.rules.compare.ParameterValue;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;
import se.alf.source.Document;

/**
 * Numbers the assumptions of a comparison, 1 up in the order of {@link Comparison#assumptions()},
 * and writes a row's references compactly ({@code "1–3, 7"}); with the labels, differences and
 * sources every rendering of a comparison writes alike. A caller writing a format of its own (an
 * HTML report, say) numbers and labels with it as the library's formats do.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Footnotes {

  private final ImmutableList<ParameterRead> assumptions;
  private final ImmutableMap<ParameterRead, Integer> numbers;

  /**
   * Numbers the assumptions of {@code c}.
   *
   * @param c the comparison
   */
  public Footnotes(Comparison c) {
    this.assumptions = c.assumptions();
    ImmutableMap.Builder<ParameterRead, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < assumptions.size(); i++) {
      b.put(assumptions.get(i), i + 1);
    }
    this.numbers = b.buildOrThrow();
  }

  /** {@return the assumptions, in the order numbered: number 1 first} */
  public ImmutableList<ParameterRead> assumptions() {
    return assumptions;
  }

  /**
   * {@return the number of assumption {@code r}, from 1}
   *
   * @param r one of {@link #assumptions()}
   * @throws NullPointerException if {@code r} is not one of them
   */
  public int number(ParameterRead r) {
    return numbers.get(r);
  }

  /**
   * {@return e.g. {@code "1–3, 7"} for the assumptions {@code reads}; empty if none}
   *
   * @param reads assumptions of the comparison, e.g. {@link LineComparison#assumptions()}
   */
  public String refs(List<ParameterRead> reads) {
    List<Integer> ns = reads.stream().map(numbers::get).sorted().distinct()
        .collect(ImmutableList.toImmutableList());
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < ns.size()) {
      int j = i;
      while (j + 1 < ns.size() && ns.get(j + 1) == ns.get(j) + 1) {
        j++;
      }
      parts.add(j == i ? String.valueOf(ns.get(i)) : j == i + 1 ? ns.get(i) + ", " + ns.get(j)
          : ns.get(i) + "–" + ns.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  /**
   * {@return the note on differences of one öre that the summary ends with ({@code "(r) A
   * difference of one öre is rounding…"}), or empty if no figure differs by rounding only}
   *
   * @param c the comparison
   */
  public static ImmutableList<String> roundingNote(Comparison c) {
    return ImmutableList.copyOf(SummaryTables.roundingNote(c.summary()));
  }

  /** Returns the note of assumption {@code r}: value, dates, source and why it was chosen. */
  static String note(ParameterRead r) {
    return r.id() + " = " + r.value() + " " + r.range() + " — " + r.citation().render()
        + r.citation().note().map(n -> ". " + n).orElse("");
  }

  /**
   * {@return the listed documents the comparison cites (its rule sets, the parameters and
   * statements that differ, the decisive conditions and the assumptions), each once, in
   * declaration order: their full references belong in the output once, the rows cite them in
   * short form}
   *
   * @param c the comparison
   */
  public static ImmutableList<Document> sources(Comparison c) {
    Stream<Citation> cited = Stream.of(
        Stream.of(c.left().source(), c.right().source()),
        Stream.of(c.parameterDifferences(), c.recitedParameters(), c.inputDifferences())
            .flatMap(List::stream)
            .flatMap(d -> Stream.concat(d.left().stream(), d.right().stream()))
            .map(ParameterValue::citation),
        c.statementDifferences().stream()
            .flatMap(d -> Stream.concat(d.left().stream(), d.right().stream()))
            .map(Statement::citation),
        c.changedVerdicts().stream().flatMap(v -> v.decisive().stream())
            .flatMap(d -> Stream.of(d.left(), d.right()).flatMap(Optional::stream))
            .map(ConditionResult::citation),
        c.assumptions().stream().map(ParameterRead::citation)).flatMap(s -> s);
    Set<Document> docs = EnumSet.noneOf(Document.class);
    cited.forEach(x -> docs.addAll(x.documents()));
    return ImmutableList.copyOf(docs);
  }

  /** Returns how parameter {@code d} differs, e.g. "only in pm-2024" or "changed". */
  static String describe(ParameterDifference d, String left, String right) {
    return d.change().describe(left, right);
  }

  /**
   * {@return a line's difference for a reader, {@code "+85 HST"}, marked {@code (r)} if it is a
   * rounding difference}
   *
   * @param line the line
   */
  public static String difference(LineComparison line) {
    return Texts.signed(line.difference(), line.unit())
        + (line.isRoundingDifference() ? SummaryTables.ROUNDING_MARK : "");
  }

  /**
   * {@return a reader's label of {@code line}, with the Swedish term: {@code "Education
   * (utbildning)"}}
   *
   * @param line the line
   */
  public static String label(Line line) {
    switch (line) {
      case MINIMUM_STUDENTS: return "Minimum students (minsta antal HST)";
      case COMPENSATED_STUDENTS: return "Compensated students (ersatta HST)";
      case EDUCATION: return "Education (utbildning)";
      case RESEARCH_BASE: return "Research base (basbelopp)";
      case RESEARCH_QUALITY: return "Research quality (kvalitet)";
      case SUPPLEMENT: return "Supplement (tillägg)";
      default: return "Total";
    }
  }
}
