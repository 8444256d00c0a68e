package se.alf.examples.cli;

import java.util.Set;
import se.alf.rules.RuleSet;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/** {@code alf rulesets}: the rule sets found, with their ids, titles and sources. */
final class RuleSetsCommand implements Command {

  @Override
  public String name() {
    return "rulesets";
  }

  @Override
  public String synopsis() {
    return "[--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "the rule sets: ids, titles, the documents they implement";
  }

  @Override
  public String help() {
    return "Lists every rule set on the class path (found with ServiceLoader): its id (what the"
        + " other commands take\nas RULESET), title, source (with the full reference of each"
        + " document it rests on: publisher,\ntitle, date, address), the first year it applies"
        + " to, the year its own provisions take effect\n(classify answers as of that year) and,"
        + " for a reform, the rule set it is derived from. A reform that\nneeds an input the"
        + " published scenario lacks (vasterbotten-2024) is listed too; the commands find it\nby"
        + " id. The text output also counts each rule set's parameters by basis (agreement text,\n"
        + "published figures, labelled assumptions, inputs).\n\n"
        + "Options:\n  --format text|csv|markdown  (default text)\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = FormatOption.of(args);
    args.requireNoPositionals();
    if (format == Format.TEXT) {
      StringBuilder s = new StringBuilder();
      for (RuleSet rs : Names.allRuleSets().values()) {
        s.append(rs.id()).append(": ").append(rs.title()).append('\n')
            .append("  source: ").append(rs.source().reference()).append('\n')
            .append("  applies from ").append(rs.firstYear()).append("; own provisions from ")
            .append(rs.referenceYear())
            .append(rs.baseline().map(b -> "; derived from " + b.id()).orElse(""))
            .append(Names.registered(rs) ? "" : "; not found by ServiceLoader (Reforms.byId)")
            .append('\n')
            .append("  parameters: ").append(Provenance.of(rs).breakdown()).append('\n');
      }
      context.out().print(s);
      return Cli.OK;
    }
    Table t = new Table("id", "title", "source", "url", "first year>", "reference year>",
        "baseline", "service loader", "reference");
    for (RuleSet rs : Names.allRuleSets().values()) {
      t.row(rs.id(), rs.title(), rs.source().render(), rs.source().url().orElse(""),
          rs.firstYear().toString(), rs.referenceYear().toString(),
          rs.baseline().map(RuleSet::id).orElse(""), String.valueOf(Names.registered(rs)),
          rs.source().reference());
    }
    context.out().print(t.render(format));
    return Cli.OK;
  }
}
