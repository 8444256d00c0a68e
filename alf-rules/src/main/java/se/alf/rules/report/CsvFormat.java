package se.alf.rules.report;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.Unit;
import se.alf.rules.explain.ParameterRead;

/** {@link Format#CSV}: RFC 4180, one table per section, sections apart by an empty record. */
final class CsvFormat {

  private CsvFormat() {}

  static final String HEADER = "region,year,line,left,right,difference,unit,assumption,rounding";

  static String render(Comparison c, Detail detail, Set<AlfRegion> regions) {
    return join(tables(c, detail, regions));
  }

  /** The tables in order: the summary's, then (in full) one row per region × year × line. */
  static ImmutableMap<String, Table> tables(Comparison c, Detail detail,
      Set<AlfRegion> regions) {
    ImmutableMap.Builder<String, Table> out = ImmutableMap.builder();
    SummaryTables.sections(c, true, regions).forEach(s -> out.put(s.id(), s.table()));
    if (detail == Detail.FULL) {
      out.put("lines", lines(c, true, regions));
    }
    return out.buildOrThrow();
  }

  /** Writes {@code tables} one after another, an empty record (a CRLF) between two. */
  static String join(ImmutableMap<String, Table> tables) {
    return tables.values().stream().map(Table::csv).collect(Collectors.joining(Csv.CRLF));
  }

  /**
   * One row per region × year × line, in the comparison's order: plain for CSV, else for a reader
   * (Swedish style, the difference marked {@code (r)} where it is rounding).
   */
  static Table lines(Comparison c, boolean plain, Set<AlfRegion> regions) {
    Table t = plain ? new Table(HEADER.split(","))
        : Table.aligned("LLLRRRLL", "Region", "Year", "Line", c.leftLabel(), c.rightLabel(),
            "Difference", "Unit", "Assumptions");
    for (LineComparison l : c.lines()) {
      if (!regions.contains(l.region())) {
        continue;
      }
      Unit u = l.unit();
      String ids = l.assumptions().stream().map(ParameterRead::id).distinct().sorted()
          .collect(Collectors.joining(plain ? ";" : ", "));
      if (plain) {
        t.row(l.region().displayName(), l.year().toString(), l.line().name(),
            Texts.plain(l.left(), u), Texts.plain(l.right(), u), Texts.plain(l.difference(), u),
            u.symbol(), ids, l.isRoundingDifference() ? "yes" : "");
      } else {
        t.row(l.region().displayName(), l.year().toString(), Footnotes.label(l.line()),
            Texts.swedish(l.left(), u), Texts.swedish(l.right(), u), Footnotes.difference(l),
            u.symbol(), ids);
      }
    }
    return t;
  }

  /** The section tables of {@code sections}, by id. */
  static ImmutableMap<String, Table> byId(List<Section> sections) {
    ImmutableMap.Builder<String, Table> out = ImmutableMap.builder();
    sections.forEach(s -> out.put(s.id(), s.table()));
    return out.buildOrThrow();
  }

  /** One cell, by the rule of {@link Csv#cell}. */
  static String field(String value) {
    return Csv.cell(value);
  }
}
