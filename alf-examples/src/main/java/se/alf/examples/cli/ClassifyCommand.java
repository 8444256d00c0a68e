package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.alf.examples.cli.input.KeyIndex;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.Projects;
import se.alf.examples.cli.input.UsageException;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.research.Permit;
import se.alf.research.ResearchKind;
import se.alf.research.ResearchProject;
import se.alf.rules.ConditionResult;
import se.alf.rules.RuleSet;
import se.alf.rules.Verdict;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/** {@code alf classify}: whether a research project is clinical research under each rule set. */
@Command(name = "classify",
    description = {"Whether a research project is clinical research (klinisk forskning), and"
        + " why.",
        "",
        "Checks a research project against each rule set's definition of clinical research and"
            + " prints, per rule set, the verdict and every condition met or failed, with the"
            + " reason and the rule it rests on. Describe a project with --title,"
            + " --uses-healthcare, --health-aim, --permit and --kind; or name the cited examples"
            + " of the consultation on the 2024 proposal with --example; or give a file with"
            + " --file: one JSON object per line (blank lines and # comments skipped), or a JSON"
            + " array: {\"title\": \"Registry study\", \"uses-healthcare\": true,"
            + " \"health-aim\": true, \"permits\": [\"etikprovningsmyndigheten\"], \"kinds\":"
            + " [\"health-data\"]}"},
    footerHeading = "%nExamples:%n",
    footer = {"  alf classify --example health-data --ruleset alf-2014 --ruleset pm-2024",
        "  alf classify --title \"Registry study\" --uses-healthcare --health-aim"
            + " --permit etikprovningsmyndigheten --kind health-data"})
final class ClassifyCommand extends CliCommand {

  @Option(names = "--title", paramLabel = "TEXT", description = "the project's title")
  private String title;

  @Option(names = "--uses-healthcare",
      description = "it presupposes the structures and resources of healthcare")
  private boolean usesHealthcare;

  @Option(names = "--health-aim",
      description = "it aims to solve a health problem or find factors that lead to better"
          + " health")
  private boolean healthAim;

  @Option(names = "--permit", paramLabel = "PERMIT", completionCandidates = Permits.class,
      description = "a permit it needs (repeatable): ${COMPLETION-CANDIDATES}")
  private List<String> permits = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", completionCandidates = Kinds.class,
      description = "a kind of research (repeatable): ${COMPLETION-CANDIDATES}")
  private List<String> kinds = new ArrayList<>();

  @Option(names = "--example", paramLabel = "NAME", completionCandidates = Examples.class,
      description = "a cited example (repeatable): ${COMPLETION-CANDIDATES}")
  private List<String> examples = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE",
      description = "the projects of FILE (JSON, see above)")
  private String file;

  @Option(names = "--ruleset", paramLabel = "ID",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "the rule set to ask (repeatable; default: every rule set)")
  private List<String> ruleSetIds = new ArrayList<>();

  @Option(names = "--year", paramLabel = "YEAR",
      description = "answer as of YEAR (default: each rule set's reference year, alf rulesets)")
  private String yearText;

  @Mixin
  private final FormatOption format = new FormatOption();

  ClassifyCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    boolean json = format.json();
    List<ResearchProject> projects = new ArrayList<>();
    if (title != null || usesHealthcare || healthAim || !permits.isEmpty() || !kinds.isEmpty()) {
      ResearchProject.Builder b = ResearchProject.builder()
          .usesHealthcareStructures(usesHealthcare)
          .aimsAtHealthProblem(healthAim);
      if (title != null) {
        if (title.isBlank()) {
          throw new UsageException("--title must not be blank");
        }
        b.title(title);
      }
      permits.forEach(p -> b.addPermits(Projects.permit("--permit", p)));
      kinds.forEach(k -> b.addKinds(Projects.kind("--kind", k)));
      projects.add(b.build());
    }
    for (String e : examples) {
      projects.addAll(Projects.example(e));
    }
    if (file != null) {
      projects.addAll(Projects.read(file));
    }
    if (projects.isEmpty()) {
      throw new UsageException("no project: describe one with --title, --uses-healthcare,"
          + " --health-aim, --permit, or give --example NAME or --file FILE");
    }
    List<RuleSet> ruleSets = new ArrayList<>();
    for (String id : ruleSetIds) {
      ruleSets.add(Names.ruleSet("--ruleset", id));
    }
    if (ruleSets.isEmpty()) {
      ruleSets.addAll(Names.allRuleSets().values());
    }
    Year year = yearText == null ? null : Names.year("--year", yearText);
    List<Verdict> verdicts = new ArrayList<>();
    for (ResearchProject p : projects) {
      for (RuleSet rs : ruleSets) {
        verdicts.add(year == null ? rs.classify(p) : rs.classify(p, year));
      }
    }
    Provenance provenance = Provenance.of(verdicts.stream()
        .flatMap(v -> v.explain().allReads().stream()).toList());
    if (json) {
      return Result.ok(JsonWriter.write(json(verdicts, year, provenance)));
    }
    Format f = format.format();
    String head = "";
    if (f == Format.CSV) {
      String csv = format.csv(Map.of("verdicts", table(verdicts, f)), this::message);
      message(provenance.line());
      return Result.ok(csv);
    } else {
      head = provenance.line() + (f == Format.MARKDOWN ? "\n\n" : "\n");
    }
    return Result.ok(head + render(verdicts, ruleSets, year, f));
  }

  /** The verdicts as JSON: per project and rule set the verdict and every condition. */
  private static ObjectNode json(List<Verdict> verdicts, Year year, Provenance provenance) {
    ObjectNode d = JsonWriter.document("classify");
    d.put("year", year == null ? null : year.getValue());
    d.set("provenance", JsonWriter.provenance(provenance));
    ArrayNode all = d.putArray("verdicts");
    for (Verdict v : verdicts) {
      ObjectNode o = all.addObject().put("project", v.projectTitle())
          .put("rule_set", v.ruleSetId()).put("clinical_research", v.isClinicalResearch());
      ArrayNode conditions = o.putArray("conditions");
      for (ConditionResult c : v.conditions()) {
        ObjectNode co = conditions.addObject().put("id", c.id())
            .put("description", c.description()).put("met", c.met()).put("reason", c.reason());
        co.set("citation", JsonWriter.citation(c.citation()));
      }
    }
    return d;
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
    return table(verdicts, format).render(format);
  }

  /** A row per verdict: the failed conditions, and in CSV their reasons. */
  private static Table table(List<Verdict> verdicts, Format format) {
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
    return t;
  }

  /** The cited examples, and {@code all}, for help and shell completion. */
  static final class Examples implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.concat(Projects.exampleNames().stream(), Stream.of("all")).iterator();
    }
  }

  /** The permits' ids, for help and shell completion. */
  static final class Permits implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Permit.values()).map(Projects::id).iterator();
    }
  }

  /** The kinds' ids, for help and shell completion. */
  static final class Kinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ResearchKind.values()).map(KeyIndex::enumId).iterator();
    }
  }
}
