package se.alf.examples.cli;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.alf.examples.chart.ComparisonChart;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.Projects;
import se.alf.examples.cli.input.UsageException;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.compare.Comparison;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Detail;
import se.alf.rules.report.Detail;
import se.alf.rules.report.Format;

/**
 * {@code alf compare LEFT RIGHT FROM TO}: two rule sets side by side over a range of years, with
 * {@link Comparison} and its renderings ({@link Format}).
 */
@Command(name = "compare",
    description = {"Two rule sets side by side over a range of years: money, students, rules,"
        + " verdicts.",
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
        "vasterbotten-2024 needs an input from 2026 that the published scenario lacks, the key"
            + " reform.regionalisation-supplement: give it with --scenario FILE.",
        "",
        "CSV has the summary's tables (national, regions, drivers, basis, others), and with"
            + " --detail one row per region, year and line, with the ids of the assumptions each"
            + " rests on, then the assumptions as a last table; unlike the other commands' exact"
            + " ratios (9600/11), its full-year students are decimals rounded to 2 places"
            + " (872.73)."},
    footerHeading = "%nExamples:%n",
    footer = {"  alf compare alf-2014 pm-2024 2024 2030",
        "  alf compare alf-2014 pm-2024 2026 2028 -r orebro -f markdown -o cmp.md",
        "  alf compare alf-2014 pm-2024 2024 2030 --chart compare.svg",
        "  alf compare pm-2024 vasterbotten-2024 2026 2028 -s supplement.json"})
final class CompareCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "LEFT",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "the rule set compared with, e.g. alf-2014 (alf rulesets)")
  private String leftId;

  @Parameters(index = "1", paramLabel = "RIGHT",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "the rule set compared, e.g. pm-2024; differences are RIGHT − LEFT")
  private String rightId;

  @Parameters(index = "2", paramLabel = "FROM", description = "the first year, e.g. 2026")
  private String fromText;

  @Parameters(index = "3", paramLabel = "TO", description = "the last year, inclusive")
  private String toText;

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
    Format f = format.format();
    RuleSet left = reform.ruleSet("LEFT", leftId);
    RuleSet right = reform.ruleSet("RIGHT", rightId);
    reform.requireNamedIn(List.of(left, right));
    Year from = Names.year("FROM", fromText);
    Year to = Names.year("TO", toText);
    if (from.isAfter(to)) {
      throw new UsageException("FROM " + from + " is after TO " + to);
    }
    Set<AlfRegion> shown = regions.regions();
    Path chartPath = chart == null ? null : OutputOption.writable("--chart", chart);
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
    Scenario s = scenario.scenario();
    Comparison c = Comparison.of(left, right).withProjects(projects).over(s, from, to);
    if (chartPath != null) {
      OutputOption.writeFile("--chart", chartPath, ComparisonChart.svg(c, shown));
    }
    if (f == Format.CSV) {
      message(provenance(c).line());
      c.stamp().lines().forEach(this::message);
      Output.warningLines(c.warnings()).forEach(this::message);
    }
    return Result.ok(render(c, shown, f));
  }

  String render(Comparison c, Set<AlfRegion> shown, Format format) {
    // The comparison's CSV ends its lines with CRLF (RFC 4180), as the assumptions table does.
    // The summary first; the detail with --detail.
    if (format == Format.CSV) {
      return format.render(c, detail(), shown)
          + (full ? Output.assumptions(c.assumptions(), Format.CSV) : "");
    }
    return provenance(c).line() + (format == Format.MARKDOWN ? "\n\n" : "\n")
        + format.render(c, detail(), shown);
  }

  private Detail detail() {
    return full ? Detail.FULL : Detail.SUMMARY;
  }

  /** Counts the values both sides read, over every line and the national figures. */
  static Provenance provenance(Comparison c) {
    return c.summary().provenance();
  }
}
