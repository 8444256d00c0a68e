package se.alf.rules.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How alf writes a CSV file: the separator, the decimal mark of a plain number, and what comes
 * first. Every dialect ends each record with CRLF, quotes a cell holding the separator, a quote or
 * a line break (its quotes doubled) and neutralises a cell that a spreadsheet would read as a
 * formula ({@link Csv#cell(String, CsvDialect)}).
 *
 * <ul>
 *   <li>{@link #RFC4180}: comma separated, a decimal point ({@code 1234.56}), no byte order mark:
 *       for programs, and the default.
 *   <li>{@link #EXCEL_SV}: what Excel in a Swedish locale opens correctly straight from the file:
 *       semicolon separated, a decimal comma ({@code 1234,56}), UTF-8 with a byte order mark
 *       ({@code EF BB BF}) so that {@code Örebro} is not read as Windows-1252. A cell that is a
 *       plain decimal number (a sign, digits, a point, digits) is written with a comma. A ratio
 *       ({@code 1/5}, which Excel would read as the date 1 May) is written as its exact decimal
 *       ({@code 0,2}) when it has one, else as text behind an apostrophe ({@code '1/3}); any
 *       other cell is written as it is. One table is one file: {@link Table#csv(CsvDialect)}
 *       starts with the byte order mark.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum CsvDialect {

  /** RFC 4180: {@code ,} separated, a decimal point, no byte order mark. */
  RFC4180(',', '.', ""),

  /** Excel in a Swedish locale: {@code ;} separated, a decimal comma, a byte order mark. */
  EXCEL_SV(';', ',', "\uFEFF");

  /** A plain decimal number as alf writes one for CSV: {@code -1234.56}, {@code 872.73}. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+\\.[0-9]+");

  /** An exact ratio as alf writes one: {@code 1/5}, {@code -9600/11}. */
  private static final Pattern RATIO = Pattern.compile("-?[0-9]{1,18}/[0-9]{1,18}");

  private final char separator;
  private final char decimalMark;
  private final String start;

  CsvDialect(char separator, char decimalMark, String start) {
    this.separator = separator;
    this.decimalMark = decimalMark;
    this.start = start;
  }

  /** {@return the dialect's name on the command line: {@code rfc4180} or {@code excel-sv}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the character between two cells: {@code ,} or {@code ;}} */
  public char separator() {
    return separator;
  }

  /** {@return what a file in this dialect starts with: empty, or the byte order mark U+FEFF} */
  public String start() {
    return start;
  }

  /**
   * {@return {@code value} with this dialect's decimal mark if it is a plain decimal number
   * ({@code "-1234.56"} becomes {@code "-1234,56"} in {@link #EXCEL_SV}), else {@code value}}
   *
   * @param value a cell's text
   */
  public String number(String value) {
    if (decimalMark == '.') {
      return value;
    }
    if (RATIO.matcher(value).matches()) {
      return ratio(value);
    }
    return DECIMAL.matcher(value).matches() ? value.replace('.', decimalMark) : value;
  }

  /** {@code 1/5} as {@code 0,2}; {@code 1/3}, which has no exact decimal, as {@code '1/3}. */
  private String ratio(String value) {
    int slash = value.indexOf('/');
    BigDecimal denominator = new BigDecimal(value.substring(slash + 1));
    if (denominator.signum() == 0) {
      return "'" + value;
    }
    try {
      return new BigDecimal(value.substring(0, slash)).divide(denominator).toPlainString()
          .replace('.', decimalMark);
    } catch (ArithmeticException e) { // no exact decimal
      return "'" + value;
    }
  }
}
