package se.alf.examples.cli;

import java.util.List;
import java.util.Optional;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Finding;
import se.alf.rules.Scenario;
import se.alf.rules.compare.Unit;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.report.Csv;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;
import se.alf.rules.report.Texts;

/** How the commands write amounts, students and the footnote of assumptions. */
final class Output {

  private Output() {}

  /**
   * {@code "90 539 471,34 kr"} in text and Markdown, {@code "90539471.34"} in CSV: the one way of
   * {@link Texts}.
   */
  static String sek(Sek amount, Format format) {
    return format == Format.CSV ? Texts.plain(amount.toRatio(), Unit.SEK) : Texts.money(amount);
  }

  /**
   * {@code "9600/11 ≈ 872,73"} in text and Markdown (exact, then rounded, as {@code compare} and
   * the library write it: {@link FullYearStudents#format(Ratio)}); in CSV a decimal with at least
   * two places, exact when the decimals end, else rounded half to even to two ({@code "872.73"},
   * {@link Texts#plain}), as every command's CSV writes students; the unit is in the column's
   * header.
   */
  static String students(FullYearStudents students, Format format) {
    Ratio r = students.value();
    return format == Format.CSV ? Texts.plain(r, Unit.HST) : FullYearStudents.format(r);
  }

  /** The line naming the scenario, and where its figures come from. */
  static String scenarioLine(Scenario scenario) {
    return "Scenario: " + scenario.name() + " (" + scenario.description() + ")";
  }

  /**
   * Returns the warnings of a result as a section to print before its figures (text and markdown),
   * or empty where there are none. CSV holds one table, so a command prints them on standard error
   * instead ({@link #warningLines}).
   */
  static String warnings(List<Finding> warnings, Format format) {
    if (warnings.isEmpty() || format == Format.CSV) {
      return "";
    }
    StringBuilder s = new StringBuilder(format == Format.MARKDOWN
        ? "**Warnings** (read these before the figures):\n\n"
        : "Warnings (" + warnings.size() + "): read these before the figures\n");
    for (Finding w : warnings) {
      s.append(format == Format.MARKDOWN ? "- `" + w.check() + "`: " : "  " + w.check() + ": ")
          .append(w.message()).append('\n');
    }
    return s.append('\n').toString();
  }

  /** Returns one line per warning, for standard error: {@code warning input-ends: …}. */
  static List<String> warningLines(List<Finding> warnings) {
    return warnings.stream().map(w -> "warning " + w.check() + ": " + w.message()).toList();
  }

  /**
   * Returns the footnote listing {@code assumptions}: for each its key, value, range and note.
   * Empty if there are none. In CSV, a second table after an empty line, with CRLF line ends.
   */
  static String assumptions(List<ParameterRead> assumptions, Format format) {
    if (assumptions.isEmpty()) {
      return format == Format.CSV ? "" : "\nAssumptions: none; every figure used is published, set"
          + " by the agreement or given as input.\n";
    }
    switch (format) {
      case CSV:
        return Csv.CRLF + assumptionsTable(assumptions).orElseThrow().csv();
      case MARKDOWN: {
        Table t = new Table("assumption", "key", "value", "range", "note");
        int i = 1;
        for (ParameterRead a : assumptions) {
          t.row("[" + i++ + "]", a.id(), a.value(), a.range(), note(a));
        }
        return "\n**Assumptions.** These figures are not published; they are labelled assumptions"
            + " that let the rules run. Replace them with your own (`--scenario FILE`, or"
            + " `--reform FILE` where the rule set sets them itself; `alf keys RULESET` says"
            + " which).\n\n"
            + t.render(Format.MARKDOWN);
      }
      default: {
        StringBuilder s = new StringBuilder("\nAssumptions (not published figures; replace them"
            + " with your own with --scenario FILE, or with --reform FILE where the rule set sets"
            + " them itself; `alf keys RULESET` says which):\n");
        int n = 1;
        for (ParameterRead a : assumptions) {
          s.append("  [").append(n++).append("] ").append(a.id()).append(" = ").append(a.value())
              .append(' ').append(a.range()).append('\n')
              .append("      ").append(note(a)).append('\n');
        }
        return s.toString();
      }
    }
  }

  /** The assumptions as a CSV table of their own, or empty if there are none. */
  static Optional<Table> assumptionsTable(List<ParameterRead> assumptions) {
    if (assumptions.isEmpty()) {
      return Optional.empty();
    }
    Table c = new Table("assumption_key", "value", "range", "note");
    assumptions.forEach(a -> c.row(a.id(), a.value(), a.range(), note(a)));
    return Optional.of(c);
  }

  private static String note(ParameterRead a) {
    return a.citation().note().map(n -> n + " (" + a.citation().render() + ")")
        .orElse(a.citation().render());
  }
}
