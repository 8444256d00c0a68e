package se.alf.rules.report;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.AmountComparison;
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

/** {@link Format#TEXT}. */
final class TextFormat {

  /** Says what the summary leaves out and how to see it. */
  static final String DETAIL_LEFT_OUT = "The detail (per region and year, every line with its"
      + " assumptions; the parameters, statements and verdicts that differ; the numbered"
      + " assumptions and the sources) is left out: render with Detail.FULL (alf compare"
      + " --detail).";

  private TextFormat() {}

  static String render(Comparison c, Detail detail, Set<AlfRegion> regions) {
    StringBuilder s = new StringBuilder();
    header(c, s);
    String shown = Texts.regionsShown(regions);
    if (!shown.isEmpty()) {
      s.append(shown).append('\n');
    }
    SummaryTables.sections(c, false, regions).forEach(x -> x.text(s));
    SummaryTables.roundingNote(c.summary()).forEach(n -> s.append('\n').append(n).append('\n'));
    if (detail == Detail.SUMMARY) {
      return s.append('\n').append(DETAIL_LEFT_OUT).append('\n').toString();
    }
    detail(c, s, regions);
    return s.toString();
  }

  static void header(Comparison c, StringBuilder s) {
    String l = c.leftLabel();
    String r = c.rightLabel();
    if (c.isOfScenarios()) {
      s.append("Comparison of scenario ").append(l).append(scenario(c.scenario())).append('\n')
          .append("         with ").append(r).append(scenario(c.rightScenario())).append('\n');
      ruleSet(s, "Rule set: ", c.left());
      if (!c.left().id().equals(c.right().id())) {
        ruleSet(s, "      and ", c.right());
      }
    } else {
      s.append("Comparison of ").append(l).append(" (").append(c.left().title()).append(")\n")
          .append("         with ").append(r).append(" (").append(c.right().title())
          .append(")\n").append("Scenario: ").append(c.scenario().name())
          .append(scenario(c.scenario())).append('\n');
    }
    s.append("Years: ").append(c.from()).append("–").append(c.to())
        .append(". Difference = ").append(r).append(" − ").append(l).append(".\n");
    if (!c.warnings().isEmpty()) {
      s.append("\nWarnings (").append(c.warnings().size())
          .append("): read these before the figures\n");
      c.warnings().forEach(w -> s.append("  ").append(w.check()).append(": ")
          .append(w.message()).append('\n'));
    }
  }

  private static String scenario(se.alf.rules.Scenario scenario) {
    return scenario.description().isEmpty() ? "" : " (" + scenario.description() + ")";
  }

  private static void ruleSet(StringBuilder s, String prefix, se.alf.rules.RuleSet r) {
    s.append(prefix).append(r.id()).append(" (").append(r.title()).append(")\n");
  }

  private static void detail(Comparison c, StringBuilder s, Set<AlfRegion> regions) {
    Footnotes notes = new Footnotes(c);
    String l = c.leftLabel();
    String r = c.rightLabel();
    s.append("\nDetail. Notes: the numbers of the assumptions a row rests on; see \"Assumptions\"."
        + " An assumption is not a fact.\n");
    // Per region and year, aligned alike.
    Map<String, Table> blocks = new LinkedHashMap<>();
    int[] widths = new int[0];
    for (AlfRegion region : regions) {
      for (Year year : c.years()) {
        Table t = Table.aligned("LRRRL", "Line", l, r, "Difference", "Notes");
        for (LineComparison line : c.lines(region, year)) {
          t.row(Footnotes.label(line.line()), Texts.swedish(line.left(), line.unit()),
              Texts.swedish(line.right(), line.unit()), Footnotes.difference(line),
              notes.refs(line.assumptions()));
        }
        widths = Table.max(widths, t.widths());
        blocks.put(region.displayName() + ", " + year, t);
      }
    }
    for (Map.Entry<String, Table> b : blocks.entrySet()) {
      s.append('\n').append(b.getKey()).append('\n').append(b.getValue().text("  ", widths));
    }

    s.append("\nNational totals, every line")
        .append(regions.size() < AlfRegion.values().length ? " (all regions)\n" : "\n");
    Table nat = Table.aligned("LLRRR", "Year", "Line", l, r, "Difference");
    for (NationalComparison n : c.national()) {
      String y = n.year().toString();
      for (var line : NationalComparison.MONEY_LINES) {
        amount(nat, y, Footnotes.label(line), n.line(line));
      }
      amount(nat, y, "Research appropriation (anslag)", n.researchAppropriation());
      amount(nat, y, "Returned to the state", n.returnedToState());
    }
    s.append(nat.text("  ", new int[0]));

    parameters(s, "Parameters that differ", c.parameterDifferences(), l, r);
    if (!c.recitedParameters().isEmpty()) {
      parameters(s, "Parameters with the same values, cited differently (not changes)",
          c.recitedParameters(), l, r);
    }
    if (c.isOfScenarios()) {
      parameters(s, "Scenario inputs that differ", c.inputDifferences(), l, r);
    }

    s.append("\nStatements that differ (").append(c.statementDifferences().size()).append(")\n");
    for (StatementDifference d : c.statementDifferences()) {
      s.append("  ").append(d.id()).append(": ").append(d.change().describe(l, r)).append('\n');
      d.left().ifPresent(x -> statement(s, l, x));
      d.right().ifPresent(x -> statement(s, r, x));
    }
    verdicts(c, s, l, r);

    ImmutableList<ParameterRead> assumptions = notes.assumptions();
    s.append("\nAssumptions (").append(assumptions.size()).append(")\n");
    for (ParameterRead a : assumptions) {
      s.append("  [").append(notes.number(a)).append("] ").append(Footnotes.note(a)).append('\n');
    }
    ImmutableList<se.alf.source.Document> sources = Footnotes.sources(c);
    s.append("\nSources (").append(sources.size()).append(")\n");
    sources.forEach(d -> s.append("  ").append(d.shortName()).append(": ").append(d.reference())
        .append('\n'));
  }

  private static void parameters(StringBuilder s, String title, List<ParameterDifference> ds,
      String l, String r) {
    s.append('\n').append(title).append(" (").append(ds.size()).append(")\n");
    for (ParameterDifference d : ds) {
      s.append("  ").append(d.id()).append(": ").append(d.change().describe(l, r)).append('\n');
      side(s, l, d.left());
      side(s, r, d.right());
    }
  }

  private static void verdicts(Comparison c, StringBuilder s, String l, String r) {
    if (c.verdicts().isEmpty()) {
      return;
    }
    s.append("\nClinical research (klinisk forskning), verdicts on ")
        .append(c.verdicts().size()).append(" project(s)\n");
    Table v = Table.aligned("LLLLL", "Project", l, r, "Changed", "Decisive conditions");
    for (VerdictComparison vc : c.verdicts()) {
      v.row(vc.project().title(), verdict(vc.left().isClinicalResearch()),
          verdict(vc.right().isClinicalResearch()), vc.isChanged() ? "yes" : "no",
          decisive(vc));
    }
    s.append(v.text("  ", new int[0]));
    for (VerdictComparison vc : c.changedVerdicts()) {
      for (ConditionDifference d : vc.decisive()) {
        s.append("  ").append(vc.project().title()).append(", ").append(d.id()).append(": ");
        d.left().ifPresent(x -> s.append(l).append(' ').append(x.render()).append("; "));
        d.right().ifPresent(x -> s.append(r).append(' ').append(x.render()));
        s.append('\n');
      }
    }
  }

  private static void amount(Table t, String year, String label, AmountComparison a) {
    t.row(year, label, Texts.money(a.left()), Texts.money(a.right()),
        Texts.signed(a.difference())
            + (a.isRoundingDifference() ? SummaryTables.ROUNDING_MARK : ""));
  }

  private static void side(StringBuilder s, String id, List<ParameterValue> values) {
    if (values.isEmpty()) {
      s.append("    ").append(id).append(": (none)\n");
    }
    for (ParameterValue v : values) {
      s.append("    ").append(id).append(": ").append(v.render()).append('\n');
    }
  }

  private static void statement(StringBuilder s, String id, Statement x) {
    s.append("    ").append(id).append(": ").append(x.text()).append(" (")
        .append(x.citation().render()).append(")\n");
  }

  static String verdict(boolean clinical) {
    return clinical ? "clinical research" : "NOT clinical research";
  }

  static String decisive(VerdictComparison vc) {
    return vc.decisive().stream().map(ConditionDifference::id)
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
