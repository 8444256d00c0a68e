package se.alf.rules.provenance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import se.alf.money.Sek;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.explain.Formats;
import se.alf.rules.explain.ParameterRead;

/**
 * The canonical text of a value a result read: the same value gives the same text in every run
 * and JVM (no locale, no hash order, no identity), and a different value a different text. One
 * line per value, fields separated by a tab; tabs, line breaks and backslashes inside a field are
 * escaped. Used by {@link Stamp} (the text it hashes) and {@link Provenance} (a value is counted
 * once per line).
 */
final class Canonical {

  private Canonical() {}

  /**
   * Returns the line of {@code read}: {@code read}, the key id (with its region, e.g.
   * {@code actual-hst[orebro]}), the first date, the first date after ({@code open} if none) and
   * the value, e.g. {@code read\tresearch.appropriation\t2016-01-01\topen\t175000000000 ore}.
   */
  static String read(ParameterRead read) {
    return "read\t" + escape(read.id()) + '\t' + read.from() + '\t'
        + read.until().map(LocalDate::toString).orElse("open") + '\t' + value(read.typedValue());
  }

  /**
   * Returns {@code value} as canonical text: kronor as whole öre ({@code 12345 ore}), full-year
   * students as an exact ratio ({@code 9600/11 HST}), an enum constant by name, grades per panel
   * in panel order, a set sorted, a map sorted by key; any other value as the library writes it
   * ({@link Formats#text}: a ratio {@code 1/5}, a year {@code 2027}, a number, a boolean).
   */
  static String value(Object value) {
    if (value instanceof Sek sek) {
      return sek.ore() + " ore";
    }
    if (value instanceof FullYearStudents students) {
      return students.value() + " HST";
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof RegionEvaluation e) {
      return e.region().name() + " grades " + Arrays.stream(Panel.values())
          .map(p -> e.grade(p).map(Grade::name).orElse("?")).collect(Collectors.joining("/"))
          + " unplaced " + value(e.unplacedGrades());
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(Canonical::value).collect(Collectors.joining(",", "[", "]"));
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(Canonical::value).sorted()
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> value(e.getKey()) + "=" + value(e.getValue()))
          .sorted().collect(Collectors.joining(",", "{", "}"));
    }
    return escape(Formats.text(value));
  }

  /** Returns {@code text} with backslash, tab, CR and LF escaped, so a field stays one field. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")
        .replace("\n", "\\n");
  }
}
