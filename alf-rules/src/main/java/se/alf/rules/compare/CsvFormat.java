package se.alf.rules.compare;

import java.util.stream.Collectors;
import se.alf.rules.ParameterRead;

/** {@link Format#CSV}: RFC 4180. */
final class CsvFormat {

  private CsvFormat() {}

  static final String HEADER = "region,year,line,left,right,difference,unit,assumption";

  private static final String CRLF = "\r\n";

  static String render(Comparison c) {
    StringBuilder s = new StringBuilder(HEADER).append(CRLF);
    for (LineComparison l : c.lines()) {
      Unit u = l.unit();
      s.append(field(l.region().displayName())).append(',')
          .append(l.year()).append(',')
          .append(l.line().name()).append(',')
          .append(field(Texts.plain(l.left(), u))).append(',')
          .append(field(Texts.plain(l.right(), u))).append(',')
          .append(field(Texts.plain(l.difference(), u))).append(',')
          .append(field(u.symbol())).append(',')
          .append(field(l.assumptions().stream().map(ParameterRead::id).distinct().sorted()
              .collect(Collectors.joining(";"))))
          .append(CRLF);
    }
    return s.toString();
  }

  /** One cell, by the rule of {@link Csv#cell}. */
  static String field(String value) {
    return Csv.cell(value);
  }
}
