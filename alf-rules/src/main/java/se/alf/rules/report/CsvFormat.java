package se.alf.rules.report;

import java.util.Set;
import java.util.stream.Collectors;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.LineComparison;
import se.alf.rules.compare.Unit;
import se.alf.rules.explain.ParameterRead;

/** {@link Format#CSV}: RFC 4180. */
final class CsvFormat {

  private CsvFormat() {}

  static final String HEADER = "region,year,line,left,right,difference,unit,assumption";

  static String render(Comparison c, Set<AlfRegion> regions) {
    Table t = new Table(HEADER.split(","));
    for (LineComparison l : c.lines()) {
      if (!regions.contains(l.region())) {
        continue;
      }
      Unit u = l.unit();
      t.row(l.region().displayName(), l.year().toString(), l.line().name(),
          Texts.plain(l.left(), u), Texts.plain(l.right(), u), Texts.plain(l.difference(), u),
          u.symbol(), l.assumptions().stream().map(ParameterRead::id).distinct().sorted()
              .collect(Collectors.joining(";")));
    }
    return t.csv();
  }

  /** One cell, by the rule of {@link Csv#cell}. */
  static String field(String value) {
    return Csv.cell(value);
  }
}
