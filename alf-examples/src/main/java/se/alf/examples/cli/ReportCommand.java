package se.alf.examples.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;
import se.alf.examples.report.HtmlReport;
import se.alf.research.ResearchProjects;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;

/**
 * {@code alf report LEFT RIGHT [MORE…] FROM TO}: a comparison as one self-contained HTML file,
 * written by {@link HtmlReport}.
 */
@Command(name = "report",
    description = {"A comparison as one self-contained HTML file to open in a browser or mail:"
        + " no network, no script (inline CSS and SVG charts).",
        "",
        "It holds what is compared, the summary (national totals, the difference in totals per"
            + " region and year, the lines that drive it, what the figures rest on), the charts"
            + " (each region's total, the national total per year), per region and year every"
            + " line with both explanations folded under it, the parameters, statements and"
            + " verdicts that differ, the assumptions with their sources, and the stamp"
            + " (version, rule sets, SHA-256 of every value read).",
        "",
        "With more than two rule sets: the winners and losers per region against the first,"
            + " then each rule set's comparison with the first."},
    footerHeading = "%nExamples:%n",
    footer = {"  alf report alf-2014 pm-2024 2024 2030 -o report.html",
        "  alf report alf-2014 pm-2024 vasterbotten-2024 2027 2027 -s suppl.json -o r.html"})
final class ReportCommand extends CliCommand {

  @Parameters(arity = "0..*", paramLabel = "LEFT RIGHT [MORE…] FROM TO", hideParamSyntax = true,
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "two or more rule sets, the first compared with each other (e.g. alf-2014"
          + " pm-2024), then the first and the last year, inclusive")
  private List<String> arguments = new ArrayList<>();

  @Mixin
  private final ScenarioOption scenario = new ScenarioOption();

  @Mixin
  private final ReformOption reform = new ReformOption();

  ReportCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    if (arguments.size() < 4) {
      throw new UsageException("give two or more rule sets and two years, LEFT RIGHT [MORE…]"
          + " FROM TO, e.g. alf-2014 pm-2024 2024 2030; got " + arguments.size()
          + " argument(s) (alf report --help)");
    }
    int n = arguments.size() - 2;
    List<RuleSet> ruleSets = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String what = i == 0 ? "LEFT" : i == 1 ? "RIGHT" : "rule set " + (i + 1);
      RuleSet r = reform.ruleSet(what, arguments.get(i));
      if (!ids.add(r.id())) {
        throw new UsageException(what + " " + Terminal.quote(arguments.get(i)) + ": rule set "
            + r.id() + " is given twice; give each rule set once");
      }
      ruleSets.add(r);
    }
    reform.requireNamedIn(ruleSets);
    Year from = Names.year("FROM", arguments.get(n));
    Year to = Names.year("TO", arguments.get(n + 1));
    if (from.isAfter(to)) {
      throw new UsageException("FROM " + from + " is after TO " + to);
    }
    Scenario s = scenario.scenario();
    if (n == 2) {
      return Result.ok(HtmlReport.of(Comparison.of(ruleSets.get(0), ruleSets.get(1))
          .withProjects(ResearchProjects.all()).over(s, from, to)));
    }
    return Result.ok(HtmlReport.of(MultiComparison.of(ruleSets.get(0), ruleSets.get(1),
        ruleSets.subList(2, n).toArray(new RuleSet[0])).withProjects(ResearchProjects.all())
        .over(s, from, to)));
  }
}
