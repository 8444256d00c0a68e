package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.backtest.Backtest;
import se.alf.rules.backtest.Measure;
import se.alf.rules.backtest.PublishedActual;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf backtest [RULESET]}: the model beside every published actual, with the difference,
 * the percentage and the mean absolute error per measure.
 */
@Command(name = "backtest",
    description = {"The model beside every published actual: difference, percentage, mean"
        + " error.",
        "",
        "Runs the rule set on the scenario for every year and region (or the nation) with a"
            + " published figure of what was actually paid (UKÄ's national totals 2017–2021, the"
            + " regions' own figures), and prints model, published, model − published and its"
            + " percentage, each with its source, then the mean absolute error per measure. The"
            + " published figures are read from a data file shipped with alf-rules.",
        "",
        "CSV: amounts in kronor with a decimal point; two tables, actuals and errors (--table"
            + " NAME for one; in excel-sv one a file)."},
    footerHeading = "%nExample:%n", footer = "  alf backtest alf-2014 --format markdown")
final class BacktestCommand extends CliCommand {

  /** The rule set run when none is named. */
  static final String DEFAULT_RULE_SET = "alf-2014";

  @Parameters(index = "0", arity = "0..1", paramLabel = "RULESET",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "a rule set id (default " + DEFAULT_RULE_SET + "; alf rulesets)")
  private String ruleSetId = DEFAULT_RULE_SET;

  @Mixin
  private final ScenarioOption scenario = new ScenarioOption();

  @Mixin
  private final FormatOption format = new FormatOption();

  BacktestCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    RuleSet ruleSet = Names.ruleSet("RULESET", ruleSetId);
    Scenario s = scenario.scenario();
    Backtest b = Backtest.run(ruleSet, s);
    if (format.json()) {
      return Result.ok(JsonWriter.write(json(ruleSet, s, b)));
    }
    Format f = format.format();
    if (f == Format.CSV) { // tables on the output; what they rest on on the error stream
      Map<String, Table> tables = new LinkedHashMap<>();
      tables.put("actuals", actuals(b, f, new LinkedHashMap<>()));
      tables.put("errors", errors(b, f));
      List<String> notes = new ArrayList<>();
      String csv = format.csv(tables, notes::add);
      message(b.provenance().line());
      b.stamp().lines().forEach(this::message);
      notes.forEach(this::message);
      return Result.ok(csv);
    }
    return Result.ok(render(ruleSet, s, b, f));
  }

  /** The backtest as JSON: a row per published actual, the errors per measure, the skipped. */
  static ObjectNode json(RuleSet ruleSet, Scenario scenario, Backtest b) {
    ObjectNode d = JsonWriter.document("backtest", b.stamp());
    d.set("rule_set", JsonWriter.ruleSet(ruleSet));
    d.set("scenario", JsonWriter.scenario(scenario));
    ArrayNode rows = d.putArray("actuals");
    for (Backtest.Row r : b.rows()) {
      PublishedActual a = r.actual();
      ObjectNode o = rows.addObject().put("scope", a.scope()).put("year", a.year().getValue())
          .put("measure", a.measure().id());
      o.set("model", JsonWriter.money(r.model()));
      o.set("published", JsonWriter.money(a.amount()));
      o.set("difference", JsonWriter.money(r.difference()));
      o.put("difference_percent", r.percentage())
          .put("rests_on_assumptions", r.restsOnAssumptions())
          .put("as_published", a.asPublished()).put("source", a.source()).put("url", a.url())
          .put("caveat", a.caveat().isEmpty() ? null : a.caveat());
    }
    ArrayNode errors = d.putArray("errors");
    for (Measure m : b.measures()) {
      ObjectNode o = errors.addObject().put("measure", m.id())
          .put("rows", b.rows().stream().filter(r -> r.actual().measure() == m).count());
      o.set("mean_absolute_error", JsonWriter.money(b.meanAbsoluteError(m).orElseThrow()));
      o.put("mean_absolute_percent", b.meanAbsolutePercentage(m).orElseThrow());
    }
    ArrayNode skipped = d.putArray("skipped");
    b.skipped().forEach(a -> skipped.addObject().put("scope", a.scope())
        .put("year", a.year().getValue()).put("measure", a.measure().id()));
    return d;
  }

  /** A row per published actual; in text and Markdown, the notes of its sources numbered. */
  private static Table actuals(Backtest b, Format format, Map<String, Integer> sources) {
    boolean csv = format == Format.CSV;
    Table t = csv
        ? new Table("scope", "year", "measure", "model_sek", "published_sek", "difference_sek",
            "difference_percent", "as_published", "source", "url", "caveat")
        : new Table("scope", "year", "measure", "model>", "published>", "model − published>",
            "%>", "source");
    for (Backtest.Row r : b.rows()) {
      PublishedActual a = r.actual();
      String star = r.restsOnAssumptions() && !csv
          ? (format == Format.MARKDOWN ? "\\*" : "*") : "";
      List<String> row = new ArrayList<>(List.of(a.scope(), a.year().toString(),
          a.measure().id(), Output.sek(r.model(), format) + star,
          Output.sek(a.amount(), format), Output.sek(r.difference(), format),
          percent(r.percentage(), csv)));
      if (csv) {
        row.addAll(List.of(a.asPublished(), a.source(), a.url(), a.caveat()));
      } else {
        int note = sources.computeIfAbsent(a.url() + "\n" + a.caveat(), u -> sources.size() + 1);
        row.add("[" + note + "] " + a.asPublished());
      }
      t.row(row.toArray(new String[0]));
    }
    return t;
  }

  /** The mean absolute error per measure. */
  private static Table errors(Backtest b, Format format) {
    boolean csv = format == Format.CSV;
    Table mae = csv
        ? new Table("measure", "rows", "mean_absolute_error_sek", "mean_absolute_percent")
        : new Table("measure", "rows>", "mean absolute error>", "mean |%|>");
    for (Measure m : b.measures()) {
      long n = b.rows().stream().filter(r -> r.actual().measure() == m).count();
      mae.row(m.id(), String.valueOf(n), Output.sek(b.meanAbsoluteError(m).orElseThrow(), format),
          percent(b.meanAbsolutePercentage(m).orElseThrow(), csv));
    }
    return mae;
  }

  static String render(RuleSet ruleSet, Scenario scenario, Backtest b, Format format) {
    Map<String, Integer> sources = new LinkedHashMap<>();
    Table t = actuals(b, format, sources);
    Table mae = errors(b, format);
    boolean md = format == Format.MARKDOWN;
    String title = "Backtest of " + ruleSet.id() + " (" + ruleSet.title() + ")";
    StringBuilder s = new StringBuilder();
    s.append(b.provenance().line()).append("; compared with ").append(b.rows().size())
        .append(" published actuals").append(md ? "\n\n" : "\n");
    s.append(md ? "## " + title + "\n\n" : title + "\n");
    s.append(Output.scenarioLine(scenario)).append("\n\n");
    s.append(t.render(format)).append('\n');
    s.append(md ? "### Mean absolute error\n\n" : "Mean absolute error per measure:\n");
    s.append(mae.render(format)).append('\n');
    s.append(md ? "\\* " : "* ").append("the model's figure rests on at least one assumption"
        + " (alf allocate lists them)\n");
    if (!b.skipped().isEmpty()) {
      s.append(md ? "\n" : "").append("Not compared (before ").append(ruleSet.id())
          .append("'s first year, ").append(ruleSet.firstYear()).append("): ");
      List<String> skipped = new ArrayList<>();
      for (PublishedActual a : b.skipped()) {
        skipped.add(a.scope() + " " + a.year() + " " + a.measure().id());
      }
      s.append(String.join(", ", skipped)).append('\n');
    }
    s.append(md ? "\n### Sources\n\n" : "\nSources:\n");
    Map<String, PublishedActual> first = new LinkedHashMap<>();
    b.rows().forEach(r -> first.putIfAbsent(r.actual().url() + "\n" + r.actual().caveat(),
        r.actual()));
    for (Map.Entry<String, Integer> e : sources.entrySet()) {
      PublishedActual a = first.get(e.getKey());
      s.append(md ? "- " : "  ").append('[').append(e.getValue()).append("] ").append(a.source())
          .append(". ").append(a.url())
          .append(a.caveat().isEmpty() ? "" : ". Caveat: " + a.caveat()).append('\n');
    }
    return s.append(format.footer(b.stamp())).toString();
  }

  /** A percentage as every reader's table writes a decimal: comma in text, point in CSV. */
  private static String percent(java.math.BigDecimal p, boolean csv) {
    String plain = p.toPlainString();
    return csv ? plain : plain.replace('.', ',');
  }
}
