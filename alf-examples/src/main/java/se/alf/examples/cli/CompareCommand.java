package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.alf.examples.chart.ComparisonChart;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.Projects;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.rules.RuleSet;
import se.alf.rules.Line;
import se.alf.rules.Scenario;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Detail;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf compare LEFT RIGHT [MORE…] FROM TO}: rule sets side by side over a range of years,
 * with {@link Comparison} (two), {@link MultiComparison} (more) and their renderings
 * ({@link Format}); {@code alf compare RULESET FROM TO --scenario FILE}: one rule set on two
 * scenarios ({@link Comparison#ofScenarios}); {@code --why REGION YEAR}: where two explanations
 * part.
 */
@Command(name = "compare",
    customSynopsis = {"alf compare [OPTIONS] LEFT RIGHT [MORE...] FROM TO",
        "   or: alf compare [OPTIONS] RULESET FROM TO -s FILE [--against FILE]"},
    description = {"Rule sets side by side over a range of years: money, students, rules,"
        + " verdicts; or one rule set on two scenarios.",
        "",
        "Prints a summary first: the national totals per year, the difference in totals per"
            + " region and year, the lines that drive the difference, what the figures rest on"
            + " (how many values are assumptions) and what else differs. With --detail, then per"
            + " ALF region and year each line (minimum and compensated full-year students,"
            + " education, research base and quality, supplement, total) under both rule sets"
            + " and the difference RIGHT − LEFT; the national totals of every line; the"
            + " parameters and provisions that differ; the verdicts on research projects that"
            + " differ; and, numbered, the assumptions the values rest on. A difference of one"
            + " öre is rounding, marked (r), not a change.",
        "",
        "With more than two rule sets (LEFT RIGHT MORE… FROM TO): each rule set's national"
            + " and regional totals, and the winners and losers per region against LEFT.",
        "",
        "With one rule set (RULESET FROM TO): the scenario of --scenario FILE (right) against"
            + " the published scenario, or against the scenario of --against FILE (left).",
        "",
        "vasterbotten-2024 needs an input from 2026 that the published scenario lacks, the key"
            + " reform.regionalisation-supplement: give it with --scenario FILE.",
        "",
        "CSV has the summary's tables (national, regions, drivers, basis, others), and with"
            + " --detail lines (one row per region, year and line, with the ids of the"
            + " assumptions each rests on) and assumptions; --table NAME writes one of them, and"
            + " excel-sv writes one a file (national unless --table says another). Full-year"
            + " students are decimals, exact when they end, else rounded half to even to 2 places"
            + " (872.73). JSON: one document, the summary, and the detail with --detail."},
    footerHeading = "%nExamples:%n",
    footer = {"  alf compare alf-2014 pm-2024 2024 2030",
        "  alf compare alf-2014 pm-2024 2026 2028 -r orebro -f markdown -o cmp.md",
        "  alf compare alf-2014 pm-2024 2024 2030 --chart compare.svg",
        "  alf compare pm-2024 vasterbotten-2024 2026 2028 -s supplement.json",
        "  alf compare alf-2014 pm-2024 vasterbotten-2024 2027 2027 -s supplement.json",
        "  alf compare pm-2024 2027 2027 -s mine.json",
        "  alf compare alf-2014 pm-2024 2027 2027 --why orebro 2027"})
final class CompareCommand extends CliCommand {

  @Parameters(arity = "3..*", paramLabel = "LEFT RIGHT [MORE...] FROM TO",
      hideParamSyntax = true,
      completionCandidates = ReformOption.RuleSetIds.class,
      description = {"the rule sets (alf rulesets; differences are each − LEFT), then the first"
          + " and the last year, inclusive; or RULESET FROM TO with --scenario FILE"})
  private List<String> positionals = new ArrayList<>();

  @Option(names = "--against", paramLabel = "FILE",
      description = "with one RULESET: the scenario compared with (left; default the published"
          + " scenario); --scenario FILE gives the right")
  private String against;

  @Option(names = "--why", arity = "2", paramLabel = "REGION YEAR", hideParamSyntax = true,
      description = "instead of the comparison: why the line (--line, default total) of REGION"
          + " in YEAR differs: each step where the two explanations part, with the parameters"
          + " read differently there")
  private List<String> why = new ArrayList<>();

  @Option(names = "--line", paramLabel = "LINE",
      description = "with --why: the line (minimum-students, compensated-students, education,"
          + " research-base, research-quality, supplement, total; default total)")
  private String whyLine;

  @Option(names = "--example", paramLabel = "NAME",
      completionCandidates = ClassifyCommand.Examples.class,
      description = "compare the verdicts on this cited example (repeatable;"
          + " ${COMPLETION-CANDIDATES}; default: all of them)")
  private List<String> examples = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE",
      description = "compare the verdicts on the projects of FILE instead (alf classify --help)")
  private String file;

  @Option(names = {"-d", "--detail"},
      description = "after the summary, the detail: per region and year every line with the"
          + " assumptions it rests on, the national totals of every line, the parameters,"
          + " statements and verdicts that differ, the numbered assumptions and the sources")
  private boolean full;

  @Option(names = "--chart", paramLabel = "FILE.svg",
      description = "also draw the comparison, SVG, to FILE: each region's total summed over the"
          + " years and the national total per year, a bar per rule set (replaced if it exists;"
          + " FILE's folder must exist)")
  private String chart;

  @Mixin
  private final RegionOption regions = new RegionOption();

  @Mixin
  private final ScenarioOption scenario = new ScenarioOption();

  @Mixin
  private final ReformOption reform = new ReformOption();

  @Mixin
  private final FormatOption format = new FormatOption();

  CompareCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    boolean json = format.json();
    int n = positionals.size();
    if (n == 3 && !Names.isYear(positionals.get(1))) {
      throw new UsageException("expected LEFT RIGHT FROM TO; missing TO (alf compare --help)");
    }
    List<RuleSet> ruleSets = new ArrayList<>();
    for (int i = 0; i < n - 2; i++) {
      String what = i == 0 ? (n == 3 ? "RULESET" : "LEFT") : i == 1 ? "RIGHT" : "MORE";
      ruleSets.add(reform.ruleSet(what, positionals.get(i)));
    }
    reform.requireNamedIn(ruleSets);
    requireOnce(ruleSets);
    Year from = Names.year("FROM", positionals.get(n - 2));
    Year to = Names.year("TO", positionals.get(n - 1));
    if (from.isAfter(to)) {
      throw new UsageException("FROM " + from + " is after TO " + to);
    }
    Set<AlfRegion> shown = regions.regions();
    requireFitting(ruleSets.size());
    Path chartPath = chart == null ? null : OutputOption.svg("--chart", chart);
    if (ruleSets.size() > 2) {
      return multi(ruleSets, from, to, json, chartPath);
    }
    Comparison c = ruleSets.size() == 1
        ? Comparison.ofScenarios(ruleSets.get(0), ScenarioOption.published("--against", against),
            scenario.scenario(), from, to).withProjects(projects())
        : Comparison.of(ruleSets.get(0), ruleSets.get(1)).withProjects(projects())
            .over(scenario.scenario(), from, to);
    if (!why.isEmpty()) {
      AlfRegion region = Names.region("--why REGION", why.get(0));
      Year year = Names.year("--why YEAR", why.get(1));
      if (year.isBefore(from) || year.isAfter(to)) {
        throw new UsageException("--why YEAR " + year + " is not among the years compared, "
            + from + "–" + to);
      }
      Line line = whyLine == null ? Line.TOTAL : Names.line("--line", whyLine);
      return Result.ok(format.format().why(c, region, year, line));
    }
    if (chartPath != null) {
      OutputOption.writeFile("--chart", chartPath, ComparisonChart.svg(c, shown));
    }
    return render(c, shown, json);
  }

  /** Refuses a rule set given twice among more than two: each is a column of its own. */
  private static void requireOnce(List<RuleSet> ruleSets) {
    if (ruleSets.size() <= 2) {
      return;
    }
    Set<String> ids = new java.util.HashSet<>();
    for (RuleSet r : ruleSets) {
      if (!ids.add(r.id())) {
        throw new UsageException("rule set " + Terminal.quote(r.id()) + " is given twice; with"
            + " more than two rule sets each is a column of its own, so give each once");
      }
    }
  }

  /** Refuses the options that do not fit the number of rule sets given, naming them. */
  private void requireFitting(int ruleSets) {
    if (ruleSets == 1 && !scenario.given()) {
      throw new UsageException("one RULESET compares two scenarios: give the other with"
          + " --scenario FILE (compared with the published scenario, or with --against FILE)");
    }
    if (ruleSets > 1 && against != null) {
      throw new UsageException("--against works with one RULESET (two scenarios); with "
          + ruleSets + " rule sets every one runs on --scenario");
    }
    if (why.size() > 2) {
      throw new UsageException("--why is given " + why.size() / 2 + " times: it explains one"
          + " line of one region and year; run the command once for each");
    }
    if (!why.isEmpty() && (chart != null || full || regions.given()
        || format.csvOptionsGiven())) {
      String clash = chart != null ? "--chart" : full ? "--detail"
          : regions.given() ? "--region" : "--csv-dialect or --table";
      throw new UsageException(clash + " shapes the comparison's output; --why explains one line"
          + " of one region and year: give one of them");
    }
    if (!why.isEmpty() && format.json()) {
      throw new UsageException("--why writes text, csv or markdown; in a program, ask the"
          + " library: Comparison.why(region, year, line)");
    }
    if (ruleSets > 2 && (!why.isEmpty() || regions.given())) {
      throw new UsageException((why.isEmpty() ? "--region" : "--why") + " works with two rule"
          + " sets; with " + ruleSets + ", compare two of them");
    }
    if (why.isEmpty() && whyLine != null) {
      throw new UsageException("--line works with --why REGION YEAR");
    }
  }

  private Result multi(List<RuleSet> ruleSets, Year from, Year to, boolean json,
      Path chartPath) {
    MultiComparison m = MultiComparison.of(ruleSets.get(0), ruleSets.get(1),
        ruleSets.subList(2, ruleSets.size()).toArray(new RuleSet[0]))
        .withProjects(projects()).over(scenario.scenario(), from, to);
    if (chartPath != null) {
      OutputOption.writeFile("--chart", chartPath, ComparisonChart.svg(m));
    }
    if (json) { // the tables, cells as CSV writes them (plain numbers, a point)
      ObjectNode doc = JsonWriter.document("compare", m.stamp());
      ObjectNode tables = doc.putObject("tables");
      Format.CSV.tables(m, detail()).forEach((id, t) -> tables.set(id, JsonWriter.table(t)));
      return Result.ok(JsonWriter.write(doc));
    }
    Format f = format.format();
    if (f == Format.CSV) {
      return csv(Format.CSV.tables(m, detail()), m.stamp().lines());
    }
    return Result.ok(f.render(m, detail()) + f.footer(m.stamp()));
  }

  /** Writes {@code tables} as the CSV options say; what they rest on goes to the error stream. */
  private Result csv(Map<String, Table> tables, List<String> messages) {
    List<String> notes = new ArrayList<>();
    String csv = format.csv(tables, notes::add);
    messages.forEach(this::message);
    notes.forEach(this::message);
    return Result.ok(csv);
  }

  private List<ResearchProject> projects() {
    List<ResearchProject> projects = new ArrayList<>();
    for (String e : examples) {
      projects.addAll(Projects.example(e));
    }
    if (file != null) {
      projects.addAll(Projects.read(file));
    }
    if (projects.isEmpty()) {
      projects.addAll(ResearchProjects.all());
    }
    return projects;
  }

  private Result render(Comparison c, Set<AlfRegion> shown, boolean json) {
    if (json) {
      return Result.ok(JsonWriter.write(CompareJson.of(c, shown, full)));
    }
    Format f = format.format();
    if (f == Format.CSV) {
      // The summary's tables first; with --detail the lines and the assumptions.
      Map<String, Table> tables = new LinkedHashMap<>(Format.CSV.tables(c, detail(), shown));
      if (full) {
        Output.assumptionsTable(c.assumptions()).ifPresent(t -> tables.put("assumptions", t));
      }
      List<String> messages = new ArrayList<>(List.of(provenance(c).line()));
      messages.addAll(c.stamp().lines());
      messages.addAll(Output.warningLines(c.warnings()));
      return csv(tables, messages);
    }
    return Result.ok(provenance(c).line() + (f == Format.MARKDOWN ? "\n\n" : "\n")
        + f.render(c, detail(), shown));
  }

  private Detail detail() {
    return full ? Detail.FULL : Detail.SUMMARY;
  }

  /** Counts the values both sides read, over every line and the national figures. */
  static Provenance provenance(Comparison c) {
    return c.summary().provenance();
  }
}
