package se.alf.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.compare.AmountComparison;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.ComparisonSummary;
import se.alf.rules.compare.Driver;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.MoneyLine;
import se.alf.rules.compare.NationalComparison;
import se.alf.rules.compare.ParameterDifference;
import se.alf.rules.compare.ParameterValue;
import se.alf.rules.compare.StatementDifference;
import se.alf.rules.compare.Unit;
import se.alf.rules.compare.VerdictComparison;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.spi.Statement;

/**
 * {@code alf compare --format json}: one document, the summary always ({@code "summary"}), the
 * detail with {@code --detail} ({@code "detail"}, else {@code null}). Differences are right −
 * left.
 */
final class CompareJson {

  private CompareJson() {}

  static ObjectNode of(Comparison c, Set<AlfRegion> shown, boolean detail) {
    ObjectNode d = JsonWriter.document("compare", c.stamp());
    d.set("left", JsonWriter.ruleSet(c.left()));
    d.set("right", JsonWriter.ruleSet(c.right()));
    d.set("scenario", JsonWriter.scenario(c.scenario()));
    d.set("right_scenario", c.isOfScenarios() ? JsonWriter.scenario(c.rightScenario()) : null);
    d.put("from", c.from().getValue()).put("to", c.to().getValue());
    ArrayNode regions = d.putArray("regions_shown");
    shown.forEach(r -> regions.add(JsonWriter.id(r)));
    d.set("warnings", JsonWriter.findings(c.warnings()));
    d.set("summary", summary(c, shown));
    d.set("detail", detail ? detail(c, shown) : null);
    return d;
  }

  private static ObjectNode summary(Comparison c, Set<AlfRegion> shown) {
    ComparisonSummary s = c.summary();
    ObjectNode o = JsonWriter.object();
    ArrayNode national = o.putArray("national");
    for (NationalComparison n : s.national()) {
      national.add(amounts(n.paidToRegions()).put("year", n.year().getValue()));
    }
    o.set("national_over_period", amounts(s.nationalOverPeriod()));
    ArrayNode regions = o.putArray("regions");
    for (AlfRegion r : shown) {
      for (Year y : c.years()) {
        MoneyLine m = s.total(r, y);
        ObjectNode row = region(regions.addObject(), r).put("year", y.getValue());
        row.set("left", JsonWriter.money(m.leftAmount()));
        row.set("right", JsonWriter.money(m.rightAmount()));
        row.set("difference", JsonWriter.money(m.differenceAmount()));
        row.put("rounding", m.isRoundingDifference());
      }
    }
    ArrayNode drivers = o.putArray("drivers");
    for (Driver dr : s.drivers()) {
      ObjectNode row = drivers.addObject().put("line", JsonWriter.id(dr.line()));
      row.set("net", JsonWriter.money(dr.net()));
      row.set("gross", JsonWriter.money(dr.gross()));
      row.put("changes", dr.changes()).put("of", dr.of());
    }
    o.set("basis", JsonWriter.provenance(s.provenance()));
    ObjectNode others = o.putObject("others");
    others.put("parameters", c.parameterDifferences().size())
        .put("parameters_recited", c.recitedParameters().size())
        .put("statements", c.statementDifferences().size());
    others.set("scenario_inputs", c.isOfScenarios()
        ? others.numberNode(c.inputDifferences().size()) : null);
    others.putObject("verdicts").put("differ", c.changedVerdicts().size())
        .put("of", c.verdicts().size());
    return o;
  }

  private static ObjectNode detail(Comparison c, Set<AlfRegion> shown) {
    ObjectNode o = JsonWriter.object();
    ArrayNode lines = o.putArray("lines");
    for (LineComparison l : c.lines()) {
      if (shown.contains(l.region())) {
        ObjectNode row = region(lines.addObject(), l.region()).put("year", l.year().getValue())
            .put("line", JsonWriter.id(l.line())).put("unit", JsonWriter.id(l.unit()));
        row.set("left", value(l.left(), l.unit()));
        row.set("right", value(l.right(), l.unit()));
        row.set("difference", value(l.difference(), l.unit()));
        row.put("rounding", l.isRoundingDifference());
        ArrayNode ids = row.putArray("assumptions");
        l.assumptions().stream().map(ParameterRead::id).distinct().sorted().forEach(ids::add);
      }
    }
    ArrayNode national = o.putArray("national");
    for (NationalComparison n : c.national()) {
      ObjectNode row = national.addObject().put("year", n.year().getValue());
      for (Map.Entry<Line, AmountComparison> e : n.lines().entrySet()) {
        row.set(e.getKey().name().toLowerCase(java.util.Locale.ROOT), amounts(e.getValue()));
      }
    }
    ArrayNode parameters = o.putArray("parameters");
    for (ParameterDifference p : concat(c.parameterDifferences(), c.recitedParameters())) {
      ObjectNode row = parameters.addObject().put("key", p.id())
          .put("description", p.description()).put("change", JsonWriter.id(p.change()));
      row.set("left", values(p.left()));
      row.set("right", values(p.right()));
    }
    ArrayNode statements = o.putArray("statements");
    for (StatementDifference s : c.statementDifferences()) {
      ObjectNode row = statements.addObject().put("id", s.id())
          .put("change", JsonWriter.id(s.change()));
      row.set("left", statement(s.left()));
      row.set("right", statement(s.right()));
    }
    ArrayNode verdicts = o.putArray("verdicts");
    for (VerdictComparison v : c.changedVerdicts()) {
      verdicts.addObject().put("project", v.project().title())
          .put("left_clinical_research", v.left().isClinicalResearch())
          .put("right_clinical_research", v.right().isClinicalResearch());
    }
    o.set("assumptions", JsonWriter.reads(c.assumptions()));
    return o;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static ObjectNode region(ObjectNode o, AlfRegion r) {
    return o.put("region", JsonWriter.id(r)).put("region_name", r.displayName());
  }

  private static ObjectNode amounts(AmountComparison a) {
    ObjectNode o = JsonWriter.object();
    o.set("left", JsonWriter.money(a.left()));
    o.set("right", JsonWriter.money(a.right()));
    o.set("difference", JsonWriter.money(a.difference()));
    return o.put("rounding", a.isRoundingDifference());
  }

  private static JsonNode value(se.alf.number.Ratio r, Unit unit) {
    return unit == Unit.SEK ? JsonWriter.money(r) : JsonWriter.ratio(r);
  }

  private static ArrayNode values(List<ParameterValue> values) {
    ArrayNode a = JsonWriter.array();
    for (ParameterValue v : values) {
      ObjectNode o = a.addObject();
      o.set("value", JsonWriter.value(v.value()));
      o.put("text", se.alf.rules.report.Texts.value(v.value()))
          .put("basis", JsonWriter.id(v.basis())).put("from", v.from().toString())
          .put("until", v.until().map(LocalDate::toString).orElse(null));
      o.set("citation", JsonWriter.citation(v.citation()));
    }
    return a;
  }

  private static JsonNode statement(Optional<Statement> s) {
    if (s.isEmpty()) {
      return JsonWriter.object().nullNode();
    }
    ObjectNode o = JsonWriter.object().put("text", s.get().text());
    o.set("citation", JsonWriter.citation(s.get().citation()));
    return o;
  }
}
