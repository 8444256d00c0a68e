package se.alf.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.alf.examples.chart.TornadoChart;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.report.Format;
import se.alf.rules.sensitivity.Sensitivity;

/**
 * {@code alf sensitivity RULESET [RULESET] YEAR --region R}: which assumption or input moves a
 * region's line most, with {@link Sensitivity}, written by {@link SensitivityReport} and drawn by
 * {@link TornadoChart}.
 */
@Command(name = "sensitivity",
    description = {"Which assumption moves a region's line most: every assumption and input the"
        + " result reads varied over a range, ranked by its effect (the swing).",
        "",
        "With one rule set, the line of the region; with two, the difference RIGHT − LEFT."
            + " Amounts, full-year students and other ratios are varied ± --relative (default"
            + " 10 %%), shares over 0 to 1, years one year either side, grades and settings over"
            + " every value. An input a rule set replaces with its own value is shown as"
            + " OVERRIDDEN, naming the rule set, its value and its citation; one that moves the"
            + " line by one öre at most as ROUNDING (a split rounded to the öre, not an effect).",
        "",
        "Text and Markdown list the inputs that move the line, largest swing first, and those"
            + " read without effect; the inputs not read are counted. CSV holds every input of"
            + " every region, amounts in kronor with a decimal point."},
    footerHeading = "%nExamples:%n",
    footer = {"  alf sensitivity alf-2014 2024 -r orebro",
        "  alf sensitivity alf-2014 pm-2024 2027 -r orebro --line education --top 5",
        "  alf sensitivity pm-2024 2027 -r orebro --relative 25 --chart tornado.svg",
        "  alf sensitivity alf-2014 2024 -r orebro -r vasterbotten -f csv -o sens.csv"})
final class SensitivityCommand extends CliCommand {

  /** The money lines, as {@code --line} names them. */
  private static final List<Line> MONEY = List.of(Line.TOTAL, Line.EDUCATION,
      Line.RESEARCH_BASE, Line.RESEARCH_QUALITY, Line.SUPPLEMENT);

  private static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}([.,][0-9]{1,4})?%?");

  @Parameters(arity = "0..*", paramLabel = "RULESET [RULESET] YEAR", hideParamSyntax = true,
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "a rule set id and a year (alf-2014 2024), or two rule sets and a year"
          + " (alf-2014 pm-2024 2027): the difference RIGHT − LEFT")
  private List<String> arguments = new ArrayList<>();

  @Option(names = {"-r", "--region"}, paramLabel = "REGION",
      completionCandidates = RegionOption.Ids.class,
      description = "the ALF region whose line is analysed (required; repeatable, one table a"
          + " region; ${COMPLETION-CANDIDATES}, or the region's name)")
  private List<String> regionNames = new ArrayList<>();

  @Option(names = "--line", paramLabel = "LINE",
      description = "the money line: total (default), education, research-base,"
          + " research-quality or supplement")
  private String lineName = "total";

  @Option(names = "--relative", paramLabel = "PERCENT",
      description = "vary amounts, full-year students and other ratios ± PERCENT, more than 0"
          + " and at most 100 (default 10; 12.5 or 12,5 alike)")
  private String relativeText = "10";

  @Option(names = "--top", paramLabel = "N",
      description = "list only the N inputs with the largest swings (text and markdown; CSV"
          + " holds every input); the chart draws as many bars (default "
          + TornadoChart.DEFAULT_BARS + ")")
  private String topText;

  @Option(names = "--chart", paramLabel = "FILE.svg",
      description = "also draw the tornado chart, SVG, to FILE, whose name ends in .svg (one"
          + " region; replaced if it exists; FILE's folder must exist)")
  private String chart;

  @Mixin
  private final ScenarioOption scenario = new ScenarioOption();

  @Mixin
  private final ReformOption reform = new ReformOption();

  @Mixin
  private final FormatOption format = new FormatOption();

  SensitivityCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    boolean json = format.json();
    boolean csv = !json && format.format() == Format.CSV;
    if (arguments.size() < 2 || arguments.size() > 3) {
      throw new UsageException("expected RULESET [RULESET] YEAR, got " + arguments.size()
          + " argument(s)" + (arguments.isEmpty() ? "" : ": " + arguments.stream()
          .map(Terminal::quote).collect(Collectors.joining(" "))) + " (alf sensitivity --help)");
    }
    List<RuleSet> ruleSets = new ArrayList<>();
    boolean two = arguments.size() == 3;
    ruleSets.add(reform.ruleSet(two ? "LEFT" : "RULESET", arguments.get(0)));
    if (two) {
      ruleSets.add(reform.ruleSet("RIGHT", arguments.get(1)));
    }
    reform.requireNamedIn(ruleSets);
    Year year = Names.year("YEAR", arguments.get(arguments.size() - 1));
    Set<AlfRegion> regions = regions();
    Line line = line(lineName);
    Ratio relative = relative(relativeText);
    int top = topText == null ? 0 : top(topText);
    if (top > 0 && (csv || json)) {
      throw new UsageException("--top works with --format text or markdown; " + (json ? "JSON"
          : "CSV") + " holds every input");
    }
    Path chartPath = null;
    if (chart != null) {
      if (regions.size() > 1) {
        throw new UsageException("--chart draws one region's tornado, but " + regions.size()
            + " regions were given; give one --region");
      }
      chartPath = OutputOption.svg("--chart", chart);
    }
    Scenario s = scenario.scenario();
    Sensitivity.Builder builder = (two ? Sensitivity.of(ruleSets.get(0), ruleSets.get(1))
        : Sensitivity.of(ruleSets.get(0))).line(line).relativeChange(relative);
    List<Sensitivity> analyses = new ArrayList<>();
    for (AlfRegion r : regions) {
      analyses.add(builder.over(s, year, r));
    }
    if (chartPath != null) {
      OutputOption.writeFile("--chart", chartPath, TornadoChart.svg(analyses.get(0),
          top > 0 ? top : TornadoChart.DEFAULT_BARS));
    }
    if (json) {
      return Result.ok(JsonWriter.write(SensitivityReport.json(analyses)));
    }
    if (csv) {
      List<String> notes = new ArrayList<>();
      String text = format.csv(Map.of("sensitivity", SensitivityReport.table(analyses)),
          notes::add);
      analyses.forEach(a -> a.stamp().lines().forEach(this::message));
      notes.forEach(this::message);
      return Result.ok(text);
    }
    return Result.ok(SensitivityReport.render(analyses, format.format(), top));
  }

  private Set<AlfRegion> regions() {
    if (regionNames.isEmpty()) {
      throw new UsageException("--region is required: the ALF region whose line is analysed,"
          + " e.g. --region orebro (repeatable)");
    }
    Set<AlfRegion> set = EnumSet.noneOf(AlfRegion.class);
    regionNames.forEach(r -> set.add(Names.region("--region", r)));
    return set;
  }

  /** Parses {@code --line}: a money line, e.g. {@code research-base}, in any case. */
  static Line line(String text) {
    Line l = Names.line("--line", text);
    if (!MONEY.contains(l)) {
      throw new UsageException("--line " + Terminal.quote(text) + " counts full-year students;"
          + " sensitivity ranks by an amount: --line must be one of " + MONEY.stream()
              .map(SensitivityCommand::lineId).collect(Collectors.joining(", ")));
    }
    return l;
  }

  private static String lineId(Line l) {
    return l.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code --relative}: a percentage more than 0 and at most 100, exact. */
  static Ratio relative(String text) {
    String rule = "--relative must be a percentage more than 0 and at most 100, e.g. 10 or"
        + " 12.5, was " + Terminal.quote(text);
    if (!PERCENT.matcher(text).matches()) {
      throw new UsageException(rule);
    }
    Ratio percent = Ratio.of(new BigDecimal(text.replace(',', '.').replace("%", "")));
    if (percent.signum() <= 0 || percent.compareTo(Ratio.of(100)) > 0) {
      throw new UsageException(rule);
    }
    return percent.dividedBy(Ratio.of(100));
  }

  /** Parses {@code --top}: a whole number of at least 1. */
  static int top(String text) {
    if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1) {
      throw new UsageException("--top must be a whole number of at least 1, was "
          + Terminal.quote(text));
    }
    return Integer.parseInt(text);
  }
}
