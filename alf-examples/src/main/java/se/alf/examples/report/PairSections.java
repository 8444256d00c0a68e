package se.alf.examples.report;

import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.ParameterDifference;
import se.alf.rules.compare.ParameterValue;
import se.alf.rules.compare.StatementDifference;
import se.alf.rules.compare.VerdictComparison;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.report.Footnotes;
import se.alf.rules.report.Format;
import se.alf.rules.report.Section;
import se.alf.rules.report.Table;
import se.alf.rules.report.Texts;
import se.alf.rules.spi.Statement;
import se.alf.source.Document;

/**
 * The sections of one comparison of two rule sets in the report: its summary, then per region
 * every line with its explanation folded under it, the parameters that differ, the numbered
 * assumptions with their sources, and the sources. Ids start with a prefix, so that several
 * comparisons share one page.
 */
final class PairSections {

  private final Comparison c;
  private final String prefix;
  private final Footnotes notes;

  PairSections(Comparison c, String prefix) {
    this.c = c;
    this.prefix = prefix;
    this.notes = new Footnotes(c);
  }

  /** The summary's sections, as every format has them, and the note on rounding. */
  void summary(StringBuilder b, String heading) {
    for (Section s : Format.TEXT.sections(c, EnumSet.allOf(AlfRegion.class))) {
      Html.section(b, s, Html.id(prefix, "summary"), heading);
    }
    Footnotes.roundingNote(c).forEach(n -> Html.paragraph(b, "note", n));
  }

  /** Per region, every line of every year, each with its two explanations folded under it. */
  void regions(StringBuilder b, String heading) {
    Html.paragraph(b, "note", "Each row is a line of a region and year; open it for how each"
        + " rule set computed it (the explanation tree: every step with its rule, its citation"
        + " and the values it read). Notes: the numbers of the assumptions the row rests on (see"
        + " Assumptions). A difference marked (r) is one öre of rounding, not a change.");
    for (AlfRegion r : AlfRegion.values()) {
      b.append("<section class=\"region\" id=\"").append(Html.regionId(prefix, r)).append("\">\n<")
          .append(heading).append('>').append(Html.esc(r.displayName())).append("</")
          .append(heading).append(">\n<div class=\"lines\">\n<div class=\"row head\">")
          .append("<span>Year</span><span>Line</span><span class=\"num\">")
          .append(Html.esc(c.leftLabel())).append("</span><span class=\"num\">")
          .append(Html.esc(c.rightLabel())).append("</span><span class=\"num\">Difference</span>")
          .append("<span>Notes</span></div>\n");
      for (Year y : c.years()) {
        boolean first = true;
        for (LineComparison line : c.lines(r, y)) {
          line(b, line, first);
          first = false;
        }
      }
      b.append("</div>\n</section>\n");
    }
  }

  private void line(StringBuilder b, LineComparison line, boolean firstOfYear) {
    b.append("<details class=\"line").append(line.isMaterialChange() ? " changed" : "")
        .append(firstOfYear ? " year" : "")
        .append("\" id=\"").append(Html.id(prefix, line.region().name(),
            line.year().toString(), line.line().name())).append("\"><summary>");
    cell(b, "", line.year().toString());
    cell(b, "", Footnotes.label(line.line()));
    cell(b, "num", Texts.swedish(line.left(), line.unit()));
    cell(b, "num", Texts.swedish(line.right(), line.unit()));
    cell(b, "num", Footnotes.difference(line));
    cell(b, "refs", notes.refs(line.assumptions()));
    b.append("</summary>\n<pre class=\"explanation\">");
    tree(b, c.leftLabel(), line.leftExplanation());
    b.append('\n');
    tree(b, c.rightLabel(), line.rightExplanation());
    b.append("</pre></details>\n");
  }

  private static void cell(StringBuilder b, String cls, String text) {
    b.append(cls.isEmpty() ? "<span>" : "<span class=\"" + cls + "\">").append(Html.esc(text))
        .append("</span>");
  }

  private static void tree(StringBuilder b, String label, Explanation e) {
    b.append("<b>").append(Html.esc(label)).append("</b>\n").append(Html.esc(e.render()));
  }

  /** The parameters whose values differ, and those cited differently, with their sources. */
  void parameters(StringBuilder b, String heading) {
    parameters(b, heading, "parameters", "Parameters that differ", c.parameterDifferences());
    if (!c.recitedParameters().isEmpty()) {
      parameters(b, heading, "recited", "Parameters with the same values, cited differently"
          + " (not changes)", c.recitedParameters());
    }
    if (c.isOfScenarios()) {
      parameters(b, heading, "inputs", "Scenario inputs that differ", c.inputDifferences());
    }
  }

  /** The statements (what is not computed) that differ, with their citations. */
  void statements(StringBuilder b, String heading) {
    Table t = Table.aligned("LLLL", "Statement", "Change", c.leftLabel(), c.rightLabel());
    for (StatementDifference d : c.statementDifferences()) {
      t.row(d.id(), d.change().describe(c.leftLabel(), c.rightLabel()), statement(d.left()),
          statement(d.right()));
    }
    Html.section(b, new Section("statements", "Statements that differ", t,
        t.isEmpty() ? List.of("None.") : List.of()), prefix, heading);
  }

  private static String statement(Optional<Statement> s) {
    return s.map(x -> x.text() + " (" + x.citation().render() + ")").orElse("—");
  }

  /** The verdicts on the research projects, with the conditions decided differently. */
  void verdicts(StringBuilder b, String heading) {
    if (c.verdicts().isEmpty()) {
      return;
    }
    Table t = Table.aligned("LLLLL", "Project", c.leftLabel(), c.rightLabel(), "Changed",
        "Conditions that differ");
    for (VerdictComparison v : c.verdicts()) {
      t.row(v.project().title(), verdict(v.left().isClinicalResearch()),
          verdict(v.right().isClinicalResearch()), v.isChanged() ? "yes" : "no",
          v.differences().stream().map(d -> d.id() + (v.decisive().contains(d) ? " (decisive)"
              : "")).collect(Collectors.joining(", ")));
    }
    Html.section(b, new Section("verdicts", "Clinical research (klinisk forskning): verdicts on"
        + " " + c.verdicts().size() + " project(s)", t, List.of()), prefix, heading);
  }

  private static String verdict(boolean clinical) {
    return clinical ? "clinical research" : "not clinical research";
  }

  private void parameters(StringBuilder b, String heading, String id, String title,
      List<ParameterDifference> ds) {
    Table t = Table.aligned("LLLL", "Parameter", "Change", c.leftLabel(), c.rightLabel());
    for (ParameterDifference d : ds) {
      t.row(d.id() + " — " + d.description(), d.change().describe(c.leftLabel(),
          c.rightLabel()), values(d.left()), values(d.right()));
    }
    Html.section(b, new Section(id, title, t, ds.isEmpty() ? List.of("None.") : List.of()),
        prefix, heading);
  }

  private static String values(List<ParameterValue> values) {
    return values.isEmpty() ? "—"
        : values.stream().map(ParameterValue::render).collect(Collectors.joining("\n"));
  }

  /** The numbered assumptions, each with its value, dates, source and why it was chosen. */
  void assumptions(StringBuilder b, String heading) {
    b.append("<section class=\"assumptions\" id=\"").append(Html.id(prefix, "assumptions"))
        .append("\">\n<").append(heading).append(">Assumptions</").append(heading).append(">\n");
    Html.paragraph(b, "note", "An assumption is a labelled figure where no source gives one: not"
        + " a fact. Replace it with your own (a scenario, or a reform of a rule set).");
    b.append("<ol>\n");
    for (ParameterRead a : notes.assumptions()) {
      b.append("<li value=\"").append(notes.number(a)).append("\" id=\"")
          .append(Html.id(prefix, "assumption",
          String.valueOf(notes.number(a)))).append("\"><code>").append(Html.esc(a.id()))
          .append("</code> = ").append(Html.esc(a.value() + " " + a.range())).append(" — ")
          .append(Html.esc(a.citation().render()
              + a.citation().note().map(n -> ". " + n).orElse(""))).append("</li>\n");
    }
    b.append("</ol>\n</section>\n");
  }

  /** The documents cited, each once, with their full reference. */
  void sources(StringBuilder b, String heading) {
    b.append("<section class=\"sources\" id=\"").append(Html.id(prefix, "sources"))
        .append("\">\n<").append(heading).append(">Sources</").append(heading).append(">\n<ul>\n");
    for (Document d : Footnotes.sources(c)) {
      b.append("<li><b>").append(Html.esc(d.shortName())).append("</b>: ")
          .append(Html.esc(d.reference())).append("</li>\n");
    }
    b.append("</ul>\n</section>\n");
  }
}
