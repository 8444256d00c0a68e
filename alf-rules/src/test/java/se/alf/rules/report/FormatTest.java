package se.alf.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProjects;
import se.alf.rules.Line;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.Unit;
import se.alf.rules.compare.VerdictComparison;
import se.alf.rules.explain.ParameterRead;

/** The three renderings of a comparison (alf-2014 → pm-2024, 2024–2030). */
class FormatTest {

  /** The 2014 agreement and the proposal on the published scenario, 2024–2030. */
  private static final Comparison C = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
      .withProjects(ResearchProjects.all())
      .over(Scenarios.published(), Year.of(2024), Year.of(2030));

  // --- CSV -----------------------------------------------------------------------------------

  /** A small RFC 4180 reader: records split on CRLF outside quotes, quotes doubled inside. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(ch);
      }
    }
    assertTrue(record.isEmpty() && field.length() == 0, "the last record ends with CRLF");
    return records;
  }

  /** The CSV table of the full detail: one row per region × year × line. */
  private static String linesCsv() {
    return Format.CSV.tables(C, Detail.FULL).get("lines").csv();
  }

  @Test
  void csvHasAHeaderAndOneRowPerRegionYearAndLine() {
    List<List<String>> rows = parseCsv(linesCsv());
    assertEquals(ImmutableList.of("region", "year", "line", "left", "right", "difference", "unit",
        "assumption", "rounding"), rows.get(0));
    // 7 regions × 7 years × 7 lines, plus the header.
    assertEquals(1 + 7 * 7 * 7, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.size() == 9));
    // The full CSV is the summary's tables, then this one, an empty record between two.
    assertTrue(Format.CSV.render(C, Detail.FULL).endsWith("\r\n\r\n" + linesCsv()));
  }

  @Test
  void csvParsesBackToTheSameNumbers() {
    List<List<String>> rows = parseCsv(linesCsv());
    for (List<String> r : rows.subList(1, rows.size())) {
      AlfRegion region = ImmutableList.copyOf(AlfRegion.values()).stream()
          .filter(x -> x.displayName().equals(r.get(0))).findFirst().orElseThrow();
      LineComparison l = C.line(region, Year.parse(r.get(1)), Line.valueOf(r.get(2)));
      assertEquals(l.unit().symbol(), r.get(6));
      check(l.left(), r.get(3), l);
      check(l.right(), r.get(4), l);
      check(l.difference(), r.get(5), l);
      assertEquals(l.assumptions().stream().map(ParameterRead::id).distinct().sorted()
          .collect(Collectors.joining(";")), r.get(7));
      assertEquals(l.isRoundingDifference() ? "yes" : "", r.get(8));
    }
  }

  private static void check(Ratio exact, String cell, LineComparison l) {
    BigDecimal written = new BigDecimal(cell);
    assertTrue(written.scale() >= 2, cell);
    if (l.unit() == Unit.SEK) {
      assertEquals(2, written.scale(), cell);
      assertEquals(exact, Ratio.of(written), l.toString());
    } else if (Texts.isFiniteDecimal(exact)) {
      assertEquals(exact, Ratio.of(written), l.toString());
    } else {
      assertEquals(exact.toBigDecimal(2, RoundingMode.HALF_EVEN), written, l.toString());
    }
  }

  @Test
  void csvRowsDerivedByHand() {
    String csv = linesCsv();
    // PM 6.1.2, published scenario: Örebro 715 → 800 in 2026.
    assertTrue(csv.contains("\r\nÖrebro,2026,MINIMUM_STUDENTS,715.00,800.00,85.00,HST,"), csv);
    // 2027: 800 × 12/11 = 872.7272… → 872.73; 1735/11 = 157.7272… → 157.73.
    assertTrue(csv.contains("\r\nÖrebro,2027,MINIMUM_STUDENTS,715.00,872.73,157.73,HST,"));
    // Östergötland: 79 547 × 968 = 77 001 496; 128 492 × 968 = 124 380 256; difference
    // 47 378 760.
    assertTrue(csv.contains(
        "\r\nÖstergötland,2026,EDUCATION,77001496.00,124380256.00,47378760.00,SEK,"));
    // Lines resting on assumptions name them; the supplement (0 on both sides) rests on none.
    assertTrue(csv.contains("\r\nVästra Götaland,2024,SUPPLEMENT,0.00,0.00,0.00,SEK,,\r\n"));
  }

  @Test
  void csvQuotesFieldsAsRfc4180Says() {
    assertEquals("plain", CsvFormat.field("plain"));
    assertEquals("\"a,b\"", CsvFormat.field("a,b"));
    assertEquals("\"say \"\"hej\"\"\"", CsvFormat.field("say \"hej\""));
    assertEquals("\"two\r\nlines\"", CsvFormat.field("two\r\nlines"));
    assertEquals(ImmutableList.of(ImmutableList.of("a,b", "say \"hej\"", "x")),
        parseCsv(CsvFormat.field("a,b") + "," + CsvFormat.field("say \"hej\"") + ",x\r\n"));
  }

  @Test
  void studentDecimalsAreExactWhereTheyEnd() {
    assertEquals("968.00", Texts.plain(Ratio.of(968), Unit.HST));
    assertEquals("357.50", Texts.plain(Ratio.of(715, 2), Unit.HST));
    assertEquals("0.125", Texts.plain(Ratio.of(1, 8), Unit.HST));
    assertEquals("872.73", Texts.plain(Ratio.of(9600, 11), Unit.HST));
    assertEquals("-0.33", Texts.plain(Ratio.of(-1, 3), Unit.HST));
    assertEquals("112138472.73", Texts.plain(Ratio.of(11_213_847_273L, 100), Unit.SEK));
  }

  // --- Text ----------------------------------------------------------------------------------

  @Test
  void textHasEveryRegionAndYearInSwedishFormatWithFootnotes() {
    String text = Format.TEXT.render(C, Detail.FULL);
    for (AlfRegion r : AlfRegion.values()) {
      for (int y = 2024; y <= 2030; y++) {
        assertTrue(text.contains("\n" + r.displayName() + ", " + y + "\n"), r + " " + y);
      }
    }
    assertTrue(text.contains("124 380 256,00 kr"));
    assertTrue(text.contains("+47 378 760,00 kr"));
    assertTrue(text.contains("+85 HST"));
    // Issue 8: students print one way everywhere: 800 × 12/11 = 9600/11 = 872,7272… → 872,73;
    // difference 9600/11 − 715 = 1735/11 = 157,7272… → 157,73.
    assertTrue(text.contains("9600/11 ≈ 872,73 HST"));
    assertTrue(text.contains("+1735/11 ≈ +157,73 HST"));
    Footnotes notes = new Footnotes(C);
    assertTrue(text.contains("\nAssumptions (" + C.assumptions().size() + ")\n"));
    for (ParameterRead a : C.assumptions()) {
      assertTrue(text.contains("  [" + notes.number(a) + "] " + a.id() + " = "), a.id());
    }
    assertTrue(text.contains("governance.national-body: changed"));
    assertTrue(text.contains("Clinically relevant health-data research"));
    // Issue 9: the summary is what toTable() and render(c) give; the full text starts with it.
    String summary = C.toTable();
    assertEquals(Format.TEXT.render(C), summary);
    assertEquals(Format.TEXT.render(C, Detail.SUMMARY), summary);
    String first = summary.substring(0, summary.lastIndexOf(TextFormat.DETAIL_LEFT_OUT));
    assertTrue(text.startsWith(first), first);
    assertTrue(!summary.contains("\nStockholm, 2024\n") && !summary.contains("Assumptions ("),
        summary);
  }

  @Test
  void textRowsAreAligned() {
    String text = Format.TEXT.render(C, Detail.FULL);
    String block = text.substring(text.indexOf("\nÖrebro, 2027\n") + 1);
    List<String> rows = block.lines().skip(1).limit(8).collect(Collectors.toList());
    // Right-aligned numbers: the "Difference" column ends at the same place in every row.
    int end = rows.get(0).indexOf("Difference") + "Difference".length();
    for (String row : rows.subList(1, rows.size())) {
      assertTrue(row.length() >= end, row);
      assertTrue(row.charAt(end - 1) != ' ' && (row.length() == end || row.charAt(end) == ' '),
          "\n" + rows.get(0) + "\n" + row);
    }
  }

  // --- Markdown ------------------------------------------------------------------------------

  @Test
  void markdownHasTablesAndSections() {
    String md = Format.MARKDOWN.render(C, Detail.FULL);
    assertTrue(md.startsWith("# Comparison: alf-2014 → pm-2024\n"));
    for (AlfRegion r : AlfRegion.values()) {
      assertTrue(md.contains("\n## " + r.displayName() + "\n"), r.displayName());
    }
    for (String section : ImmutableList.of("National totals paid to the regions",
        "National totals, every line", "Parameters that differ",
        "Statements that differ", "Clinical research (klinisk forskning)", "Assumptions")) {
      assertTrue(md.contains("\n## " + section + "\n"), section);
    }
    assertTrue(md.contains("| Year | Line | alf-2014 | pm-2024 | Difference | Notes |"));
    assertTrue(md.contains("`education.raise-from`"));
    assertTrue(md.contains("### `governance.national-body` (changed)"));
    assertTrue(md.contains("GUNS"));
    assertTrue(md.contains("**permit** (decisive"));
    Footnotes notes = new Footnotes(C);
    for (ParameterRead a : C.assumptions()) {
      assertTrue(md.contains("\n" + notes.number(a) + ". `" + a.id() + "` = "), a.id());
    }
    // Every table row has as many cells as its header.
    long header = -1;
    for (String line : md.lines().collect(Collectors.toList())) {
      long pipes = line.replace("\\|", "").chars().filter(ch -> ch == '|').count();
      if (!line.startsWith("|")) {
        header = -1;
      } else if (header < 0) {
        header = pipes;
      } else {
        assertEquals(header, pipes, line);
      }
    }
    assertEquals("a\\|b c", MarkdownFormat.cell("a|b\nc"));
  }

  // --- The one table writer ----------------------------------------------------------------

  @Test
  void oneTableWritesTextCsvAndMarkdown() {
    Table t = new Table("Region", "Total>").row("Örebro", "79 547,00 kr")
        .row("=cmd|x", "-1 000,00 kr");
    assertEquals("Region         Total\n"
        + "------  ------------\n"
        + "Örebro  79 547,00 kr\n"
        + "=cmd|x  -1 000,00 kr\n", t.render(Format.TEXT));
    // CSV: CRLF; a cell with a comma quoted; a cell starting with = or - that is not a plain
    // number (here text, and an amount with its unit) neutralised with '.
    assertEquals("Region,Total\r\nÖrebro,\"79 547,00 kr\"\r\n'=cmd|x,\"'-1 000,00 kr\"\r\n",
        t.csv());
    assertEquals("| Region | Total |\n| --- | ---: |\n| Örebro | 79 547,00 kr |\n"
        + "| =cmd\\|x | -1 000,00 kr |\n", t.markdown());
    assertEquals("a\\|b<br>c<br>d", Table.markdownCell("a|b\r\nc\nd"));
    assertEquals(",x\r\n", Csv.record(List.of("", "x")));
  }

  // --- All -----------------------------------------------------------------------------------

  @Test
  void renderingsAreDeterministicAndThreadSafe() {
    Comparison again = Comparison.of(C.left(), C.right())
        .withProjects(C.verdicts().stream().map(VerdictComparison::project)
            .collect(Collectors.toList()))
        .over(C.scenario(), C.from(), C.to());
    assertEquals(C, again);
    for (Format f : Format.values()) {
      for (Detail d : Detail.values()) {
        String once = f.render(C, d);
        assertEquals(once, f.render(again, d), f.name());
        List<String> parallel = IntStream.range(0, 8).parallel().mapToObj(i -> f.render(C, d))
            .collect(Collectors.toList());
        assertTrue(parallel.stream().allMatch(once::equals), f.name());
      }
    }
  }

  // --- Some regions --------------------------------------------------------------------------

  @Test
  void someRegionsShowTheirLinesAndEveryNationalTotal() {
    java.util.Set<AlfRegion> two = java.util.EnumSet.of(AlfRegion.OREBRO, AlfRegion.SKANE);
    String all = Format.TEXT.render(C, Detail.FULL);
    String some = Format.TEXT.render(C, Detail.FULL, two);
    assertTrue(some.contains("\nSkåne, 2024\n") && some.contains("\nÖrebro, 2030\n"), some);
    assertTrue(!some.contains("\nUppsala, 2024\n"), some);
    // In AlfRegion order (Skåne before Örebro), named once, national totals said to be of all 7.
    assertTrue(some.contains("\nRegions shown: Skåne, Örebro; national totals are of all 7 ALF"
        + " regions.\n"), some);
    String heading = "\nNational totals, every line\n";
    String totals = all.substring(all.indexOf(heading) + heading.length(),
        all.indexOf("\nParameters that differ"));
    assertTrue(some.contains("\nNational totals, every line (all regions)\n" + totals), some);
    // The summary's region × year table: the two regions and the national row, no other region.
    String summary = Format.TEXT.render(C, Detail.SUMMARY, two);
    assertTrue(summary.contains("\n  Skåne ") && summary.contains("\n  All regions "), summary);
    assertTrue(!summary.contains("\n  Uppsala "), summary);
    // Every region is the rendering of old, without a line about regions.
    assertEquals(all, Format.TEXT.render(C, Detail.FULL, java.util.EnumSet.allOf(AlfRegion.class)));
    assertTrue(!all.contains("Regions shown"), all);
    // CSV: the rows of the two regions only, 7 lines × 7 years each; the regions table 2 × 7.
    var tables = CsvFormat.tables(C, Detail.FULL, two);
    List<List<String>> rows = parseCsv(tables.get("lines").csv());
    assertEquals(1 + 2 * 7 * 7, rows.size());
    assertTrue(rows.stream().skip(1).allMatch(r -> r.get(0).equals("Skåne")
        || r.get(0).equals("Örebro")));
    assertEquals(1 + 2 * 7, parseCsv(tables.get("regions").csv()).size());
    String md = Format.MARKDOWN.render(C, Detail.FULL, two);
    assertTrue(md.contains("\n## Skåne\n") && !md.contains("\n## Uppsala\n"), md);
    assertTrue(md.contains("\n## National totals, every line (all regions)\n"), md);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Format.TEXT.render(C, Detail.FULL, java.util.EnumSet.noneOf(AlfRegion.class)));
  }
}
