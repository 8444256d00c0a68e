package se.alf.rules.report;

import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.alf.party.AlfRegion;
import org.jspecify.annotations.Nullable;
import se.alf.rules.ConditionResult;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.compare.AmountComparison;
import se.alf.rules.compare.Change;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.ConditionDifference;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.NationalComparison;
import se.alf.rules.compare.ParameterDifference;
import se.alf.rules.compare.ParameterValue;
import se.alf.rules.compare.StatementDifference;
import se.alf.rules.compare.VerdictComparison;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.spi.Statement;

/** {@link Format#MARKDOWN}. */
final class MarkdownFormat {

  private MarkdownFormat() {}

  static String render(Comparison c, Detail detail, Set<AlfRegion> regions) {
    String l = c.leftLabel();
    String r = c.rightLabel();
    StringBuilder s = new StringBuilder();
    s.append("# Comparison: ").append(cell(l)).append(" → ").append(cell(r)).append("\n\n");
    side(s, "Left", l, c.left(), c.isOfScenarios() ? c.scenario() : null);
    side(s, "Right", r, c.right(), c.isOfScenarios() ? c.rightScenario() : null);
    if (!c.isOfScenarios()) {
      s.append("- Scenario: **").append(cell(c.scenario().name())).append("**");
      if (!c.scenario().description().isEmpty()) {
        s.append(", ").append(cell(c.scenario().description()));
      }
      s.append('\n');
    }
    s.append("- Years: ").append(c.from()).append("–").append(c.to()).append("\n- Difference = ")
        .append(cell(r)).append(" − ").append(cell(l)).append('\n');
    if (!c.warnings().isEmpty()) {
      s.append("\n**Warnings** (read these before the figures):\n\n");
      c.warnings().forEach(w -> s.append("- `").append(w.check()).append("`: ")
          .append(cell(w.message())).append('\n'));
    }
    String shown = Texts.regionsShown(regions);
    if (!shown.isEmpty()) {
      s.append('\n').append(shown).append('\n');
    }
    SummaryTables.sections(c, false, regions).forEach(x -> x.markdown(s));
    SummaryTables.roundingNote(c.summary()).forEach(n -> s.append('\n').append(cell(n))
        .append('\n'));
    if (detail == Detail.SUMMARY) {
      return s.append('\n').append(TextFormat.DETAIL_LEFT_OUT).append('\n').toString();
    }
    detail(c, s, l, r, regions);
    return s.toString();
  }

  private static void side(StringBuilder s, String which, String label, RuleSet ruleSet,
      @Nullable Scenario scenario) {
    s.append("- ").append(which).append(": **").append(cell(label)).append("**, ");
    if (scenario != null) {
      s.append("scenario ").append(cell(scenario.name()));
      if (!scenario.description().isEmpty()) {
        s.append(" (").append(cell(scenario.description())).append(')');
      }
      s.append(", rule set ").append(cell(ruleSet.id())).append(", ");
    }
    s.append(cell(ruleSet.title())).append(" (").append(cell(ruleSet.source().render()))
        .append(")\n");
  }

  private static void detail(Comparison c, StringBuilder s, String l, String r,
      Set<AlfRegion> regions) {
    Footnotes notes = new Footnotes(c);
    s.append("\n# Detail\n\n")
        .append("Numbers in the column *Notes* refer to the section *Assumptions*: the value rests"
            + " on those assumptions. An assumption is not a fact; replace it with your own"
            + " figure.\n");
    s.append("\n## National totals, every line")
        .append(regions.size() < AlfRegion.values().length ? " (all regions)\n\n" : "\n\n");
    Table nat = Table.aligned("LLRRR", "Year", "Line", l, r, "Difference");
    for (NationalComparison n : c.national()) {
      for (var line : NationalComparison.MONEY_LINES) {
        amount(nat, n.year(), Footnotes.label(line), n.line(line));
      }
      amount(nat, n.year(), "Research appropriation (anslag)", n.researchAppropriation());
      amount(nat, n.year(), "Returned to the state", n.returnedToState());
    }
    s.append(nat.markdown());

    for (AlfRegion region : regions) {
      s.append("\n## ").append(cell(region.displayName())).append("\n\n");
      Table t = Table.aligned("LLRRRL", "Year", "Line", l, r, "Difference", "Notes");
      for (Year year : c.years()) {
        for (LineComparison line : c.lines(region, year)) {
          t.row(year.toString(), Footnotes.label(line.line()),
              Texts.swedish(line.left(), line.unit()), Texts.swedish(line.right(), line.unit()),
              Footnotes.difference(line), notes.refs(line.assumptions()));
        }
      }
      s.append(t.markdown());
    }

    parameters(s, "Parameters that differ", c.parameterDifferences(), l, r);
    if (!c.recitedParameters().isEmpty()) {
      parameters(s, "Parameters with the same values, cited differently (not changes)",
          c.recitedParameters(), l, r);
    }
    if (c.isOfScenarios()) {
      parameters(s, "Scenario inputs that differ", c.inputDifferences(), l, r);
    }

    s.append("\n## Statements that differ\n\n");
    if (c.statementDifferences().isEmpty()) {
      s.append("None.\n");
    }
    for (StatementDifference d : c.statementDifferences()) {
      s.append("### `").append(d.id()).append("` (").append(d.change().describe(l, r))
          .append(")\n\n");
      d.left().ifPresent(x -> statement(s, l, x));
      d.right().ifPresent(x -> statement(s, r, x));
      s.append('\n');
    }

    if (!c.verdicts().isEmpty()) {
      s.append("\n## Clinical research (klinisk forskning)\n\n");
      Table t = Table.aligned("LLLLL", "Project", l, r, "Changed", "Conditions that differ");
      for (VerdictComparison v : c.verdicts()) {
        t.row(v.project().title(), TextFormat.verdict(v.left().isClinicalResearch()),
            TextFormat.verdict(v.right().isClinicalResearch()), v.isChanged() ? "**yes**" : "no",
            v.differences().stream().map(d -> condition(d, l, r, v.decisive().contains(d)))
                .collect(Collectors.joining("\n")));
      }
      s.append(t.markdown());
    }

    s.append("\n## Assumptions\n\n");
    if (notes.assumptions().isEmpty()) {
      s.append("None.\n");
    }
    for (ParameterRead a : notes.assumptions()) {
      s.append(notes.number(a)).append(". `").append(a.id()).append("` = ")
          .append(cell(a.value())).append(' ').append(cell(a.range())).append(" — ")
          .append(cell(a.citation().render()))
          .append(a.citation().note().map(n -> ". " + cell(n)).orElse("")).append('\n');
    }
    s.append("\n## Sources\n\n");
    for (se.alf.source.Document d : Footnotes.sources(c)) {
      s.append("- **").append(cell(d.shortName())).append("**: ").append(cell(d.reference()))
          .append('\n');
    }
  }

  private static void parameters(StringBuilder s, String title, List<ParameterDifference> ds,
      String l, String r) {
    s.append("\n## ").append(title).append("\n\n");
    if (ds.isEmpty()) {
      s.append("None.\n");
      return;
    }
    Table t = Table.aligned("LLLL", "Parameter", "Change", l, r);
    for (ParameterDifference d : ds) {
      t.row("`" + d.id() + "` " + d.description(), Footnotes.describe(d, l, r),
          values(d.left()), values(d.right()));
    }
    s.append(t.markdown());
  }

  private static void amount(Table t, Year year, String label, AmountComparison a) {
    t.row(year.toString(), label, Texts.money(a.left()), Texts.money(a.right()),
        Texts.signed(a.difference())
            + (a.isRoundingDifference() ? SummaryTables.ROUNDING_MARK : ""));
  }

  private static void statement(StringBuilder s, String id, Statement x) {
    s.append("- **").append(cell(id)).append("**: ").append(cell(x.text())).append(" (")
        .append(cell(x.citation().render())).append(")\n");
  }

  private static String condition(ConditionDifference d, String l, String r, boolean decisive) {
    String which = d.change() == Change.CHANGED ? "met differently" : d.change().describe(l, r);
    String results = java.util.stream.Stream.of(d.left().map(c -> l + ": " + met(c)),
            d.right().map(c -> r + ": " + met(c)))
        .flatMap(java.util.Optional::stream).collect(Collectors.joining("; "));
    return (decisive ? "**" + d.id() + "** (decisive, " : d.id() + " (") + which + "; " + results
        + ")";
  }

  private static String met(ConditionResult c) {
    return (c.met() ? "met" : "failed") + ", " + c.reason() + " [" + c.citation().render() + "]";
  }

  private static String values(List<ParameterValue> values) {
    return values.isEmpty() ? "—"
        : values.stream().map(ParameterValue::render).collect(Collectors.joining("\n"));
  }

  /** Escapes a pipe and flattens line breaks so prose stays on one line (tables: {@link Table}). */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
