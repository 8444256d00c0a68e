package se.alf.examples.cli.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Finding;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.provenance.Stamp;
import se.alf.rules.report.Table;
import se.alf.source.Citation;

/**
 * The one way the command line writes JSON ({@code --format json}), for every command: a document
 * per result, typed values, one naming scheme. Build a document with {@link #document}, add the
 * command's fields with the methods here, write it with {@link #write}.
 *
 * <ul>
 *   <li>A document: {@code "schema": "alf/COMMAND/1"} first (the version changes when a field
 *       changes meaning or goes), then {@code "stamp"} where the result has one, then the fields.
 *   <li>Field names in snake_case; a field that has no value is {@code null}, never left out.
 *   <li>An amount ({@link #money}): {@code {"ore": 5687610500, "sek": "56876105.00"}}, the öre an
 *       exact integer, the kronor the same amount as a decimal string with a point.
 *   <li>A ratio or full-year students ({@link #ratio}, {@link #students}): {@code {"ratio":
 *       "9600/11", "decimal": "872.727273", "exact": false}}: the exact value as
 *       numerator/denominator (a whole number alone: {@code "715"}), and a decimal, exact when
 *       the value has a finite decimal expansion ({@code "exact": true}), else rounded half to
 *       even to {@value #PLACES} places.
 *   <li>Years and counts as integers; dates as ISO strings ({@code "2026-01-01"}); an enum
 *       constant by its id, lower case with hyphens ({@code "vastra-gotaland"},
 *       {@code "research-quality"}, {@code "assumption"}); a region also by its name beside.
 * </ul>
 *
 * <p>Not instantiable: static members only; thread-safe.
 */
public final class JsonWriter {

  /** The places of a decimal that does not end. */
  public static final int PLACES = 6;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final ObjectWriter WRITER = new ObjectMapper().writer(
      new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonWriter() {}

  /** Returns a new document of {@code command}: {@code {"schema": "alf/COMMAND/1"}}. */
  public static ObjectNode document(String command) {
    return NODES.objectNode().put("schema", "alf/" + command + "/1");
  }

  /** Returns a new document of {@code command} with the result's {@code stamp}. */
  public static ObjectNode document(String command, Stamp stamp) {
    ObjectNode d = document(command);
    d.set("stamp", stamp(stamp));
    return d;
  }

  /** Returns an empty array, to fill. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Returns an empty object, to fill. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** Returns {@code document} as text: indented by two spaces, a line feed at the end. */
  public static String write(JsonNode document) {
    try {
      return WRITER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of nodes always writes", e);
    }
  }

  /** {@code {"ore": 5687610500, "sek": "56876105.00"}}. */
  public static ObjectNode money(Sek amount) {
    return object().put("ore", amount.ore()).put("sek", amount.toPlainString());
  }

  /** An amount in kronor given exactly as a ratio of whole öre: as {@link #money}. */
  public static ObjectNode money(Ratio kronor) {
    return money(Sek.ofKronor(kronor, RoundingMode.UNNECESSARY));
  }

  /** {@code {"ratio": "9600/11", "decimal": "872.727273", "exact": false}}. */
  public static ObjectNode ratio(Ratio r) {
    BigDecimal exact = null;
    try {
      exact = r.toBigDecimalExact();
    } catch (ArithmeticException e) {
      // no finite decimal expansion: rounded below
    }
    String decimal = exact != null ? exact.toPlainString()
        : r.toBigDecimal(PLACES, RoundingMode.HALF_EVEN).toPlainString();
    return object().put("ratio", r.toString()).put("decimal", decimal)
        .put("exact", exact != null);
  }

  /** Full-year students (HST), as {@link #ratio}. */
  public static ObjectNode students(FullYearStudents students) {
    return ratio(students.value());
  }

  /**
   * {@code {"alf": "0.1.0-SNAPSHOT", "rule_sets": ["pm-2024"], "sha256": "…", "provenance":
   * {…}}}: what produced a result ({@link Stamp}).
   */
  public static ObjectNode stamp(Stamp stamp) {
    ObjectNode s = object().put("alf", stamp.libraryVersion());
    ArrayNode ids = s.putArray("rule_sets");
    stamp.ruleSetIds().forEach(ids::add);
    s.put("sha256", stamp.sha256());
    s.set("provenance", provenance(stamp.provenance()));
    return s;
  }

  /**
   * {@code {"agreement": 3, "published": 5, "assumptions": 34, "inputs": 0, "total": 42}}: the
   * values read, by basis.
   */
  public static ObjectNode provenance(Provenance p) {
    return object().put("agreement", p.agreement()).put("published", p.published())
        .put("assumptions", p.assumptions()).put("inputs", p.inputs()).put("total", p.total());
  }

  /** The findings, each as {@link #finding}. */
  public static ArrayNode findings(List<? extends Finding> findings) {
    ArrayNode a = array();
    findings.forEach(f -> a.add(finding(f)));
    return a;
  }

  /**
   * {@code {"severity": "warning", "check": "…", "region": "orebro", "region_name": "Örebro",
   * "message": "…", "citation": "…"}}; a region that is not an ALF region by its name only.
   */
  public static ObjectNode finding(Finding f) {
    ObjectNode o = object().put("severity", id(f.severity())).put("check", f.check());
    o.put("region", f.alfRegion().map(JsonWriter::id).orElse(null));
    o.put("region_name", f.alfRegion().map(AlfRegion::displayName)
        .or(() -> f.region().map(r -> r.currentName())).orElse(null));
    return o.put("message", f.message()).put("citation", f.citation().render());
  }

  /** The values read (e.g. the assumptions a result rests on), each as {@link #read}. */
  public static ArrayNode reads(List<ParameterRead> reads) {
    ArrayNode a = array();
    reads.forEach(r -> a.add(read(r)));
    return a;
  }

  /**
   * {@code {"key": "minimum-hst[orebro]", "value": …typed…, "text": "715 HST", "basis":
   * "assumption", "from": "2015-01-01", "until": null, "citation": {…}}}.
   */
  public static ObjectNode read(ParameterRead r) {
    ObjectNode o = object().put("key", r.id());
    o.set("value", value(r.typedValue()));
    o.put("text", r.value()).put("basis", id(r.basis())).put("from", r.from().toString())
        .put("until", r.until().map(LocalDate::toString).orElse(null));
    o.set("citation", citation(r.citation()));
    return o;
  }

  /** {@code {"text": "PM U2024/01035 7.10 (…)", "url": "https://…", "note": "…"}}. */
  public static ObjectNode citation(Citation c) {
    return object().put("text", c.render()).put("url", c.url().orElse(null))
        .put("note", c.note().orElse(null));
  }

  /**
   * A parameter's value, typed: an amount as {@link #money}, students and ratios as
   * {@link #ratio}, a year or a count as an integer, a date as ISO text, a truth value as a
   * boolean, an enum constant by its id, anything else (a set of permits, grades) as its text.
   */
  public static JsonNode value(Object v) {
    if (v instanceof Sek s) {
      return money(s);
    }
    if (v instanceof FullYearStudents s) {
      return students(s);
    }
    if (v instanceof Ratio r) {
      return ratio(r);
    }
    if (v instanceof Year y) {
      return NODES.numberNode(y.getValue());
    }
    if (v instanceof Integer || v instanceof Long) {
      return NODES.numberNode(((Number) v).longValue());
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof Enum<?> e) {
      return NODES.textNode(id(e));
    }
    if (v instanceof LocalDate d) {
      return NODES.textNode(d.toString());
    }
    return NODES.textNode(se.alf.rules.report.Texts.value(v));
  }

  /** {@code {"id": "pm-2024", "title": "…"}}. */
  public static ObjectNode ruleSet(RuleSet rs) {
    return object().put("id", rs.id()).put("title", rs.title());
  }

  /** {@code {"name": "published", "description": "…"}}. */
  public static ObjectNode scenario(Scenario s) {
    return object().put("name", s.name()).put("description", s.description());
  }

  /** An enum constant's id: its name in lower case, hyphens for underscores. */
  public static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A table of text cells ({@link Table}) as an array of objects, one a row, each keyed by the
   * column headers in snake_case ({@code "first year"} becomes {@code "first_year"}); cells stay
   * text. For a table with no typed counterpart; a result with typed values writes those.
   */
  public static ArrayNode table(Table t) {
    List<String> keys = t.header().stream().map(JsonWriter::key).toList();
    ArrayNode a = array();
    for (List<String> row : t.rows()) {
      ObjectNode o = a.addObject();
      for (int i = 0; i < keys.size(); i++) {
        o.put(keys.get(i), row.get(i));
      }
    }
    return a;
  }

  /** A header as a field name: lower case, runs of other characters as one underscore. */
  static String key(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_")
        .replaceAll("^_|_$", "");
  }
}
