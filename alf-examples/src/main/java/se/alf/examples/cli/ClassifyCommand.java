package se.alf.examples.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.alf.research.ResearchProject;
import se.alf.rules.ConditionResult;
import se.alf.rules.RuleSet;
import se.alf.rules.Verdict;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/** {@code alf classify}: whether a research project is clinical research under each rule set. */
final class ClassifyCommand implements Command {

  private static final Set<String> DESCRIBING = Set.of("title", "uses-healthcare", "health-aim",
      "permit", "kind");

  @Override
  public String name() {
    return "classify";
  }

  @Override
  public String synopsis() {
    return "(PROJECT OPTIONS | --example NAME | --file FILE) [--ruleset ID]... [--year YEAR]"
        + " [--format ...]";
  }

  @Override
  public String summary() {
    return "whether a research project is clinical research (klinisk forskning), and why";
  }

  @Override
  public String help() {
    return "Checks a research project against each rule set's definition of clinical research"
        + " and prints, per rule set,\nthe verdict and every condition met or failed, with the"
        + " reason and the rule it rests on.\n\n"
        + "A project, described by options:\n"
        + "  --title TEXT                the project's title\n"
        + "  --uses-healthcare           it presupposes the structures and resources of"
        + " healthcare\n"
        + "  --health-aim                it aims to solve a health problem or find factors that"
        + " lead to better health\n"
        + "  --permit " + Projects.permitIds() + "\n"
        + "                              a permit it needs (repeatable)\n"
        + "  --kind KIND                 a kind of research (repeatable): " + Projects.kindIds()
        + "\n"
        + "or the cited examples of the consultation on the 2024 proposal (repeatable):\n"
        + "  --example " + String.join("|", Projects.exampleNames()) + "|all\n"
        + "or a file:\n"
        + "  --file FILE                 one JSON object per line (blank lines and # comments"
        + " skipped), or a JSON array:\n"
        + "                              {\"title\": \"Registry study\", \"uses-healthcare\":"
        + " true, \"health-aim\": true,\n"
        + "                               \"permits\": [\"etikprovningsmyndigheten\"], \"kinds\":"
        + " [\"health-data\"]}\n\n"
        + "Options:\n"
        + "  --ruleset ID                the rule set to ask (repeatable; default: every rule"
        + " set)\n"
        + "  --year YEAR                 answer as of YEAR (default: each rule set's reference"
        + " year, alf rulesets)\n"
        + "  --format text|csv|markdown  (default text)\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format", "title", "permit", "kind", "example", "file", "ruleset", "year");
  }

  @Override
  public Set<String> flags() {
    return Set.of("uses-healthcare", "health-aim");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = FormatOption.of(args);
    if (!args.positionals().isEmpty()) {
      throw new UsageException("takes no arguments, only options; got '"
          + args.positionals().get(0) + "' (alf classify --help)");
    }
    List<ResearchProject> projects = new ArrayList<>();
    if (DESCRIBING.stream().anyMatch(args::has)) {
      ResearchProject.Builder b = ResearchProject.builder()
          .usesHealthcareStructures(args.has("uses-healthcare"))
          .aimsAtHealthProblem(args.has("health-aim"));
      args.option("title").ifPresent(t -> {
        if (t.isBlank()) {
          throw new UsageException("--title must not be blank");
        }
        b.title(t);
      });
      args.options("permit").forEach(p -> b.addPermits(Projects.permit("--permit", p)));
      args.options("kind").forEach(k -> b.addKinds(Projects.kind("--kind", k)));
      projects.add(b.build());
    }
    for (String e : args.options("example")) {
      projects.addAll(Projects.example(e));
    }
    if (args.has("file")) {
      projects.addAll(Projects.read(args.option("file").get()));
    }
    if (projects.isEmpty()) {
      throw new UsageException("no project: describe one with --title, --uses-healthcare,"
          + " --health-aim, --permit, or give --example NAME or --file FILE");
    }
    List<RuleSet> ruleSets = new ArrayList<>();
    for (String id : args.options("ruleset")) {
      ruleSets.add(Names.ruleSet("--ruleset", id));
    }
    if (ruleSets.isEmpty()) {
      ruleSets.addAll(Names.allRuleSets().values());
    }
    Year year = args.option("year").map(y -> Names.year("--year", y)).orElse(null);
    List<Verdict> verdicts = new ArrayList<>();
    for (ResearchProject p : projects) {
      for (RuleSet rs : ruleSets) {
        verdicts.add(year == null ? rs.classify(p) : rs.classify(p, year));
      }
    }
    Provenance provenance = Provenance.of(verdicts.stream()
        .flatMap(v -> v.explain().allReads().stream()).toList());
    if (format == Format.CSV) {
      context.err().println("alf: classify: " + provenance.line());
    } else {
      context.out().print(provenance.line() + (format == Format.MARKDOWN ? "\n\n" : "\n"));
    }
    context.out().print(render(verdicts, ruleSets, year, format));
    return Cli.OK;
  }

  private static String render(List<Verdict> verdicts, List<RuleSet> ruleSets, Year year,
      Format format) {
    if (format == Format.TEXT) {
      StringBuilder s = new StringBuilder();
      s.append("As of ").append(year != null ? year.toString() : ruleSets.stream()
          .map(r -> r.id() + " " + r.referenceYear()).collect(Collectors.joining(", ")))
          .append('\n');
      verdicts.forEach(v -> s.append('\n').append(v.explain()));
      return s.toString();
    }
    Table t = format == Format.CSV
        ? new Table("project", "ruleset", "clinical_research", "failed_conditions", "reasons")
        : new Table("project", "rule set", "clinical research", "failed conditions");
    for (Verdict v : verdicts) {
      String failed = v.failed().stream().map(ConditionResult::id)
          .collect(Collectors.joining("; "));
      if (format == Format.CSV) {
        t.row(v.projectTitle(), v.ruleSetId(), String.valueOf(v.isClinicalResearch()), failed,
            v.failed().stream().map(c -> c.id() + ": " + c.reason())
                .collect(Collectors.joining("; ")));
      } else {
        t.row(v.projectTitle(), v.ruleSetId(), v.isClinicalResearch() ? "yes" : "**no**",
            v.failed().stream().map(c -> c.description() + " — " + c.reason() + " ("
                + c.citation().render() + ")").collect(Collectors.joining("<br>")));
      }
    }
    return t.render(format);
  }
}
