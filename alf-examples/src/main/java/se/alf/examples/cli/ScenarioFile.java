package se.alf.examples.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.alf.rules.Basis;
import se.alf.rules.Key;
import se.alf.rules.Parameters;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
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
 */
final class ScenarioFile {

  private static final Set<String> TOP = Set.of("name", "description", "inputs");
  private static final Set<String> INPUT = Set.of("key", "value", "from", "to", "year", "note",
      "basis");

  private ScenarioFile() {}

  /**
   * Returns the published scenario with the inputs of the file {@code file} applied.
   *
   * @throws UsageException naming the file and what is wrong with it
   */
  static Scenario read(String file) {
    String text;
    try {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("--scenario " + file + ": cannot read the file ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ")");
    }
    try {
      return parse(text, Path.of(file).getFileName().toString().replaceFirst("\\.json$", ""),
          Scenarios.published(), KeyIndex.load());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--scenario " + file + ": " + e.getMessage());
    }
  }

  /**
   * Returns {@code base} with the inputs of the JSON {@code text} applied.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  static Scenario parse(String text, String defaultName, Scenario base, KeyIndex keys) {
    Object root = Json.parse(text);
    if (!(root instanceof Map)) {
      throw new IllegalArgumentException("expected a JSON object with \"inputs\"");
    }
    Map<?, ?> m = (Map<?, ?>) root;
    unknownMembers(m, TOP, "the scenario");
    String name = optionalString(m, "name", "name").orElse(defaultName);
    if (name.isBlank()) {
      throw new IllegalArgumentException("\"name\" must not be blank");
    }
    Object inputs = m.get("inputs");
    if (!(inputs instanceof List)) {
      throw new IllegalArgumentException("\"inputs\" must be an array of inputs");
    }
    Parameters.Builder b = Parameters.builder();
    List<?> list = (List<?>) inputs;
    for (int i = 0; i < list.size(); i++) {
      String where = "inputs[" + i + "]";
      if (!(list.get(i) instanceof Map)) {
        throw new IllegalArgumentException(where + " must be an object with key, value and years");
      }
      Map<?, ?> in = (Map<?, ?>) list.get(i);
      unknownMembers(in, INPUT, where);
      String id = optionalString(in, "key", where + ".key").orElseThrow(
          () -> new IllegalArgumentException(where + ": \"key\" is missing"));
      Key<?> key = keys.find(id).orElseThrow(() -> new IllegalArgumentException(where
          + ".key '" + id + "' is not a known key; `alf keys` lists them"));
      Year from;
      Year to;
      if (in.containsKey("year")) {
        if (in.containsKey("from") || in.containsKey("to")) {
          throw new IllegalArgumentException(where + ": give either \"year\" or \"from\"/\"to\"");
        }
        from = year(in.get("year"), where + ".year");
        to = from;
      } else {
        if (!in.containsKey("from")) {
          throw new IllegalArgumentException(where + ": \"from\" (or \"year\") is missing");
        }
        from = year(in.get("from"), where + ".from");
        to = in.containsKey("to") ? year(in.get("to"), where + ".to") : null;
        if (to != null && to.isBefore(from)) {
          throw new IllegalArgumentException(where + ": \"to\" " + to + " is before \"from\" "
              + from);
        }
      }
      if (!in.containsKey("value")) {
        throw new IllegalArgumentException(where + ": \"value\" is missing");
      }
      Citation.Builder c = Citation.builder().document("scenario " + name)
          .section("input " + i + " (" + id + ")");
      optionalString(in, "note", where + ".note").ifPresent(c::note);
      Citation citation = c.build();
      Object value;
      try {
        value = KeyIndex.value(key, in.get("value"), citation);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      Basis basis = Basis.INPUT;
      java.util.Optional<String> basisName = optionalString(in, "basis", where + ".basis");
      if (basisName.isPresent()) {
        basis = switch (basisName.get()) {
          case "input" -> Basis.INPUT;
          case "assumption" -> Basis.ASSUMPTION;
          case "published" -> Basis.PUBLISHED;
          default -> throw new IllegalArgumentException(where + ".basis must be input, assumption"
              + " or published, was '" + basisName.get() + "'");
        };
      }
      put(b, key, from, to, value, basis, citation);
    }
    Parameters changes;
    try {
      changes = b.build();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("two inputs of one key overlap: " + e.getMessage(), e);
    }
    Scenario changed = base.with(name, changes);
    java.util.Optional<String> description = optionalString(m, "description", "description");
    if (description.isEmpty()) {
      return changed;
    }
    return Scenario.builder(name).description(description.get() + " (on top of scenario '"
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

  private static void unknownMembers(Map<?, ?> m, Set<String> known, String where) {
    for (Object k : m.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException(where + " has an unknown member \"" + k
            + "\"; known are " + known.stream().sorted().toList());
      }
    }
  }

  private static java.util.Optional<String> optionalString(Map<?, ?> m, String member,
      String where) {
    Object v = m.get(member);
    if (v == null) {
      return java.util.Optional.empty();
    }
    if (!(v instanceof String)) {
      throw new IllegalArgumentException(where + " must be a string, was " + v);
    }
    return java.util.Optional.of((String) v);
  }

  /** The years a scenario file may name: the agreements run from 2015; 2100 is far enough. */
  static final int FIRST_YEAR = 2015;
  static final int LAST_YEAR = 2100;

  /**
   * Reads the year {@code v} at {@code where}: an integer literal ({@code 2027}, not {@code 2027.0}
   * or {@code 2.027e3}, which JSON reads as other numbers), or a string of one, from
   * {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
   */
  private static Year year(Object v, String where) {
    String s = v instanceof BigInteger || v instanceof String ? v.toString() : null;
    if (s != null && Names.isYear(s)) {
      int y = Integer.parseInt(s);
      if (y >= FIRST_YEAR && y <= LAST_YEAR) {
        return Year.of(y);
      }
    }
    throw new IllegalArgumentException(where + " must be a year from " + FIRST_YEAR + " to "
        + LAST_YEAR + " written as a whole number like 2027, was "
        + (v instanceof String ? "'" + v + "'"
            : v instanceof BigDecimal ? v + " (a number with a fraction or an exponent)"
            : String.valueOf(v)));
  }
}
