package se.alf.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.backtest.Backtest;
import se.alf.rules.backtest.Measure;
import se.alf.rules.backtest.PublishedActual;
import se.alf.rules.report.Csv;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf backtest [RULESET]}: the model beside every published actual, with the difference,
 * the percentage and the mean absolute error per measure.
 */
final class BacktestCommand implements Command {

  /** The rule set run when none is named. */
  static final String DEFAULT_RULE_SET = "alf-2014";

  @Override
  public String name() {
    return "backtest";
  }

  @Override
  public String synopsis() {
    return "[RULESET] [--scenario FILE] [--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "the model beside every published actual: difference, percentage, mean error";
  }

  @Override
  public String help() {
    return "Arguments:\n"
        + "  RULESET  a rule set id (default " + DEFAULT_RULE_SET + "; alf rulesets)\n\n"
        + "Runs the rule set on the scenario for every year and region (or the nation) with a"
        + " published figure\nof what was actually paid (UKÄ's national totals 2017–2021, the"
        + " regions' own figures), and prints\nmodel, published, model − published and its"
        + " percentage, each with its source, then the mean\nabsolute error per measure. The"
        + " published figures are read from a data file shipped with alf-rules.\n\n"
        + "Options:\n"
        + ScenarioOption.HELP
        + "  --format text|csv|markdown  (default text); CSV amounts in kronor with a decimal"
        + " point\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format", "scenario");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = FormatOption.of(args);
    List<String> p = args.positionals();
    if (p.size() > 1) {
      throw new UsageException("expected at most RULESET, e.g. 'alf backtest alf-2014'; got "
          + p.size() + " arguments");
    }
    RuleSet ruleSet = Names.ruleSet("RULESET", p.isEmpty() ? DEFAULT_RULE_SET : p.get(0));
    Scenario scenario = ScenarioOption.of(args);
    Backtest b = Backtest.run(ruleSet, scenario);
    if (format == Format.CSV) {
      context.err().println("alf: backtest: " + b.provenance().line());
      b.stamp().lines().forEach(l -> context.err().println("alf: backtest: " + l));
    }
    context.out().print(render(ruleSet, scenario, b, format));
    return Cli.OK;
  }

  static String render(RuleSet ruleSet, Scenario scenario, Backtest b, Format format) {
    boolean csv = format == Format.CSV;
    Map<String, Integer> sources = new LinkedHashMap<>();
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
    Table mae = csv
        ? new Table("measure", "rows", "mean_absolute_error_sek", "mean_absolute_percent")
        : new Table("measure", "rows>", "mean absolute error>", "mean |%|>");
    for (Measure m : b.measures()) {
      long n = b.rows().stream().filter(r -> r.actual().measure() == m).count();
      mae.row(m.id(), String.valueOf(n), Output.sek(b.meanAbsoluteError(m).orElseThrow(), format),
          percent(b.meanAbsolutePercentage(m).orElseThrow(), csv));
    }
    if (csv) {
      return t.render(format) + Csv.CRLF + mae.render(format);
    }
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
