package se.alf.examples.cli.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.alf.rules.Horizon;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.source.Citation;

/**
 * Reads the dated values of a scenario file ({@code "inputs"}) or of a reform file
 * ({@code "changes"}): each sets {@code key} to {@code value} for the years {@code from} to
 * {@code to}, from {@code from} on, or for one {@code year}. Every problem is collected, one line
 * each naming the entry's position and member, the value and the rule, so that a file with three
 * mistakes is reported with three lines in one run.
 */
final class FileInputs {

  /** The members an entry may have. */
  static final Set<String> MEMBERS = Set.of("key", "value", "from", "to", "year", "note",
      "basis");

  /** One dated value read from a file. */
  record Entry(String where, Key<?> key, Year from, Year to, Object value, Basis basis,
      Citation citation) {

    /** Returns whether this entry's years and {@code other}'s share one (same key). */
    boolean overlaps(Entry other) {
      boolean thisEndsBefore = to != null && to.isBefore(other.from);
      boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
      return key.id().equals(other.key.id()) && !thisEndsBefore && !otherEndsBefore;
    }

    /** {@code 2026}, {@code 2026–2028} or {@code 2026 on}. */
    String years() {
      return to == null ? from + " on" : from.equals(to) ? from.toString() : from + "–" + to;
    }
  }

  private FileInputs() {}

  /**
   * Reads the entries of the array member {@code member} of {@code root}; adds a line to
   * {@code problems} for every problem and returns the entries without one.
   *
   * @param document the document the values' citations name, e.g. {@code "scenario orebro-850"}
   * @param defaultBasis the basis of an entry without {@code "basis"}
   * @param bases the bases an entry may name
   */
  static List<Entry> read(Map<?, ?> root, String member, String document, KeyIndex keys,
      Basis defaultBasis, Set<Basis> bases, List<String> problems) {
    List<Entry> entries = new ArrayList<>();
    Object raw = root.get(member);
    if (raw == null) {
      problems.add(member + ": missing; give an array of {\"key\", \"from\", \"value\"} objects");
      return entries;
    }
    if (!(raw instanceof List<?> list)) {
      problems.add(member + ": must be an array of {\"key\", \"from\", \"value\"} objects, was "
          + describe(raw));
      return entries;
    }
    if (list.isEmpty()) {
      problems.add(member + ": is empty; give at least one {\"key\", \"from\", \"value\"}");
    }
    for (int i = 0; i < list.size(); i++) {
      entry(list.get(i), member + "[" + i + "]", i, document, keys, defaultBasis, bases,
          problems).ifPresent(e -> {
            for (Entry earlier : entries) {
              if (earlier.overlaps(e)) {
                problems.add(e.where() + ": " + e.key().id() + " for " + e.years()
                    + " overlaps " + earlier.where() + " (" + earlier.years() + "); one value"
                    + " per key and year");
                return;
              }
            }
            entries.add(e);
          });
    }
    return entries;
  }

  private static Optional<Entry> entry(Object o, String where, int index, String document,
      KeyIndex keys, Basis defaultBasis, Set<Basis> bases, List<String> problems) {
    if (!(o instanceof Map<?, ?> in)) {
      problems.add(where + ": must be an object with \"key\", \"from\" and \"value\", was "
          + describe(o));
      return Optional.empty();
    }
    int before = problems.size();
    unknownMembers(in, MEMBERS, where, problems);
    Key<?> key = null;
    String id = string(in, "key", where, problems);
    if (id == null && !in.containsKey("key")) {
      problems.add(where + ".key: missing; `alf keys` lists the keys");
    } else if (id != null) {
      try {
        key = keys.resolve(id);
      } catch (IllegalArgumentException e) {
        problems.add(where + ".key: " + e.getMessage());
      }
    }
    Year from = null;
    Year to = null;
    if (in.containsKey("year")) {
      if (in.containsKey("from") || in.containsKey("to")) {
        problems.add(where + ".year: give either \"year\" or \"from\"/\"to\", not both");
      }
      from = year(in.get("year"), where + ".year", problems);
      to = from;
    } else if (!in.containsKey("from")) {
      problems.add(where + ".from: missing; give \"from\" (and \"to\") or \"year\"");
    } else {
      from = year(in.get("from"), where + ".from", problems);
      if (in.containsKey("to")) {
        to = year(in.get("to"), where + ".to", problems);
        if (from != null && to != null && to.isBefore(from)) {
          problems.add(where + ".to: " + to + " is before \"from\" " + from
              + "; \"to\" is the last year, inclusive");
          to = null;
          from = null;
        }
      }
    }
    String note = string(in, "note", where, problems);
    Basis basis = defaultBasis;
    String basisName = string(in, "basis", where, problems);
    if (basisName != null) {
      basis = bases.stream().filter(b -> KeyIndex.enumId(b).equals(basisName)).findFirst()
          .orElse(null);
      if (basis == null) {
        problems.add(where + ".basis: must be one of " + bases.stream().map(KeyIndex::enumId)
            .toList() + ", was " + Terminal.quote(basisName));
      }
    }
    Object value = null;
    Citation citation = null;
    if (!in.containsKey("value")) {
      problems.add(where + ".value: missing");
    } else if (key != null) {
      Citation.Builder c = Citation.builder().document(document)
          .section("entry " + index + " (" + key.id() + ")");
      if (note != null && !note.isBlank()) {
        c.note(note);
      }
      citation = c.build();
      try {
        value = key.cast(KeyIndex.value(key, in.get("value"), citation));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (problems.size() > before || key == null || from == null || value == null
        || basis == null) {
      return Optional.empty();
    }
    return Optional.of(new Entry(where, key, from, to, value, basis, citation));
  }

  /** Adds a problem for every member of {@code m} not in {@code known}, suggesting the nearest. */
  static void unknownMembers(Map<?, ?> m, Set<String> known, String where,
      List<String> problems) {
    for (Object k : m.keySet()) {
      if (!known.contains(k)) {
        String name = String.valueOf(k);
        String hint = KeyIndex.nearest(name, known).map(n -> "; did you mean \"" + n + "\"?")
            .orElse("; known are " + known.stream().sorted().toList());
        problems.add((where.isEmpty() ? "" : where + ": ") + "unknown member \""
            + Terminal.safe(name) + "\"" + hint);
      }
    }
  }

  /**
   * Returns the string member {@code member} of {@code m}, or null if it is absent or not a
   * string (then a problem is added).
   */
  static String string(Map<?, ?> m, String member, String where, List<String> problems) {
    Object v = m.get(member);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String text)) {
      problems.add((where.isEmpty() ? "" : where + ".") + member + ": must be a string, was "
          + describe(v));
      return null;
    }
    return text;
  }

  /**
   * Reads the year {@code v} at {@code where}: an integer literal ({@code 2027}, not
   * {@code 2027.0} or {@code 2.027e3}, which JSON reads as other numbers), or a string of one,
   * from {@link Horizon#FIRST} to {@link Horizon#LAST}; null (and a problem) otherwise.
   */
  static Year year(Object v, String where, List<String> problems) {
    String s = v instanceof BigInteger || v instanceof String ? v.toString() : null;
    if (s != null && Names.isYear(s)) {
      int y = Integer.parseInt(s);
      if (y >= Horizon.FIRST && y <= Horizon.LAST) {
        return Year.of(y);
      }
    }
    problems.add(where + " must be a year from " + Horizon.FIRST + " to " + Horizon.LAST
        + " written as a whole number like 2027, was "
        + (v instanceof BigDecimal ? v + " (a number with a fraction or an exponent)"
            : describe(v)));
    return null;
  }

  /** Returns how a JSON value is shown in a message: strings quoted, long values cut. */
  static String describe(Object v) {
    String s;
    if (v instanceof String string) {
      s = string;
      return Terminal.quote(s.length() > 60 ? s.substring(0, 60) + "…" : s);
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    if (v == Json.NULL) {
      return "null";
    }
    s = String.valueOf(v);
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
