package se.alf.rules.contract;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Allocation;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.Line;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Setting;
import se.alf.time.DatedValue;

/**
 * Golden cases as data: files of cases, each run against every rule set it names, with a diff of
 * every expected value that differs.
 *
 * <p>A file ({@code *.golden}, UTF-8) holds cases separated by blank lines; {@code #} starts a
 * comment line. A case has the fields
 *
 * <pre>
 * case: liu-minimum-with-term-12
 * rule-sets: alf-2014, pm-2024
 * year: 2027
 * scenario: published                  (or empty; published is the default)
 * input: actual-hst[orebro] = 500      (any number: a key id and a value, from the case's year on;
 *                                       "key from 2015 = value" from 2015 on)
 * expect: minimum-students[ostergotland] = 1056
 * source: seed 000, 6.2.1: 968 × 12/11 = 1056
 * </pre>
 *
 * <p>An expectation's target is a line of a region ({@code education[orebro]}, the line names of
 * {@link Line} in lower case with hyphens), a national sum ({@code national.education}), one of
 * {@code returned-to-state}, {@code redistributed}, {@code research-appropriation}, or {@code value
 * <key id>}: the value a rule reads for the key on 1 January of the year (the rule set's own
 * parameter, else the scenario's). Money is written as {@link Sek#parse} reads it, student counts
 * and ratios as {@link Ratio#parse} reads them, named constants by name. Comparisons are exact.
 */
public final class GoldenCases {

  private GoldenCases() {}

  /** One golden case, as read. */
  public static final class Case {
    final String file;
    final String name;
    final ImmutableList<String> ruleSets;
    final Year year;
    final String scenario;
    final ImmutableList<String[]> inputs;
    final ImmutableList<String[]> expects;
    final String source;

    Case(String file, String name, List<String> ruleSets, Year year, String scenario,
        List<String[]> inputs, List<String[]> expects, String source) {
      this.file = file;
      this.name = name;
      this.ruleSets = ImmutableList.copyOf(ruleSets);
      this.year = year;
      this.scenario = scenario;
      this.inputs = ImmutableList.copyOf(inputs);
      this.expects = ImmutableList.copyOf(expects);
      this.source = source;
    }

    public String name() {
      return name;
    }

    public ImmutableList<String> ruleSets() {
      return ruleSets;
    }

    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  /**
   * Reads every {@code *.golden} file in {@code dir}, in name order.
   *
   * @throws IllegalArgumentException naming the file, the line and the rule, if a case is malformed
   */
  public static ImmutableList<Case> load(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> golden = files.filter(p -> p.getFileName().toString().endsWith(".golden"))
          .sorted().collect(Collectors.toList());
      ImmutableList.Builder<Case> cases = ImmutableList.builder();
      for (Path p : golden) {
        cases.addAll(parse(p.getFileName().toString(),
            Files.readAllLines(p, StandardCharsets.UTF_8)));
      }
      return cases.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns one dynamic test per case and rule set it names, for a {@code @TestFactory}: every
   * golden file in {@code dir}, each rule set found by {@code ruleSets} (from its id).
   */
  public static Stream<DynamicTest> tests(Path dir, Function<String, RuleSet> ruleSets) {
    Objects.requireNonNull(ruleSets, "ruleSets");
    return load(dir).stream().flatMap(c -> c.ruleSets.stream().map(id -> DynamicTest.dynamicTest(
        c.name + " [" + id + "]", () -> check(c, ruleSets.apply(id)))));
  }

  /**
   * Runs {@code c} against {@code ruleSet}.
   *
   * @throws AssertionError listing every expected value that differs, with the case's source
   */
  public static void check(Case c, RuleSet ruleSet) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Scenario base = c.scenario.equals("empty") ? Scenario.empty() : Scenarios.published();
    Parameters.Builder changes = Parameters.builder();
    for (String[] input : c.inputs) {
      // "key = value" holds from the case's year on; "key from 2015 = value" from that year on.
      String[] keyAndYear = input[0].split("\\s+from\\s+");
      Year from = keyAndYear.length > 1 ? Year.parse(keyAndYear[1]) : c.year;
      putInput(changes, key(ruleSet, keyAndYear[0], c), from, input[1], c);
    }
    Scenario scenario = c.inputs.isEmpty() ? base : base.with("golden " + c.name, changes.build());
    Allocation[] allocation = new Allocation[1];
    List<String> diffs = new ArrayList<>();
    for (String[] expect : c.expects) {
      String target = expect[0];
      String expected = expect[1];
      Object actual;
      Object wanted;
      if (target.startsWith("value ")) {
        Key<?> key = key(ruleSet, target.substring("value ".length()).trim(), c);
        actual = read(ruleSet, scenario, key, c.year).orElse(null);
        wanted = parse(key.type(), expected, c);
      } else {
        if (allocation[0] == null) {
          allocation[0] = ruleSet.allocate(scenario, c.year);
        }
        actual = target(allocation[0], target, c);
        wanted = actual instanceof Sek ? Sek.parse(expected)
            : FullYearStudents.of(Ratio.parse(expected)).value();
      }
      if (!wanted.equals(actual)) {
        diffs.add("  " + target + ": expected " + show(wanted) + ", actual " + show(actual)
            + difference(wanted, actual));
      }
    }
    if (!diffs.isEmpty()) {
      throw new AssertionError("golden case " + c + " under " + ruleSet.id() + " " + c.year
          + ":\n" + String.join("\n", diffs) + "\n  source of the expected values: " + c.source);
    }
  }

  private static String show(Object value) {
    if (value instanceof Sek) {
      return ((Sek) value).format();
    }
    if (value instanceof Ratio) {
      return FullYearStudents.format((Ratio) value);
    }
    return String.valueOf(value);
  }

  private static String difference(Object wanted, Object actual) {
    if (wanted instanceof Sek && actual instanceof Sek) {
      return " (actual − expected = " + ((Sek) actual).minus((Sek) wanted).format() + ")";
    }
    return "";
  }

  private static <T> Optional<Object> read(RuleSet ruleSet, Scenario scenario, Key<T> key,
      Year year) {
    LocalDate day = year.atDay(1);
    Optional<DatedValue<Setting<T>>> own = ruleSet.parameters().find(key, day);
    return own.or(() -> scenario.inputs().find(key, day)).map(v -> v.value().value());
  }

  private static Object target(Allocation a, String target, Case c) {
    switch (target) {
      case "returned-to-state": return a.returnedToState().value();
      case "redistributed": return a.redistributed().value();
      case "research-appropriation": return a.researchAppropriation().value();
      default: break;
    }
    if (target.startsWith("national.")) {
      return a.national(line(target.substring("national.".length()), c));
    }
    int open = target.indexOf('[');
    if (open < 0 || !target.endsWith("]")) {
      throw bad(c, "expect", target, "a target is line[region], national.line,"
          + " returned-to-state, redistributed, research-appropriation or value <key id>");
    }
    Line line = line(target.substring(0, open), c);
    AlfRegion region = region(target.substring(open + 1, target.length() - 1), c);
    return line.isStudents() ? a.region(region).value(line) : a.region(region).amount(line);
  }

  private static Line line(String text, Case c) {
    for (Line l : Line.values()) {
      if (l.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
        return l;
      }
    }
    throw bad(c, "expect", text, "a line is one of education, research-base, research-quality,"
        + " supplement, total, minimum-students, compensated-students");
  }

  private static AlfRegion region(String text, Case c) {
    for (AlfRegion r : AlfRegion.values()) {
      if (RegionKey.qualifier(r).equals(text)) {
        return r;
      }
    }
    throw bad(c, "expect", text, "a region is one of stockholm, vastra-gotaland, skane, uppsala,"
        + " vasterbotten, ostergotland, orebro");
  }

  private static Key<?> key(RuleSet ruleSet, String id, Case c) {
    Key<?> key = ruleSet.declaredKeys().get(id);
    if (key == null) {
      throw bad(c, "key", id, "not a key of rule set " + ruleSet.id());
    }
    return key;
  }

  private static <T> void putInput(Parameters.Builder b, Key<T> key, Year year, String text,
      Case c) {
    b.putFrom(key, year, key.cast(parse(key.type(), text, c)), Basis.INPUT,
        GeneratedCase.GENERATED);
  }

  private static Object parse(Class<?> type, String text, Case c) {
    if (type == Sek.class) {
      return Sek.parse(text);
    } else if (type == FullYearStudents.class) {
      return FullYearStudents.of(Ratio.parse(text));
    } else if (type == Ratio.class) {
      return Ratio.parse(text);
    } else if (type == Year.class) {
      return Year.parse(text);
    } else if (type == Integer.class) {
      return Integer.valueOf(text);
    } else if (type == Boolean.class) {
      return Boolean.valueOf(text);
    } else if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equalsIgnoreCase(text.replace('-', '_'))) {
          return constant;
        }
      }
    }
    throw bad(c, "value", text, "cannot read a " + type.getSimpleName() + " (golden inputs take"
        + " money, counts, ratios, years, whole numbers, booleans and named constants)");
  }

  private static IllegalArgumentException bad(Case c, String field, String value, String rule) {
    return new IllegalArgumentException(c + ": " + field + ": '" + value + "' " + rule);
  }

  static ImmutableList<Case> parse(String file, List<String> lines) {
    ImmutableList.Builder<Case> cases = ImmutableList.builder();
    List<String> block = new ArrayList<>();
    int start = 1;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        if (!block.isEmpty()) {
          cases.add(parseCase(file, start, block));
          block.clear();
        }
        start = i + 2;
      } else {
        block.add(line);
      }
    }
    return cases.build();
  }

  private static Case parseCase(String file, int line, List<String> block) {
    String where = file + " (case starting on line " + line + ")";
    String name = null;
    List<String> ruleSets = List.of();
    Year year = null;
    String scenario = "published";
    List<String[]> inputs = new ArrayList<>();
    List<String[]> expects = new ArrayList<>();
    String source = null;
    for (String l : block) {
      int colon = l.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(where + ": '" + l + "' is not 'field: value'");
      }
      String field = l.substring(0, colon).strip();
      String value = l.substring(colon + 1).strip();
      switch (field) {
        case "case": name = value; break;
        case "rule-sets": ruleSets = List.of(value.split("\\s*,\\s*")); break;
        case "year": year = Year.parse(value); break;
        case "scenario": scenario = value; break;
        case "input": inputs.add(pair(where, field, value)); break;
        case "expect": expects.add(pair(where, field, value)); break;
        case "source": source = source == null ? value : source + " " + value; break;
        default: throw new IllegalArgumentException(where + ": field '" + field + "' is not one"
            + " of case, rule-sets, year, scenario, input, expect, source");
      }
    }
    for (Map.Entry<String, Object> required : java.util.Arrays.asList(
        Map.entry("case", (Object) String.valueOf(name)), Map.entry("year", (Object) year),
        Map.entry("source", (Object) String.valueOf(source)))) {
      if (required.getValue() == null || "null".equals(required.getValue())) {
        throw new IllegalArgumentException(where + ": field '" + required.getKey()
            + "' is missing; every case has case, rule-sets, year, expect and source");
      }
    }
    if (ruleSets.isEmpty() || expects.isEmpty()) {
      throw new IllegalArgumentException(where + ": case " + name + " needs rule-sets and at"
          + " least one expect");
    }
    if (!scenario.equals("published") && !scenario.equals("empty")) {
      throw new IllegalArgumentException(where + ": scenario: '" + scenario + "' is not"
          + " published or empty");
    }
    return new Case(file, name, ruleSets, year, scenario, inputs, expects, source);
  }

  private static String[] pair(String where, String field, String value) {
    int eq = value.lastIndexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(where + ": " + field + ": '" + value + "' is not"
          + " 'target = value'");
    }
    return new String[] {value.substring(0, eq).strip(), value.substring(eq + 1).strip()};
  }
}
