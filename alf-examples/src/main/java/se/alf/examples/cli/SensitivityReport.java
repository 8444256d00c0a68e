package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.param.Basis;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;
import se.alf.rules.report.Texts;
import se.alf.rules.sensitivity.Sensitivity;
import se.alf.rules.sensitivity.SensitivityRow;
import se.alf.rules.sensitivity.SensitivityRow.Status;
import se.alf.rules.sensitivity.SensitivityRow.Tried;

/**
 * Writes {@link Sensitivity} analyses, one a region, as {@code alf sensitivity} prints them: a
 * pure function of the analyses, the format and how many of the largest swings to show.
 *
 * <p>Text and Markdown: per region a header (the subject, the scenario, the line with every input
 * as given, the ranges, the count of inputs by status), then the ranked table of the inputs that
 * move the line and of those that do not for a reason worth reading ({@code ROUNDING},
 * {@code NO_EFFECT}, {@code OVERRIDDEN}, {@code NOT_VARIED}, {@code FAILED}); the inputs the line
 * does not read are counted, not listed. Under the table, what low, high and the swing are; text
 * gives each distinct reason once, numbered under the table; Markdown writes it in the row. Then
 * the stamp. CSV: one table of every row of every region, amounts in kronor with a point, other
 * numbers exact (a ratio without a finite decimal as {@code n/d}).
 */
final class SensitivityReport {

  private SensitivityReport() {}

  /** What each status means, for the count under the header. */
  private static final Map<Status, String> MEANING = new EnumMap<>(Map.of(
      Status.AFFECTS, "move the line by more than one öre",
      Status.ROUNDING, "the line moves by one öre at most: the rounding of a split to the öre,"
          + " not an effect",
      Status.NO_EFFECT, "read, but the line does not change over the range",
      Status.OVERRIDDEN, "the scenario's value, replaced by a rule set's own",
      Status.NOT_VARIED, "alf has no range for the type",
      Status.FAILED, "the rules refused a value",
      Status.NOT_READ, "not read for this region, line and year"));

  /**
   * Returns the analyses in {@code format}.
   *
   * @param analyses one analysis a region, at least one, all of the same rule sets, line, year
   * @param format the format
   * @param top the most inputs that move the line to list in text and Markdown (every one: 0)
   */
  static String render(List<Sensitivity> analyses, Format format, int top) {
    if (format == Format.CSV) {
      return table(analyses).render(Format.CSV);
    }
    StringBuilder s = new StringBuilder();
    for (Sensitivity a : analyses) {
      s.append(s.length() == 0 ? "" : "\n").append(section(a, format, top));
    }
    return s.toString();
  }

  private static String section(Sensitivity a, Format format, int top) {
    boolean md = format == Format.MARKDOWN;
    StringBuilder s = new StringBuilder();
    String title = "Sensitivity of " + a.subject();
    s.append(md ? "## " + title + "\n\n" : title + "\n");
    List<String> header = List.of("Scenario: " + a.scenarioName(),
        (a.isDifference() ? "Difference " + a.ruleSetIds().get(1) + " − " + a.ruleSetIds().get(0)
            : "Line") + " with every input as given: " + Texts.money(a.base()),
        "Ranges: " + ranges(a.relativeChange()),
        counts(a));
    s.append(String.join(md ? "\n\n" : "\n", header)).append("\n\n");
    List<SensitivityRow> affecting = a.affecting();
    int shown = top > 0 ? Math.min(top, affecting.size()) : affecting.size();
    Map<String, Integer> reasons = new LinkedHashMap<>();
    Table t = Table.aligned("RLLRRRLL", "#", "Input", "Low → high", "Line at low",
        "Line at high", "Swing", "Status", "Reason");
    int rank = 0;
    for (SensitivityRow r : a.rows()) {
      rank++;
      boolean listed = r.status() == Status.AFFECTS ? rank <= shown
          : r.status() != Status.NOT_READ;
      if (!listed) {
        continue;
      }
      String reason = r.reason().isEmpty() ? ""
          : md ? r.reason() : "[" + reasons.computeIfAbsent(r.reason(), k -> reasons.size() + 1)
          + "]";
      t.row(Integer.toString(rank), label(r), value(r.low()) + " → " + value(r.high())
              + (r.tried() == Tried.EVERY_VALUE ? " *" : ""),
          Texts.money(r.lineAtLow()), Texts.money(r.lineAtHigh()), Texts.money(r.swing()),
          r.status().name(), reason);
    }
    s.append(t.isEmpty() ? "No input is read by the line.\n" : t.render(format));
    if (!t.isEmpty()) {
      s.append("\n").append(LEGEND).append('\n');
    }
    if (!reasons.isEmpty()) {
      s.append('\n');
      reasons.forEach((reason, n) -> s.append("[").append(n).append("] ").append(reason)
          .append('\n'));
    }
    List<String> after = new ArrayList<>();
    if (shown < affecting.size()) {
      after.add((affecting.size() - shown) + " more input(s) move the line less than #" + shown
          + " (--top " + top + ").");
    }
    long notRead = a.rows().stream().filter(r -> r.status() == Status.NOT_READ).count();
    if (notRead > 0) {
      after.add(notRead + " input(s) not read for " + a.subject() + " are not listed (values of"
          + " other regions or not used this year).");
    }
    if (!after.isEmpty()) {
      after.add("--format csv lists every input with its reason.");
      s.append(md ? "\n" : "\n").append(String.join(md ? " " : "\n", after)).append('\n');
    }
    return s.append(format.footer(a.stamp())).toString();
  }

  /** What the table's low, high and swing are. */
  static final String LEGEND = "Low → high: the ends of the range tried; * a setting, every value"
      + " tried: the values with the smallest and the largest line. Swing: the largest minus the"
      + " smallest line over low, the value as given and high.";

  /** The ranges, in words. */
  static String ranges(Ratio relative) {
    String percent = relative.times(100).toBigDecimal(4, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString().replace('.', ',');
    return "±" + percent + " % for amounts, full-year students and ratios (whole numbers"
        + " rounded, at least one step); shares 0 to 1; years ±1; grades (panels 1/2/3) and"
        + " settings every value.";
  }

  /** {@code 49 assumptions and inputs varied: AFFECTS 15 (move the line); …}. */
  private static String counts(Sensitivity a) {
    Map<Status, Long> n = a.rows().stream().collect(Collectors.groupingBy(SensitivityRow::status,
        () -> new EnumMap<>(Status.class), Collectors.counting()));
    return a.rows().size() + " assumptions and inputs of yours varied: " + n.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue() + " (" + MEANING.get(e.getKey()) + ")")
        .collect(Collectors.joining("; ")) + ".";
  }

  /** The row's label; an input of the caller's marked, every other being an assumption. */
  private static String label(SensitivityRow r) {
    return r.label() + (r.basis() == Basis.INPUT ? " (your input)" : "");
  }

  /** A value for a reader: kronor and students in Swedish, grades as three letters. */
  static String value(Object v) {
    if (v instanceof RegionEvaluation e) {
      return Arrays.stream(Panel.values()).map(p -> e.grade(p).map(Grade::letter).orElse("?"))
          .collect(Collectors.joining("/"));
    }
    return v instanceof FullYearStudents s ? s.format() : Texts.value(v);
  }

  /** A value for a CSV cell: plain and exact. */
  static String plain(Object v) {
    if (v instanceof Sek s) {
      return s.toPlainString();
    }
    if (v instanceof FullYearStudents s) {
      return plain(s.value());
    }
    if (v instanceof Ratio r) {
      try {
        return r.toBigDecimalExact().toPlainString();
      } catch (ArithmeticException e) { // no finite decimal expansion: the exact ratio
        return r.toString();
      }
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    return v instanceof RegionEvaluation ? value(v) : Texts.value(v);
  }

  /** Where the input was varied: {@code ["scenario"]}, or the rule sets whose own value it is. */
  static List<String> variedIn(SensitivityRow r) {
    return r.ruleSets().isEmpty() ? List.of("scenario") : r.ruleSets();
  }

  /** Every row of every analysis, one table, plain values: what CSV writes. */
  static Table table(List<Sensitivity> analyses) {
    Table t = new Table("rank", "region", "year", "line", "rule_set", "minus_rule_set", "key",
        "varied_in", "basis", "tried", "base", "low", "high", "base_line_sek", "line_at_low_sek",
        "line_at_high_sek", "swing_sek", "status", "reason");
    for (Sensitivity a : analyses) {
      int rank = 0;
      for (SensitivityRow r : a.rows()) {
        t.row(Integer.toString(++rank), a.region().displayName(), a.year().toString(),
            a.line().name(), a.ruleSetIds().get(a.ruleSetIds().size() - 1),
            a.isDifference() ? a.ruleSetIds().get(0) : "", r.keyId(),
            String.join(";", variedIn(r)), r.basis().name(), r.tried().name(), plain(r.base()),
            plain(r.low()), plain(r.high()), r.lineAtBase().toPlainString(),
            r.lineAtLow().toPlainString(),
            r.lineAtHigh().toPlainString(), r.swing().toPlainString(), r.status().name(),
            r.reason());
      }
    }
    return t;
  }

  /**
   * The analyses as one JSON document: per analysis its subject, stamp, base and every row
   * ranked, values typed ({@link JsonWriter#value}); with one analysis its stamp is the
   * document's too. A row's {@code varied_in} is always an array ({@code ["scenario"]} or rule
   * set ids), its {@code tried} says what {@code low} and {@code high} are, and its
   * {@code reason} is {@code null} where there is none.
   */
  static ObjectNode json(List<Sensitivity> analyses) {
    ObjectNode doc = analyses.size() == 1
        ? JsonWriter.document("sensitivity", analyses.get(0).stamp())
        : JsonWriter.document("sensitivity");
    ArrayNode all = doc.putArray("analyses");
    for (Sensitivity a : analyses) {
      ObjectNode o = all.addObject();
      o.put("region", JsonWriter.id(a.region())).put("region_name", a.region().displayName())
          .put("year", a.year().getValue()).put("line", JsonWriter.id(a.line()));
      a.ruleSetIds().forEach(o.putArray("rule_sets")::add);
      o.put("difference", a.isDifference()).put("scenario", a.scenarioName());
      o.set("relative_change", JsonWriter.ratio(a.relativeChange()));
      o.set("base", JsonWriter.money(a.base()));
      o.set("stamp", JsonWriter.stamp(a.stamp()));
      ArrayNode rows = o.putArray("rows");
      int rank = 0;
      for (SensitivityRow r : a.rows()) {
        ObjectNode row = rows.addObject().put("rank", ++rank).put("key", r.keyId());
        variedIn(r).forEach(row.putArray("varied_in")::add);
        row.put("basis", JsonWriter.id(r.basis())).put("tried", JsonWriter.id(r.tried()));
        row.set("base", JsonWriter.value(r.base()));
        row.set("low", JsonWriter.value(r.low()));
        row.set("high", JsonWriter.value(r.high()));
        row.set("line_at_low", JsonWriter.money(r.lineAtLow()));
        row.set("line_at_high", JsonWriter.money(r.lineAtHigh()));
        row.set("line_at_base", JsonWriter.money(r.lineAtBase()));
        row.set("swing", JsonWriter.money(r.swing()));
        row.put("status", JsonWriter.id(r.status()))
            .put("reason", r.reason().isEmpty() ? null : r.reason());
      }
    }
    return doc;
  }
}
