package se.alf.number;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one grammar by which the library reads a number written as text: amounts of kronor
 * ({@code Sek.parse}), ratios ({@link Ratio#parse}) and full-year students
 * ({@code FullYearStudents.parse}) all read their text here, so that they accept the same forms
 * and refuse the same mistakes, each with one message that names the text and the rule.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * text     = blank* number blank* [suffix] blank*       at most {@value #MAX_LENGTH} characters
 * number   = [sign] integer [mark fraction] [exponent]  (a decimal)
 * sign     = "-" | "+"
 * integer  = digit{1,3} (group digit{3})+              (grouped in threes)
 *          | digit+                                    (not grouped)
 * group    = " " | U+00A0 (no-break space) | U+202F (narrow no-break space)
 * mark     = "," | "."                                 (decimal comma or decimal point)
 * fraction = digit+
 * exponent = ("e" | "E") [sign] digit{1,9}
 * digit    = "0" .. "9"                                (ASCII digits only)
 * blank    = a whitespace character, U+00A0 or U+202F
 * </pre>
 *
 * <p>A whole number ({@link #parseInteger}) has neither mark, fraction nor exponent. A fraction
 * ({@link #parseRatio}) is a decimal, or two whole numbers separated by {@code "/"} with optional
 * blanks around it ({@code "9350/11"}); its denominator must not be zero. The suffix, if this
 * reader has one (such as {@code kr} or {@code HST}), is optional and matched ignoring case.
 *
 * <h2>Refused</h2>
 *
 * <ul>
 *   <li>A text longer than {@value #MAX_LENGTH} characters, before any digit is read: a number of
 *       a million digits would otherwise take seconds to read.
 *   <li>A digit other than the ASCII digits 0-9 (such as the Arabic-Indic {@code ٠}), which Java's
 *       own number parsers would silently read as a digit.
 *   <li>An <em>ambiguous</em> text: a mark followed by exactly three digits and no exponent, after
 *       an integer that could be a first group of thousands (1 to 3 digits, not starting with 0,
 *       possibly followed by groups). {@code "128,490"} could be 128 490 or 128,49 and
 *       {@code "110.000"} could be 110 000 or 110; the message gives both unambiguous ways to write
 *       it. {@code "0,125"}, {@code "1234,567"} and {@code "128,4900"} are not ambiguous.
 *   <li>More significant decimals than this reader allows (two for kronor, the öre).
 * </ul>
 *
 * <p>Every refusal is an {@link IllegalArgumentException} whose message starts with the text in
 * quotes. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NumberText {

  /** The most characters a number's text may have, blanks and suffix included. */
  public static final int MAX_LENGTH = 64;

  /** How many characters of a too long text its message quotes. */
  private static final int QUOTED_PREFIX = 16;

  private static final String GROUP = "[ \\u00a0\\u202f]";
  private static final Pattern DECIMAL = Pattern.compile(
      "([+-]?)(\\d{1,3}(?:" + GROUP + "\\d{3})+|\\d+)(?:([.,])(\\d+))?(?:[eE]([+-]?\\d{1,9}))?");
  private static final Pattern INTEGER =
      Pattern.compile("([+-]?)(\\d{1,3}(?:" + GROUP + "\\d{3})+|\\d+)");
  /** An integer that could be read as the leading groups of thousands. */
  private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:" + GROUP + "\\d{3})*");

  private final String what;
  private final String examples;
  private final String suffix;
  private final int maxDecimals;

  private NumberText(String what, String examples, String suffix, int maxDecimals) {
    this.what = what;
    this.examples = examples;
    this.suffix = suffix;
    this.maxDecimals = maxDecimals;
  }

  /**
   * Returns a reader of numbers that its messages call {@code what} (e.g. {@code "a ratio"}),
   * suggesting {@code examples} (e.g. {@code "a fraction like 12/11 or a decimal like 0,25"}) when
   * a text is not a number; no suffix, any number of decimals.
   *
   * @param what what the messages call a number, e.g. {@code "a ratio"}
   * @param examples examples the messages suggest for a text that is not a number
   * @return the reader
   */
  public static NumberText of(String what, String examples) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(examples, "examples");
    return new NumberText(what, examples, "", Integer.MAX_VALUE);
  }

  /**
   * Returns this reader accepting the optional unit {@code suffix}, e.g. {@code "kr"}.
   *
   * @param suffix the unit that may follow the number, e.g. {@code "kr"}
   * @return a new reader, this one unchanged
   */
  public NumberText withSuffix(String suffix) {
    Objects.requireNonNull(suffix, "suffix");
    return new NumberText(what, examples, suffix, maxDecimals);
  }

  /**
   * Returns this reader refusing a decimal with more than {@code maxDecimals} significant
   * decimals ({@code 1,230} has two).
   *
   * @param maxDecimals the most significant decimals allowed, not negative
   * @return a new reader, this one unchanged
   */
  public NumberText withMaxDecimals(int maxDecimals) {
    checkArgument(maxDecimals >= 0, "maxDecimals must be >= 0, was %s", maxDecimals);
    return new NumberText(what, examples, suffix, maxDecimals);
  }

  /**
   * Reads a decimal: {@code "128 490"}, {@code "128 490,50"}, {@code "128490.5"},
   * {@code "2.2e9"}.
   *
   * @param text the text to read
   * @return the exact decimal
   * @throws IllegalArgumentException if {@code text} is not a decimal of the grammar above, is
   *     too long, has a non-ASCII digit, is ambiguous or has too many decimals
   */
  public BigDecimal parseDecimal(CharSequence text) {
    String s = number(text);
    BigDecimal value = decimal(text, s);
    checkArgument(value != null, "%s", notA(text));
    return value;
  }

  /**
   * Reads a whole number: {@code "2027"}, {@code "-3"}, {@code "1 750 000"}.
   *
   * @param text the text to read
   * @return the whole number
   * @throws IllegalArgumentException if {@code text} is not a whole number of the grammar above,
   *     is too long or has a non-ASCII digit
   */
  public BigInteger parseInteger(CharSequence text) {
    String s = number(text);
    BigInteger value = integer(s);
    checkArgument(value != null, "%s", notA(text));
    return value;
  }

  /**
   * Reads a fraction {@code "12/11"} or a decimal {@code "0,25"} as an exact ratio.
   *
   * @param text the text to read
   * @return the exact ratio, in lowest terms
   * @throws IllegalArgumentException if {@code text} is neither, is too long, has a non-ASCII
   *     digit, is ambiguous, has a zero denominator, or (as a decimal) has more than
   *     {@value Ratio#MAX_DECIMAL_DIGITS} digits before or after the decimal point
   */
  public Ratio parseRatio(CharSequence text) {
    String s = number(text);
    int slash = s.indexOf('/');
    if (slash < 0) {
      BigDecimal d = decimal(text, s);
      checkArgument(d != null, "%s", notA(text));
      return Ratio.of(d, text.toString());
    }
    BigInteger n = integer(strip(s.substring(0, slash)));
    BigInteger d = integer(strip(s.substring(slash + 1)));
    checkArgument(n != null && d != null, "%s", notA(text));
    checkArgument(d.signum() != 0, "'%s' is not %s: its denominator must not be 0", text, what);
    return Ratio.of(n, d);
  }

  /**
   * Checks the length and the digits of {@code text} and returns it without blanks around it and
   * without the suffix.
   */
  private String number(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException("'" + text.subSequence(0, QUOTED_PREFIX) + "…' ("
          + length + " characters) is too long: " + what + " is written in at most " + MAX_LENGTH
          + " characters");
    }
    String s = text.toString();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isDigit(c) && (c < '0' || c > '9')) {
        throw new IllegalArgumentException("'" + s + "' has the digit '" + Character.toString(c)
            + "' (" + String.format(Locale.ROOT, "U+%04X", c) + "): " + what
            + " is written with the ASCII digits 0-9 only");
      }
      i += Character.charCount(c);
    }
    s = strip(s);
    if (!suffix.isEmpty() && s.regionMatches(true, s.length() - suffix.length(), suffix, 0,
        suffix.length())) {
      s = strip(s.substring(0, s.length() - suffix.length()));
    }
    return s;
  }

  /** Reads the decimal {@code s} (of {@code text}), or returns null if it is not one. */
  private @Nullable BigDecimal decimal(CharSequence text, String s) {
    Matcher m = DECIMAL.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String sign = m.group(1);
    String integer = m.group(2);
    String mark = m.group(3);
    String fraction = m.group(4);
    String exponent = m.group(5);
    BigDecimal value = new BigDecimal(sign + integer.replaceAll(GROUP, "")
        + (fraction == null ? "" : "." + fraction) + (exponent == null ? "" : "e" + exponent));
    if (fraction != null && fraction.length() == 3 && exponent == null
        && THOUSANDS.matcher(integer).matches()) {
      throw ambiguous(text, sign, integer, mark, fraction, value);
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > maxDecimals) {
      throw new IllegalArgumentException("'" + text + "' has "
          + value.stripTrailingZeros().scale() + " decimals: " + what + " has at most "
          + maxDecimals);
    }
    return value;
  }

  /** Returns the message for {@code 128,490}: write 128 490 or 128,49. */
  private IllegalArgumentException ambiguous(CharSequence text, String sign, String integer,
      String mark, String fraction, BigDecimal value) {
    String thousands = sign + integer.replaceAll(GROUP, " ") + " " + fraction;
    String trimmed = fraction.replaceFirst("0+$", "");
    String asDecimal = sign + integer.replaceAll(GROUP, " ")
        + (trimmed.isEmpty() ? "" : mark + trimmed) + (trimmed.length() == 3 ? "0" : "");
    String decimalReading = value.signum() != 0
        && value.stripTrailingZeros().scale() > maxDecimals
        ? "; read as a decimal it has " + value.stripTrailingZeros().scale() + " decimals, and "
            + what + " has at most " + maxDecimals
        : " or " + asDecimal;
    return new IllegalArgumentException("'" + text + "' is ambiguous: write " + thousands
        + decimalReading);
  }

  /** Reads the whole number {@code s}, or returns null if it is not one. */
  private static @Nullable BigInteger integer(String s) {
    Matcher m = INTEGER.matcher(s);
    return m.matches() ? new BigInteger(m.group(1) + m.group(2).replaceAll(GROUP, "")) : null;
  }

  private String notA(CharSequence text) {
    return "'" + text + "' is not " + what + ": write " + examples;
  }

  /** Returns {@code s} without blanks (whitespace, U+00A0, U+202F) at either end. */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
  }
}
