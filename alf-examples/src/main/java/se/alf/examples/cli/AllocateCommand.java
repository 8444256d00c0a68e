package se.alf.examples.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.UsageException;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;
import se.alf.rules.report.Texts;

/** {@code alf allocate RULESET YEAR}: what every ALF region gets in a year under a rule set. */
@Command(name = "allocate",
    description = {"What every ALF region gets in a year: students, education, research, total.",
        "",
        "Prints per ALF region the minimum and compensated full-year students (HST, exact, e.g."
            + " 9600/11 ≈ 872,73), the education compensation, the research base and quality"
            + " parts, supplements and the total, then the national sums, and last the"
            + " assumptions the figures rest on (a value marked * rests on at least one).",
        "",
        "CSV: amounts in kronor with a decimal point, full-year students as decimals (exact"
            + " when they end, else rounded half to even to 2 places: 9600/11 is 872.73), the"
            + " national row named 'all'; two tables, allocation and assumptions (--table NAME"
            + " for one; in excel-sv one a file). JSON: the README's 'JSON output'."},
    footerHeading = "%nExamples:%n",
    footer = {"  alf allocate pm-2024 2027",
        "  alf allocate pm-2024 2027 -r orebro --explain orebro",
        "  alf allocate pm-2024 2027 -s my-scenario.json -f csv -o allocation.csv"})
final class AllocateCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "RULESET",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "a rule set id, e.g. alf-2014 or pm-2024 (alf rulesets)")
  private String ruleSetId;

  @Parameters(index = "1", paramLabel = "YEAR", description = "a year, e.g. 2027")
  private String yearText;

  @Option(names = "--explain", paramLabel = "REGION",
      completionCandidates = RegionOption.Ids.class,
      description = "also print how REGION's total was computed, step by step with the rules"
          + " and parameters read (REGION as for --region; repeatable; text and markdown only)")
  private List<String> explain = new ArrayList<>();

  @Mixin
  private final RegionOption regions = new RegionOption();

  @Mixin
  private final ScenarioOption scenario = new ScenarioOption();

  @Mixin
  private final ReformOption reform = new ReformOption();

  @Mixin
  private final FormatOption format = new FormatOption();

  AllocateCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    boolean json = format.json();
    RuleSet ruleSet = reform.ruleSet("RULESET", ruleSetId);
    reform.requireNamedIn(List.of(ruleSet));
    Year year = Names.year("YEAR", yearText);
    Set<AlfRegion> shown = regions.regions();
    List<AlfRegion> explained = new ArrayList<>();
    for (String r : explain) {
      explained.add(Names.region("--explain", r));
    }
    if (!explained.isEmpty() && (json || format.format() == Format.CSV)) {
      throw new UsageException("--explain works with --format text or markdown, not "
          + (json ? FormatOption.JSON : "csv"));
    }
    Scenario s = scenario.scenario();
    Allocation a = ruleSet.allocate(s, year);
    if (json) {
      return Result.ok(JsonWriter.write(json(ruleSet, s, a, shown)));
    }
    Format f = format.format();
    if (f == Format.CSV) {
      Map<String, Table> tables = new LinkedHashMap<>();
      tables.put("allocation", table(a, shown, f));
      Output.assumptionsTable(a.assumptions()).ifPresent(t -> tables.put("assumptions", t));
      List<String> notes = new ArrayList<>();
      String csv = format.csv(tables, notes::add);
      message(Provenance.of(a).line());
      a.stamp().lines().forEach(this::message);
      Output.warningLines(a.warnings()).forEach(this::message);
      notes.forEach(this::message);
      return Result.ok(csv);
    }
    return Result.ok(render(ruleSet, s, a, shown, explained, f));
  }

  /**
   * The allocation as JSON: per region shown its students, each line and whether it rests on an
   * assumption; the national figures (of all regions); the assumptions and the warnings.
   */
  static ObjectNode json(RuleSet ruleSet, Scenario scenario, Allocation a, Set<AlfRegion> shown) {
    ObjectNode d = JsonWriter.document("allocate", a.stamp());
    d.set("rule_set", JsonWriter.ruleSet(ruleSet));
    d.put("year", a.year().getValue());
    d.set("scenario", JsonWriter.scenario(scenario));
    d.set("warnings", JsonWriter.findings(a.warnings()));
    ArrayNode rows = d.putArray("regions");
    for (AlfRegion r : shown) {
      RegionAllocation ra = a.region(r);
      ObjectNode o = rows.addObject().put("region", JsonWriter.id(r))
          .put("region_name", r.displayName());
      o.set("minimum_students", JsonWriter.students(ra.minimumStudents().value()));
      o.set("compensated_students", JsonWriter.students(ra.compensatedStudents().value()));
      for (Line l : MONEY) {
        o.set(key(l), JsonWriter.money(ra.amount(l)));
      }
      o.put("rests_on_assumptions", ra.explain().restsOnAssumptions());
    }
    ObjectNode n = d.putObject("national");
    n.put("regions", AlfRegion.values().length);
    n.set("minimum_students", JsonWriter.students(FullYearStudents.sum(a.regions().values()
        .stream().map(r -> r.minimumStudents().value()).toList())));
    n.set("compensated_students", JsonWriter.students(FullYearStudents.sum(a.regions().values()
        .stream().map(r -> r.compensatedStudents().value()).toList())));
    n.set("education", JsonWriter.money(a.educationTotal()));
    n.set("research_base", JsonWriter.money(a.national(Line.RESEARCH_BASE)));
    n.set("research_quality", JsonWriter.money(a.national(Line.RESEARCH_QUALITY)));
    n.set("supplement", JsonWriter.money(a.supplementTotal()));
    n.set("total", JsonWriter.money(a.paidToRegions()));
    n.set("research_appropriation", JsonWriter.money(a.researchAppropriation().value()));
    n.set("returned_to_state", JsonWriter.money(a.returnedToState().value()));
    n.set("redistributed", JsonWriter.money(a.redistributed().value()));
    d.set("assumptions", JsonWriter.reads(a.assumptions()));
    return d;
  }

  /** The money lines of a region, in order. */
  private static final List<Line> MONEY = List.of(Line.EDUCATION, Line.RESEARCH_BASE,
      Line.RESEARCH_QUALITY, Line.SUPPLEMENT, Line.TOTAL);

  /** {@code research_quality} for {@link Line#RESEARCH_QUALITY}. */
  private static String key(Line l) {
    return l.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The allocation's table: a row per region shown, then the national row. */
  static Table table(Allocation a, Set<AlfRegion> shown, Format format) {
    boolean csv = format == Format.CSV;
    Table t = csv
        ? new Table("region", "minimum_hst", "compensated_hst", "education_sek",
            "research_base_sek", "research_quality_sek", "supplement_sek", "total_sek",
            "rests_on_assumptions")
        : new Table("ALF region", "minimum HST>", "compensated HST>", "education>",
            "research base>", "research quality>", "supplement>", "total>");
    for (AlfRegion r : shown) {
      RegionAllocation ra = a.region(r);
      List<String> row = new ArrayList<>();
      row.add(r.displayName());
      row.add(cell(Output.students(ra.minimumStudents().value(), format), ra,
          Line.MINIMUM_STUDENTS, format));
      row.add(cell(Output.students(ra.compensatedStudents().value(), format), ra,
          Line.COMPENSATED_STUDENTS, format));
      for (Line l : MONEY) {
        row.add(cell(Output.sek(ra.amount(l), format), ra, l, format));
      }
      if (csv) {
        row.add(String.valueOf(ra.explain().restsOnAssumptions()));
      }
      t.row(row.toArray(new String[0]));
    }
    FullYearStudents min = FullYearStudents.sum(a.regions().values().stream()
        .map(r -> r.minimumStudents().value()).toList());
    FullYearStudents comp = FullYearStudents.sum(a.regions().values().stream()
        .map(r -> r.compensatedStudents().value()).toList());
    boolean everyRegion = shown.size() == AlfRegion.values().length;
    List<String> total = new ArrayList<>(List.of(csv ? "all"
        : everyRegion ? "All regions" : "National (all " + AlfRegion.values().length + ")",
        Output.students(min, format), Output.students(comp, format),
        Output.sek(a.educationTotal(), format), Output.sek(a.national(Line.RESEARCH_BASE), format),
        Output.sek(a.national(Line.RESEARCH_QUALITY), format),
        Output.sek(a.supplementTotal(), format), Output.sek(a.paidToRegions(), format)));
    if (csv) {
      total.add(String.valueOf(!a.assumptions().isEmpty()));
    }
    t.row(total.toArray(new String[0]));
    return t;
  }

  static String render(RuleSet ruleSet, Scenario scenario, Allocation a, Set<AlfRegion> shown,
      List<AlfRegion> explain, Format format) {
    Table t = table(a, shown, format);
    boolean everyRegion = shown.size() == AlfRegion.values().length;
    StringBuilder s = new StringBuilder();
    String title = "Allocation under " + ruleSet.id() + " (" + ruleSet.title() + ") in "
        + a.year();
    s.append(Provenance.of(a).line()).append(format == Format.MARKDOWN ? "\n\n" : "\n");
    s.append(format == Format.MARKDOWN ? "## " + title + "\n\n" : title + "\n");
    s.append(Output.scenarioLine(scenario)).append('\n');
    if (!everyRegion) {
      s.append(format == Format.MARKDOWN ? "\n" : "").append(Texts.regionsShown(shown))
          .append('\n');
    }
    s.append('\n');
    s.append(Output.warnings(a.warnings(), format));
    s.append(t.render(format));
    String star = a.researchAppropriation().explanation().restsOnAssumptions() ? "*" : "";
    s.append(format == Format.MARKDOWN ? "\n" : "\n")
        .append("Research appropriation: ").append(Output.sek(a.researchAppropriation().value(),
            format)).append(star)
        .append("; education compensation: ").append(Output.sek(a.educationTotal(), format))
        .append("; supplements: ").append(Output.sek(a.supplementTotal(), format)).append('\n')
        .append(format == Format.MARKDOWN ? "\n" : "")
        .append("Paid to the regions: ").append(Output.sek(a.paidToRegions(), format))
        .append("; returned to the state: ").append(Output.sek(a.returnedToState().value(),
            format))
        .append("; redistributed: ").append(Output.sek(a.redistributed().value(), format))
        .append('\n');
    if (!a.assumptions().isEmpty()) {
      s.append(format == Format.MARKDOWN ? "\n\\* " : "* ")
          .append("rests on at least one assumption, listed below\n");
    }
    for (AlfRegion r : explain) {
      if (format == Format.MARKDOWN) {
        s.append("\n### How ").append(r.displayName()).append("'s total was computed\n\n```\n")
            .append(a.explain(r)).append("```\n");
      } else {
        s.append("\nHow ").append(r.displayName()).append("'s total was computed:\n")
            .append(a.explain(r));
      }
    }
    s.append(Output.assumptions(a.assumptions(), format));
    return s.append(format.footer(a.stamp())).toString();
  }

  private static String cell(String value, RegionAllocation ra, Line line, Format format) {
    if (format == Format.CSV) {
      return value;
    }
    boolean assumed = ra.explanation(line).restsOnAssumptions();
    return value + (assumed ? (format == Format.MARKDOWN ? "\\*" : "*") : (format == Format.TEXT
        ? " " : ""));
  }
}
