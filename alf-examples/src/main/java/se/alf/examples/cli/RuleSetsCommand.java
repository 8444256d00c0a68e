package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.rules.RuleSet;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/** {@code alf rulesets}: the rule sets found, with their ids, titles and sources. */
@Command(name = "rulesets",
    description = {"The rule sets: ids, titles, the documents they implement.",
        "",
        "Lists every rule set on the class path (found with ServiceLoader): its id (what the other"
            + " commands take as RULESET), title, source (with the full reference of each"
            + " document it rests on: publisher, title, date, address), the first year it applies"
            + " to, the year its own provisions take effect (classify answers as of that year)"
            + " and, for a reform, the rule set it is derived from. A reform that needs an input"
            + " the published scenario lacks (vasterbotten-2024) is listed too; the commands find"
            + " it by id."},
    footerHeading = "%nExample:%n", footer = "  alf rulesets --format markdown")
final class RuleSetsCommand extends CliCommand {

  @Mixin
  private final FormatOption format = new FormatOption();

  RuleSetsCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    if (format.json()) {
      ObjectNode d = JsonWriter.document("rulesets");
      ArrayNode all = d.putArray("rule_sets");
      for (RuleSet rs : Names.allRuleSets().values()) {
        ObjectNode o = JsonWriter.ruleSet(rs);
        o.set("source", JsonWriter.citation(rs.source()));
        o.put("reference", rs.source().reference()).put("first_year", rs.firstYear().getValue())
            .put("reference_year", rs.referenceYear().getValue())
            .put("baseline", rs.baseline().map(RuleSet::id).orElse(null))
            .put("service_loader", Names.registered(rs));
        o.set("parameters", JsonWriter.provenance(Provenance.of(rs)));
        all.add(o);
      }
      return Result.ok(JsonWriter.write(d));
    }
    Format f = format.format();
    if (f == Format.TEXT) {
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
      return Result.ok(s.toString());
    }
    Table t = new Table("id", "title", "source", "url", "first year>", "reference year>",
        "baseline", "service loader", "reference");
    for (RuleSet rs : Names.allRuleSets().values()) {
      t.row(rs.id(), rs.title(), rs.source().render(), rs.source().url().orElse(""),
          rs.firstYear().toString(), rs.referenceYear().toString(),
          rs.baseline().map(RuleSet::id).orElse(""), String.valueOf(Names.registered(rs)),
          rs.source().reference());
    }
    return Result.ok(f == Format.CSV ? format.csv(Map.of("rulesets", t), this::message)
        : t.render(f));
  }
}
