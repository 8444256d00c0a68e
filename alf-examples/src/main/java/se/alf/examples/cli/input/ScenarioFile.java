package se.alf.examples.cli.input;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/**
 * Reads a scenario from a JSON file and applies it on top of the published scenario
 * ({@link Scenarios#published()}, with {@link Scenario#with}). The format:
 *
 * <pre>{@code
 * {
 *   "name": "orebro-850",                      // optional; default: the file name
 *   "description": "Örebro trains 850 in 2026", // optional
 *   "inputs": [
 *     {"key": "actual-hst[orebro]", "from": 2026, "to": 2026, "value": "850"},
 *     {"key": "research.appropriation", "from": 2027, "value": "1800000000"},
 *     {"key": "evaluation.result[uppsala]", "year": 2028, "value": "A/B/C"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Each input sets {@code key} to {@code value} for the years {@code from} to {@code to}
 * inclusive, from {@code from} on if {@code to} is left out, or for the one {@code year}; from its
 * first year on it replaces the published value, which resumes after {@code to}. The value is a
 * string (or a number, or {@code true}/{@code false}) read by the key's type: kronor
 * ({@code "79 547,50"}), full-year students ({@code "850"}, {@code "9350/11"}), a ratio
 * ({@code "1/5"}, {@code "0.2"}, {@code "20%"}), a year, a whole number, true/false, the grades of
 * panels 1/2/3 ({@code "A/B/B"}) or an enum constant ({@code "returned-to-state"}). The inputs are
 * marked as the caller's ({@link Basis#INPUT}) unless {@code "basis"} says {@code "assumption"}
 * (then results list it among their assumptions) or {@code "published"}; an optional
 * {@code "note"} says where the figure comes from. {@code alf keys} lists the keys. Comments are
 * not JSON and are not allowed.
 *
 * <p>A region's key may name the region as its id ({@code actual-hst[orebro]}) or its name, in any
 * case, with or without Swedish letters ({@code actual-hst[Örebro]}). Every problem of a file is
 * reported at once, one line each naming the input, the value and the rule; a misspelt key gets
 * the nearest known one suggested. The file must be a regular file of at most
 * {@value InputFiles#MAX_BYTES} bytes ({@link InputFiles}); years run from
 * {@value se.alf.rules.Horizon#FIRST} to {@value se.alf.rules.Horizon#LAST}.
 */
public final class ScenarioFile {

  private static final Set<String> TOP = Set.of("name", "description", "inputs");

  private ScenarioFile() {}

  /**
   * Returns the published scenario with the inputs of the file {@code file} applied.
   *
   * @throws UsageException naming the file and every problem of it, one line each
   */
  public static Scenario read(String file) {
    return read("--scenario", file);
  }

  /**
   * Returns the published scenario with the inputs of the file {@code file}, given with
   * {@code option} (e.g. {@code --against}), applied.
   *
   * @throws UsageException naming the option, the file and every problem of it, one line each
   */
  public static Scenario read(String option, String file) {
    String text = InputFiles.read(option, file);
    String name = Path.of(file).getFileName().toString().replaceFirst("\\.json$", "");
    try {
      return parse(text, name, Scenarios.published(), KeyIndex.load());
    } catch (FileProblems e) {
      throw e.usage(option + " " + Terminal.safe(file));
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " " + Terminal.safe(file) + ": " + e.getMessage());
    }
  }

  /**
   * Returns {@code base} with the inputs of the JSON {@code text} applied.
   *
   * @throws FileProblems listing every problem, one line each
   * @throws IllegalArgumentException for text that is not JSON (line and column)
   */
  public static Scenario parse(String text, String defaultName, Scenario base, KeyIndex keys) {
    Object root = Json.parse(text);
    if (!(root instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("expected a JSON object with \"inputs\", was "
          + FileInputs.describe(root));
    }
    List<String> problems = new ArrayList<>();
    FileInputs.unknownMembers(m, TOP, "", problems);
    String name = FileInputs.string(m, "name", "", problems);
    if (name == null) {
      name = defaultName;
    } else if (name.isBlank()) {
      problems.add("name: must not be blank, was " + Terminal.quote(name));
    }
    String description = FileInputs.string(m, "description", "", problems);
    List<FileInputs.Entry> entries = FileInputs.read(m, "inputs", "scenario " + name, keys,
        Basis.INPUT, EnumSet.of(Basis.INPUT, Basis.ASSUMPTION, Basis.PUBLISHED), problems);
    if (!problems.isEmpty()) {
      throw new FileProblems(problems);
    }
    Parameters.Builder b = Parameters.builder();
    for (FileInputs.Entry e : entries) {
      put(b, e.key(), e.from(), e.to(), e.value(), e.basis(), e.citation());
    }
    Scenario changed = base.with(name, b.build());
    if (description == null) {
      return changed;
    }
    return Scenario.builder(name).description(description + " (on top of scenario '"
        + base.name() + "')").putAll(changed).build();
  }

  private static <T> void put(Parameters.Builder b, Key<T> key, Year from, Year to, Object value,
      Basis basis, Citation citation) {
    if (to == null) {
      b.putFrom(key, from, key.cast(value), basis, citation);
    } else {
      b.putYears(key, from, to, key.cast(value), basis, citation);
    }
  }
}
