package se.alf.examples.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.compare.Comparison;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Detail;
import se.alf.rules.report.Format;

/**
 * {@code alf compare RULESET RULESET FROM TO}: two rule sets side by side over a range of years,
 * with {@link Comparison} and its renderings ({@link Format}).
 */
final class CompareCommand implements Command {

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String synopsis() {
    return "LEFT RIGHT FROM TO [--example NAME]... [--file FILE] [--scenario FILE]"
        + " [--reform FILE] [--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "two rule sets side by side over a range of years: money, students, rules, verdicts";
  }

  @Override
  public String help() {
    return "Arguments:\n"
        + "  LEFT RIGHT  rule set ids, e.g. pm-2024 vasterbotten-2024; differences are RIGHT −"
        + " LEFT\n"
        + "  FROM TO     the years to compare, inclusive, e.g. 2026 2028\n\n"
        + "Prints per ALF region and year each line (minimum and compensated full-year students,"
        + " education,\nresearch base and quality, supplement, total) under both rule sets and"
        + " the difference; the national\ntotals; the parameters and provisions that differ; the"
        + " verdicts on research projects that differ;\nand, numbered, the assumptions the values"
        + " rest on.\n\n"
        + "Options:\n"
        + "  --example NAME              compare the verdicts on this cited example (repeatable; "
        + String.join(", ", Projects.exampleNames()) + ", all;\n"
        + "                              default: all of them)\n"
        + "  --file FILE                 compare the verdicts on the projects of FILE instead"
        + " (alf classify --help)\n"
        + ScenarioOption.HELP
        + "                              vasterbotten-2024 needs one from 2026: the key"
        + " reform.regionalisation-supplement\n"
        + ReformOption.HELP
        + "  --format text|csv|markdown  (default text); CSV has one row per region, year and"
        + " line, with the ids\n"
        + "                              of the assumptions each rests on, then the assumptions"
        + " as a second table;\n"
        + "                              unlike the other commands' exact ratios (9600/11), its"
        + " full-year students\n"
        + "                              are decimals rounded to 2 places (872.73)\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format", "scenario", "example", "file", "reform");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = FormatOption.of(args);
    List<String> p = args.positionals();
    if (p.size() != 4) {
      throw new UsageException("expected LEFT RIGHT FROM TO, e.g. 'alf compare alf-2014 pm-2024"
          + " 2026 2028'; got " + p.size() + " argument(s)");
    }
    ReformOption reform = ReformOption.of(args);
    RuleSet left = reform.ruleSet("LEFT", p.get(0));
    RuleSet right = reform.ruleSet("RIGHT", p.get(1));
    reform.requireNamedIn(List.of(left, right));
    Year from = Names.year("FROM", p.get(2));
    Year to = Names.year("TO", p.get(3));
    if (from.isAfter(to)) {
      throw new UsageException("FROM " + from + " is after TO " + to);
    }
    List<ResearchProject> projects = new ArrayList<>();
    for (String e : args.options("example")) {
      projects.addAll(Projects.example(e));
    }
    if (args.has("file")) {
      projects.addAll(Projects.read(args.option("file").get()));
    }
    if (projects.isEmpty()) {
      projects.addAll(ResearchProjects.all());
    }
    Scenario scenario = ScenarioOption.of(args);
    Comparison c = Comparison.of(left, right).withProjects(projects).over(scenario, from, to);
    if (format == Format.CSV) {
      context.err().println("alf: compare: " + provenance(c).line());
      Output.warningLines(c.warnings()).forEach(w -> context.err().println("alf: compare: " + w));
    }
    context.out().print(render(c, format));
    return Cli.OK;
  }

  static String render(Comparison c, Format format) {
    // The comparison's CSV ends its lines with CRLF (RFC 4180), as the assumptions table does.
    // The summary first, then the detail (until the command has a --detail option).
    if (format == Format.CSV) {
      return format.render(c, Detail.FULL) + Output.assumptions(c.assumptions(), Format.CSV);
    }
    return provenance(c).line() + (format == Format.MARKDOWN ? "\n\n" : "\n")
        + format.render(c, Detail.FULL);
  }

  /** Counts the values both sides read, over every line and the national figures. */
  static Provenance provenance(Comparison c) {
    return c.summary().provenance();
  }
}
