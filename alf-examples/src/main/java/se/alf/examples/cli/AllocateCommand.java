package se.alf.examples.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/** {@code alf allocate RULESET YEAR}: what every ALF region gets in a year under a rule set. */
final class AllocateCommand implements Command {

  @Override
  public String name() {
    return "allocate";
  }

  @Override
  public String synopsis() {
    return "RULESET YEAR [--explain REGION]... [--scenario FILE] [--reform FILE]"
        + " [--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "what every ALF region gets in a year: students, education, research, total";
  }

  @Override
  public String help() {
    return "Arguments:\n"
        + "  RULESET  a rule set id, e.g. alf-2014 or pm-2024 (alf rulesets)\n"
        + "  YEAR     a year, e.g. 2027\n\n"
        + "Prints per ALF region the minimum and compensated full-year students (HST, exact, e.g."
        + " 9600/11 ≈ 872,73),\nthe education compensation, the research base and quality parts,"
        + " supplements and the total, then the\nnational sums, and last the assumptions the"
        + " figures rest on (a value marked * rests on at least one).\n\n"
        + "Options:\n"
        + "  --explain REGION            also print how REGION's total was computed, step by step"
        + " with the rules\n"
        + "                              and parameters read (REGION: orebro, Örebro,"
        + " vastra-gotaland, ...; repeatable;\n"
        + "                              text and markdown only)\n"
        + ScenarioOption.HELP
        + ReformOption.HELP
        + "  --format text|csv|markdown  (default text); CSV amounts in kronor with a decimal"
        + " point, and the\n"
        + "                              assumptions as a second table after an empty line\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format", "scenario", "explain", "reform");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = FormatOption.of(args);
    List<String> p = args.positionals();
    if (p.size() != 2) {
      throw new UsageException("expected RULESET YEAR, e.g. 'alf allocate pm-2024 2027'; got "
          + p.size() + " argument(s)");
    }
    ReformOption reform = ReformOption.of(args);
    RuleSet ruleSet = reform.ruleSet("RULESET", p.get(0));
    reform.requireNamedIn(List.of(ruleSet));
    Year year = Names.year("YEAR", p.get(1));
    List<AlfRegion> explain = new ArrayList<>();
    for (String r : args.options("explain")) {
      explain.add(Names.region("--explain", r));
    }
    if (!explain.isEmpty() && format == Format.CSV) {
      throw new UsageException("--explain works with --format text or markdown, not csv");
    }
    Scenario scenario = ScenarioOption.of(args);
    Allocation a = ruleSet.allocate(scenario, year);
    if (format == Format.CSV) {
      context.err().println("alf: allocate: " + Provenance.of(a).line());
      a.stamp().lines().forEach(l -> context.err().println("alf: allocate: " + l));
      Output.warningLines(a.warnings()).forEach(w -> context.err().println("alf: allocate: " + w));
    }
    context.out().print(render(ruleSet, scenario, a, explain, format));
    return Cli.OK;
  }

  static String render(RuleSet ruleSet, Scenario scenario, Allocation a, List<AlfRegion> explain,
      Format format) {
    boolean csv = format == Format.CSV;
    Table t = csv
        ? new Table("region", "minimum_hst", "compensated_hst", "education_sek",
            "research_base_sek", "research_quality_sek", "supplement_sek", "total_sek",
            "rests_on_assumptions")
        : new Table("ALF region", "minimum HST>", "compensated HST>", "education>",
            "research base>", "research quality>", "supplement>", "total>");
    for (AlfRegion r : AlfRegion.values()) {
      RegionAllocation ra = a.region(r);
      List<String> row = new ArrayList<>();
      row.add(r.displayName());
      row.add(cell(Output.students(ra.minimumStudents().value(), format), ra,
          Line.MINIMUM_STUDENTS, format));
      row.add(cell(Output.students(ra.compensatedStudents().value(), format), ra,
          Line.COMPENSATED_STUDENTS, format));
      for (Line l : List.of(Line.EDUCATION, Line.RESEARCH_BASE, Line.RESEARCH_QUALITY,
          Line.SUPPLEMENT, Line.TOTAL)) {
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
    List<String> total = new ArrayList<>(List.of(csv ? "all" : "All regions",
        Output.students(min, format), Output.students(comp, format),
        Output.sek(a.educationTotal(), format), Output.sek(a.national(Line.RESEARCH_BASE), format),
        Output.sek(a.national(Line.RESEARCH_QUALITY), format),
        Output.sek(a.supplementTotal(), format), Output.sek(a.paidToRegions(), format)));
    if (csv) {
      total.add(String.valueOf(!a.assumptions().isEmpty()));
    }
    t.row(total.toArray(new String[0]));
    if (csv) {
      return t.render(format) + Output.assumptions(a.assumptions(), format);
    }
    StringBuilder s = new StringBuilder();
    String title = "Allocation under " + ruleSet.id() + " (" + ruleSet.title() + ") in "
        + a.year();
    s.append(Provenance.of(a).line()).append(format == Format.MARKDOWN ? "\n\n" : "\n");
    s.append(format == Format.MARKDOWN ? "## " + title + "\n\n" : title + "\n");
    s.append(Output.scenarioLine(scenario)).append(format == Format.MARKDOWN ? "\n\n" : "\n\n");
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
