package se.alf.rules.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule for every CSV cell alf writes (RFC 4180, made safe for spreadsheets): a cell that is
 * not a plain number and starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return would be read by a spreadsheet as a formula (CSV injection), so it is prefixed
 * with {@code '}; a plain number such as {@code -1234.00}, {@code -1 234,00} or {@code -9600/11}
 * is kept as it is. Then a cell holding a comma, a quote or a line break is quoted, its quotes
 * doubled. Another {@link CsvDialect} changes the separator and the decimal mark
 * ({@link #cell(String, CsvDialect)}).
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Csv {

  /** A plain number: sign, digits (grouped by spaces), a decimal part or a denominator. */
  private static final Pattern NUMBER = Pattern.compile(
      "[-+]?[0-9]+([ \u00a0\u202f][0-9]+)*([.,][0-9]+)?(/[0-9]+)?");

  /** The line end of every CSV record (RFC 4180). */
  public static final String CRLF = "\r\n";

  private Csv() {}

  /**
   * {@return {@code cells} as one CSV record: each by {@link #cell}, comma separated, CRLF}
   *
   * @param cells the cells
   */
  public static String record(Iterable<String> cells) {
    return record(cells, CsvDialect.RFC4180);
  }

  /**
   * {@return {@code cells} as one CSV record in {@code dialect}: each by {@link #cell(String,
   * CsvDialect)}, separated by the dialect's separator, CRLF}
   *
   * @param cells the cells
   * @param dialect the dialect
   */
  public static String record(Iterable<String> cells, CsvDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    StringBuilder s = new StringBuilder();
    String separator = "";
    for (String c : cells) {
      s.append(separator).append(cell(c, dialect));
      separator = String.valueOf(dialect.separator());
    }
    return s.append(CRLF).toString();
  }

  /**
   * {@return {@code value} as one CSV cell: neutralised if it could be a formula, then quoted}
   *
   * @param value the cell's text
   */
  public static String cell(String value) {
    return cell(value, CsvDialect.RFC4180);
  }

  /**
   * {@return {@code value} as one CSV cell in {@code dialect}: a plain decimal number with the
   * dialect's decimal mark ({@link CsvDialect#number}), neutralised if it could be a formula,
   * then quoted if it holds the dialect's separator, a quote or a line break}
   *
   * @param value the cell's text
   * @param dialect the dialect
   */
  public static String cell(String value, CsvDialect dialect) {
    Objects.requireNonNull(value, "value");
    String v = dialect.number(value);
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    if (v.indexOf(dialect.separator()) < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0
        && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
