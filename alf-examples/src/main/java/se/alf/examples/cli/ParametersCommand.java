package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.money.Sek;
import se.alf.programme.FullYearStudents;
import se.alf.rules.RuleSet;
import se.alf.rules.compare.Unit;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.Setting;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;
import se.alf.rules.report.Texts;
import se.alf.source.Citation;
import se.alf.time.DatedValue;

/**
 * {@code alf parameters RULESET [YEAR]}: every parameter a rule set holds, with each dated value,
 * what it rests on ({@link Basis}), the dates it holds and its citation.
 */
@Command(name = "parameters",
    description = {"Every parameter of a rule set: its values, what each rests on, when it holds"
        + " and where it comes from.",
        "",
        "Lists, by key, each value the rule set sets itself (RuleSet.parameters()): the value as"
            + " the other commands write it, its basis (AGREEMENT: the agreement's or the"
            + " proposal's text; PUBLISHED: a published figure; ASSUMPTION: not published, a"
            + " labelled assumption to replace with your own figure; INPUT: a value you gave in"
            + " a --reform file), the dates it holds (from, and until, exclusive) and its"
            + " citation. With YEAR, only the values that hold on some day of it. A value the"
            + " rule set does not set comes from the scenario: alf keys RULESET says which.",
        "",
        "CSV: amounts in kronor with a decimal point, full-year students as decimals (exact"
            + " when they end, else rounded half to even to 2 places), shares as exact ratios"
            + " (1/5), an empty until for a value that holds on. JSON: each value typed."},
    footerHeading = "%nExamples:%n",
    footer = {"  alf parameters pm-2024 2027", "  alf parameters alf-2014 -f csv -o params.csv"})
final class ParametersCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "RULESET",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "a rule set id, e.g. pm-2024 (alf rulesets)")
  private String ruleSetId;

  @Parameters(index = "1", arity = "0..1", paramLabel = "YEAR",
      description = "list only the values that hold in YEAR (default: every value)")
  private String yearText;

  @Mixin
  private final ReformOption reform = new ReformOption();

  @Mixin
  private final FormatOption format = new FormatOption();

  /** One dated value of a parameter. */
  private record Row(String key, Object value, Basis basis, DatedValue<?> dated) {}

  ParametersCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    RuleSet ruleSet = reform.ruleSet("RULESET", ruleSetId);
    reform.requireNamedIn(List.of(ruleSet));
    Year year = yearText == null ? null : Names.year("YEAR", yearText);
    List<Row> rows = new ArrayList<>();
    List<Parameter<?>> parameters = new ArrayList<>(ruleSet.parameters().list());
    parameters.sort(Comparator.comparing(p -> p.key().id()));
    for (Parameter<?> p : parameters) {
      for (DatedValue<? extends Setting<?>> v : p.timeline().values()) {
        if (year == null || holdsIn(v, year)) {
          rows.add(new Row(p.key().id(), v.value().value(), v.value().basis(), v));
        }
      }
    }
    if (format.json()) {
      return Result.ok(JsonWriter.write(json(ruleSet, year, rows)));
    }
    Format f = format.format();
    if (f == Format.CSV) {
      return Result.ok(format.csv(Map.of("parameters", csv(rows)), this::message));
    }
    return Result.ok(render(ruleSet, year, rows, f));
  }

  /** The parameters as JSON: each dated value typed ({@link JsonWriter#value}), with its text. */
  private static ObjectNode json(RuleSet ruleSet, Year year, List<Row> rows) {
    ObjectNode d = JsonWriter.document("parameters");
    d.set("rule_set", JsonWriter.ruleSet(ruleSet));
    d.put("year", year == null ? null : year.getValue());
    Map<Basis, Integer> n = count(rows);
    d.set("counts", JsonWriter.provenance(new Provenance(n.get(Basis.AGREEMENT),
        n.get(Basis.PUBLISHED), n.get(Basis.ASSUMPTION), n.get(Basis.INPUT))));
    ArrayNode values = d.putArray("parameters");
    for (Row r : rows) {
      ObjectNode o = values.addObject().put("key", r.key());
      o.set("value", JsonWriter.value(r.value()));
      o.put("text", Texts.value(r.value())).put("basis", JsonWriter.id(r.basis()))
          .put("from", r.dated().from().toString())
          .put("until", r.dated().until().map(LocalDate::toString).orElse(null));
      o.set("citation", JsonWriter.citation(r.dated().citation()));
    }
    return d;
  }

  /** The CSV table: a row per dated value. */
  private static Table csv(List<Row> rows) {
    Table t = new Table("key", "value", "basis", "from", "until", "citation", "url");
    rows.forEach(r -> t.row(r.key(), plain(r.value()), r.basis().name(),
        r.dated().from().toString(), r.dated().until().map(LocalDate::toString).orElse(""),
        citation(r.dated().citation()), r.dated().citation().url().orElse("")));
    return t;
  }

  /** Whether {@code v} holds on some day of {@code year}. */
  private static boolean holdsIn(DatedValue<?> v, Year year) {
    LocalDate first = year.atDay(1);
    LocalDate next = year.plusYears(1).atDay(1);
    return v.from().isBefore(next) && v.until().map(u -> u.isAfter(first)).orElse(true);
  }

  private static String render(RuleSet ruleSet, Year year, List<Row> rows, Format format) {
    boolean md = format == Format.MARKDOWN;
    String title = "Parameters of " + ruleSet.id() + " (" + ruleSet.title() + ")"
        + (year == null ? "" : " holding in " + year);
    StringBuilder s = new StringBuilder(md ? "## " + title + "\n\n" : title + "\n");
    s.append(countLine(rows)).append(md ? "\n\n" : "\n");
    if (md) {
      Table t = new Table("key", "value", "basis", "from", "until", "source");
      rows.forEach(r -> t.row("`" + r.key() + "`", Texts.value(r.value()), r.basis().name(),
          r.dated().from().toString(), r.dated().until().map(LocalDate::toString).orElse("—"),
          citation(r.dated().citation())));
      return s.append(t.render(format)).toString();
    }
    for (Row r : rows) {
      s.append('\n').append(r.key()).append(" = ").append(Texts.value(r.value())).append('\n')
          .append("    ").append(r.basis()).append(", ").append(r.dated().from())
          .append(r.dated().until().map(u -> " until " + u).orElse(" on")).append(": ")
          .append(citation(r.dated().citation())).append('\n');
    }
    return s.toString();
  }

  /** The values of {@code rows} by basis, every basis counted (0 if none). */
  private static Map<Basis, Integer> count(List<Row> rows) {
    Map<Basis, Integer> n = new EnumMap<>(Basis.class);
    for (Basis b : Basis.values()) {
      n.put(b, 0);
    }
    rows.forEach(r -> n.merge(r.basis(), 1, Integer::sum));
    return n;
  }

  /** {@code 41 values: 12 agreement, 5 published, 24 assumptions, 0 inputs}. */
  private static String countLine(List<Row> rows) {
    Map<Basis, Integer> n = count(rows);
    return rows.size() + " values: " + n.get(Basis.AGREEMENT) + " agreement text, "
        + n.get(Basis.PUBLISHED) + " published, " + n.get(Basis.ASSUMPTION)
        + " assumptions (not published figures; replace them with your own), "
        + n.get(Basis.INPUT) + " your inputs";
  }

  /**
   * A value for a CSV cell: kronor with a point, full-year students as decimals (exact when they
   * end, else rounded half to even to two places), shares as exact ratios.
   */
  private static String plain(Object value) {
    if (value instanceof Sek sek) {
      return Texts.plain(sek.toRatio(), Unit.SEK);
    }
    if (value instanceof FullYearStudents students) {
      return Texts.plain(students.value(), Unit.HST);
    }
    return Texts.value(value);
  }

  /** The citation, then its note: where the value comes from and how it was read. */
  private static String citation(Citation c) {
    return c.render() + c.note().map(n -> ". " + n).orElse("");
  }
}
