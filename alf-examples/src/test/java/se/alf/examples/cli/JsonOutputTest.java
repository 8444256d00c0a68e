package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.alf.research.ResearchProjects;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.backtest.Backtest;
import se.alf.rules.compare.Comparison;
import se.alf.rules.provenance.Stamp;

/**
 * {@code --format json} on every command: one JSON document that Jackson parses, with a schema,
 * typed values (öre as integers, exact ratios with a decimal beside), the stamp of the result
 * where it has one, and the warnings in the document.
 */
class JsonOutputTest extends CliTestSupport {

  /** Refuses trailing text: the output must be exactly one document. */
  private static final ObjectReader READER = new ObjectMapper().readerFor(JsonNode.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @TempDir
  Path dir;

  private JsonNode json(String... args) throws IOException {
    assertEquals(0, run(args), err());
    assertEquals("", err(), "a JSON document keeps the error stream empty");
    return READER.readValue(out());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"landscape 2024-01-01", "rulesets", "allocate alf-2014 2024",
      "compare alf-2014 pm-2024 2026 2027", "backtest", "classify --example drug-trial",
      "validate pm-2024 2030", "keys", "keys pm-2024", "parameters pm-2024 2027",
      "sensitivity alf-2014 2024 -r orebro", "compare alf-2014 pm-2024 lakarforbundet-2024 2024"
          + " 2024", "compare pm-2024 2027 2027 -s SCENARIO"})
  void everyCommandWritesOneDocumentWithItsSchema(String command) throws IOException {
    String[] args = (command + " -f json").replace("SCENARIO", orebro850()).split(" ");
    JsonNode d = json(args);
    assertEquals("alf/" + args[0] + "/1", d.get("schema").asText(), out());
    assertEquals("schema", d.fieldNames().next(), "the schema comes first");
    assertTrue(out().endsWith("}\n"), out());
  }

  private static String orebro850() {
    return Path.of(System.getProperty("alf.jshell.script")).getParent().getParent()
        .resolve("scenarios/orebro-850.json").toString();
  }

  @Test
  void sensitivityRanksTypedRowsWithTheHandCaseSwing() throws IOException {
    // Issue 9 §2's hand case: alf-2014 in 2024, Örebro's education; the caller's 700 students
    // ±10 % are 630 and 770, compensated min(·, 715) = 630 and 715: a swing of 85 × 79 547 kr
    // = 6 761 495,00 kr = 676 149 500 öre.
    Path mine = dir.resolve("orebro-700.json");
    java.nio.file.Files.writeString(mine, "{\"name\": \"orebro-700\", \"inputs\": [{\"key\":"
        + " \"actual-hst[orebro]\", \"year\": 2024, \"value\": \"700\"}]}");
    JsonNode d = json("sensitivity", "alf-2014", "2024", "-r", "orebro", "--line", "education",
        "-s", mine.toString(), "-f", "json");
    JsonNode a = d.get("analyses").get(0);
    assertEquals("orebro", a.get("region").asText());
    assertEquals("education", a.get("line").asText());
    assertEquals(d.get("stamp"), a.get("stamp"), "one analysis: its stamp is the document's");
    JsonNode row = null;
    for (JsonNode r : a.get("rows")) {
      if (r.get("key").asText().equals("actual-hst[orebro]")) {
        row = r;
      }
    }
    assertTrue(row != null, a.toString());
    assertEquals(676_149_500L, row.get("swing").get("ore").asLong(), row.toString());
    assertEquals("affects", row.get("status").asText());
    assertEquals("630", row.get("low").get("ratio").asText());
    assertEquals("770", row.get("high").get("ratio").asText());
    // Ranked: the swings never grow down the list.
    long previous = Long.MAX_VALUE;
    for (JsonNode r : a.get("rows")) {
      long swing = r.get("swing").get("ore").asLong();
      assertTrue(swing <= previous, r.toString());
      previous = swing;
    }
  }

  @Test
  void allocateWritesOreAsIntegersThatAddUpToTheTotals() throws IOException {
    JsonNode d = json("allocate", "alf-2014", "2024", "--format", "json");
    JsonNode orebro = region(d, "orebro");
    assertEquals("Örebro", orebro.get("region_name").asText());
    // alf-2014 pays 79 547 kr (the published rate) × 715 HST (Örebro's assumed minimum)
    // = 56 876 105,00 kr = 5 687 610 500 öre.
    assertTrue(orebro.get("education").get("ore").isIntegralNumber());
    assertEquals(5_687_610_500L, orebro.get("education").get("ore").asLong());
    assertEquals("56876105.00", orebro.get("education").get("sek").asText());
    assertEquals("715", orebro.get("minimum_students").get("ratio").asText());
    assertTrue(orebro.get("minimum_students").get("exact").asBoolean());
    // Every split adds up to its total, to the öre.
    for (String line : new String[] {"education", "research_base", "research_quality",
        "supplement", "total"}) {
      long sum = 0;
      for (JsonNode r : d.get("regions")) {
        sum += r.get(line).get("ore").asLong();
      }
      assertEquals(d.get("national").get(line).get("ore").asLong(), sum, line);
    }
    for (JsonNode r : d.get("regions")) {
      long parts = r.get("education").get("ore").asLong() + r.get("research_base").get("ore")
          .asLong() + r.get("research_quality").get("ore").asLong()
          + r.get("supplement").get("ore").asLong();
      assertEquals(r.get("total").get("ore").asLong(), parts, r.get("region").asText());
      // the kronor string is the same amount as the öre
      assertEquals(new BigDecimal(r.get("total").get("ore").asLong()).movePointLeft(2),
          new BigDecimal(r.get("total").get("sek").asText()));
    }
    Stamp stamp = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2024)).stamp();
    assertEquals(stamp.sha256(), d.get("stamp").get("sha256").asText());
    assertEquals("alf-2014", d.get("stamp").get("rule_sets").get(0).asText());
    assertEquals(Stamp.alfVersion(), d.get("stamp").get("alf").asText());
    assertEquals(stamp.provenance().assumptions(),
        d.get("stamp").get("provenance").get("assumptions").asInt());
    assertEquals(2024, d.get("year").asInt());
    assertTrue(d.get("year").isIntegralNumber());
    assertTrue(d.get("warnings").isArray() && d.get("warnings").isEmpty());
    assertTrue(d.get("assumptions").size() > 0);
    JsonNode first = d.get("assumptions").get(0);
    assertEquals("assumption", first.get("basis").asText());
    assertTrue(first.get("from").asText().matches("\\d{4}-\\d{2}-\\d{2}"), first.toString());
  }

  @Test
  void studentsThatDoNotEndAreAnExactRatioWithARoundedDecimal() throws IOException {
    JsonNode orebro = region(json("allocate", "pm-2024", "2027", "-f", "json"), "orebro");
    // pm-2024 aligns Örebro's minimum to the 800 it trains, × 12/11 from term 12 (2027):
    // 9600/11 = 872.7272727… → 872.727273 (6 places, half even); not exact.
    JsonNode min = orebro.get("minimum_students");
    assertEquals("9600/11", min.get("ratio").asText());
    assertEquals("872.727273", min.get("decimal").asText());
    assertFalse(min.get("exact").asBoolean());
    // 128 492 kr × 9600/11 = 1 233 523 200/11 kr = 112 138 472,7272… → 112 138 472,73 kr.
    assertEquals(11_213_847_273L, orebro.get("education").get("ore").asLong());
  }

  @Test
  void warningsAreInTheDocument() throws IOException {
    Path scenario = dir.resolve("s.json");
    Files.writeString(scenario, "{\"name\": \"orebro-850\", \"inputs\": [{\"key\":"
        + " \"actual-hst[orebro]\", \"year\": 2026, \"value\": \"850\"}]}");
    JsonNode d = json("allocate", "pm-2024", "2027", "-s", scenario.toString(), "-f", "json");
    // The input covers 2026 only: in 2027 a derived value takes over, and that is said.
    assertEquals(1, d.get("warnings").size(), out());
    JsonNode w = d.get("warnings").get(0);
    assertEquals("warning", w.get("severity").asText());
    assertEquals("input-ends", w.get("check").asText());
    assertTrue(w.get("message").asText().startsWith("actual-hst[orebro]: your value covers"),
        out());
    assertEquals("orebro-850", d.get("scenario").get("name").asText());
  }

  @Test
  void compareIsOneDocumentTheSummaryAlwaysTheDetailWithDetail() throws IOException {
    JsonNode d = json("compare", "alf-2014", "pm-2024", "2026", "2027", "-f", "json");
    assertTrue(d.get("detail").isNull(), "no detail without --detail");
    Stamp stamp = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .withProjects(ResearchProjects.all())
        .over(Scenarios.published(), Year.of(2026), Year.of(2027)).stamp();
    assertEquals(stamp.sha256(), d.get("stamp").get("sha256").asText());
    assertEquals(java.util.List.of("alf-2014", "pm-2024"), java.util.List.of(
        d.get("stamp").get("rule_sets").get(0).asText(),
        d.get("stamp").get("rule_sets").get(1).asText()));
    JsonNode summary = d.get("summary");
    assertEquals(2, summary.get("national").size());
    for (JsonNode n : summary.get("national")) {
      // difference = right − left, in öre; the regions' differences add up to it.
      long diff = n.get("right").get("ore").asLong() - n.get("left").get("ore").asLong();
      assertEquals(diff, n.get("difference").get("ore").asLong());
      long regions = 0;
      for (JsonNode r : summary.get("regions")) {
        if (r.get("year").asInt() == n.get("year").asInt()) {
          regions += r.get("difference").get("ore").asLong();
        }
      }
      assertEquals(diff, regions, n.toString());
    }
    assertEquals(7 * 2, summary.get("regions").size());
    assertTrue(summary.get("drivers").size() > 0);

    JsonNode full = json("compare", "alf-2014", "pm-2024", "2026", "2027", "-f", "json",
        "--detail", "-r", "orebro");
    assertEquals(1, full.get("regions_shown").size());
    JsonNode lines = full.get("detail").get("lines");
    assertEquals(2 * 7, lines.size(), "Örebro, 2 years × 7 lines");
    JsonNode education2026 = null;
    for (JsonNode l : lines) {
      assertEquals("orebro", l.get("region").asText());
      if (l.get("year").asInt() == 2026 && l.get("line").asText().equals("education")) {
        education2026 = l;
      }
    }
    // 2026: alf-2014 pays 79 547 kr × 715 = 56 876 105,00 kr; pm-2024 the raised rate
    // 128 492 kr × the 800 Örebro trains (its minimum aligned to them) = 102 793 600,00 kr.
    assertEquals("sek", education2026.get("unit").asText());
    assertEquals(5_687_610_500L, education2026.get("left").get("ore").asLong());
    assertEquals(10_279_360_000L, education2026.get("right").get("ore").asLong());
    assertEquals(4_591_749_500L, education2026.get("difference").get("ore").asLong());
    assertTrue(full.get("detail").get("assumptions").size() > 0);
  }

  @Test
  void backtestCarriesItsStampAndDifferencesInOre() throws IOException {
    JsonNode d = json("backtest", "-f", "json");
    Stamp stamp = Backtest.run(RuleSets.alf2014(), Scenarios.published()).stamp();
    assertEquals(stamp.sha256(), d.get("stamp").get("sha256").asText());
    assertTrue(d.get("actuals").size() > 0);
    for (JsonNode r : d.get("actuals")) {
      assertEquals(r.get("model").get("ore").asLong() - r.get("published").get("ore").asLong(),
          r.get("difference").get("ore").asLong(), r.toString());
      assertTrue(r.get("year").isIntegralNumber());
    }
  }

  @Test
  void otherCommandsHaveTypedValues() throws IOException {
    JsonNode p = json("parameters", "pm-2024", "2027", "-f", "json");
    assertEquals(p.get("parameters").size(), p.get("counts").get("total").asInt());
    for (JsonNode v : p.get("parameters")) {
      switch (v.get("key").asText()) {
        case "education.raised-rate-per-hst" ->
            // the assumed raised rate, 128 492 kr
            assertEquals(12_849_200L, v.get("value").get("ore").asLong());
        case "research.quality-amount-share" -> {
          // the 2014 agreement's 20 %, assumed
          assertEquals("1/5", v.get("value").get("ratio").asText());
          assertEquals("0.2", v.get("value").get("decimal").asText());
        }
        case "education.raise-from" -> assertEquals(2026, v.get("value").asInt());
        default -> { }
      }
    }
    JsonNode k = json("keys", "pm-2024", "-f", "json");
    int first = k.get("first_year").asInt();
    int last = k.get("last_year").asInt();
    for (JsonNode key : k.get("keys")) {
      // The years a scenario sets and those the rule set sets cover each year once.
      Set<Integer> years = new HashSet<>();
      int n = 0;
      for (String side : new String[] {"scenario_sets", "rule_set_sets"}) {
        for (JsonNode range : key.get(side)) {
          for (int y = range.get("from").asInt(); y <= range.get("to").asInt(); y++) {
            years.add(y);
            n++;
          }
        }
      }
      assertEquals(last - first + 1, n, key.toString());
      assertEquals(last - first + 1, years.size(), key.toString());
    }
    JsonNode c = json("classify", "--example", "drug-trial", "-f", "json");
    for (JsonNode v : c.get("verdicts")) {
      boolean all = true;
      for (JsonNode cond : v.get("conditions")) {
        all &= cond.get("met").asBoolean();
      }
      assertEquals(all, v.get("clinical_research").asBoolean(), v.toString());
    }
    JsonNode val = json("validate", "pm-2024", "2030", "-f", "json");
    assertEquals(2030, val.get("year").asInt());
    assertEquals("2030-01-01", val.get("date").asText());
    for (JsonNode f : val.get("rule_sets").get(0).get("scenario").get("findings")) {
      assertTrue(Set.of("error", "warning", "info").contains(f.get("severity").asText()));
    }
    JsonNode r = json("rulesets", "-f", "json");
    assertTrue(r.get("rule_sets").get(0).get("first_year").isIntegralNumber());
    JsonNode l = json("landscape", "2024-01-01", "-f", "json");
    assertEquals("national", l.get("agreements").get(0).get("kind").asText());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"allocate pm-2042 2027", "compare pm-2024 alf-2014 2030 2026",
      "parameters pm-2024 1999", "allocate pm-2024 2027 --explain orebro",
      "allocate pm-2024 2027 --table allocation", "keys --csv-dialect excel-sv"})
  void invalidInputIsOneLineOnStandardErrorAndNothingOnTheOutput(String command) {
    assertEquals(2, run((command + " -f json").split(" ")));
    assertEquals("", out());
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith("alf: "), err());
  }

  private static JsonNode region(JsonNode allocation, String id) {
    for (JsonNode r : allocation.get("regions")) {
      if (r.get("region").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no region " + id + " in " + allocation);
  }
}
