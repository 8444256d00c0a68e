package se.alf.examples.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (RFC 8259) for scenario and project files: objects become
 * {@code Map<String, Object>} in the order written, arrays {@code List<Object>}, strings
 * {@code String}, integers written without fraction or exponent ({@code 2027}) {@link BigInteger},
 * other numbers ({@code 2.5}, {@code 1e3}) {@link BigDecimal} (never a binary floating-point
 * number), {@code true}
 * and {@code false} {@code Boolean}, and {@code null} {@link #NULL}. An error names the line and
 * column. Arrays and objects nest at most {@value #MAX_DEPTH} deep, so that no file can exhaust the
 * stack.
 */
final class Json {

  /** The JSON {@code null}. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** How deep arrays and objects may nest: far more than a scenario or project file needs. */
  static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses {@code text}, one JSON value with nothing but white space around it.
   *
   * @throws IllegalArgumentException naming the line and column of the first error
   */
  static Object parse(String text) {
    Json j = new Json(text);
    j.space();
    Object v = j.value();
    j.space();
    if (j.pos < text.length()) {
      throw j.error("unexpected '" + text.charAt(j.pos) + "' after the value");
    }
    return v;
  }

  private Object value() {
    if (pos >= text.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
      case '[':
        if (depth == MAX_DEPTH) {
          throw error("arrays and objects nested more than " + MAX_DEPTH + " deep");
        }
        depth++;
        Object nested = c == '{' ? object() : array();
        depth--;
        return nested;
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", NULL);
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw error("unexpected '" + c + "', expected a value");
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    space();
    if (peek('}')) {
      pos++;
      return Collections.unmodifiableMap(m);
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("expected a member name in double quotes");
      }
      int at = pos;
      String name = string();
      space();
      expect(':');
      space();
      if (m.put(name, value()) != null) {
        pos = at;
        throw error("member \"" + name + "\" is given twice");
      }
      space();
      if (peek(',')) {
        pos++;
      } else if (peek('}')) {
        pos++;
        return Collections.unmodifiableMap(m);
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    pos++;
    space();
    if (peek(']')) {
      pos++;
      return Collections.unmodifiableList(l);
    }
    while (true) {
      space();
      l.add(value());
      space();
      if (peek(',')) {
        pos++;
      } else if (peek(']')) {
        pos++;
        return Collections.unmodifiableList(l);
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    StringBuilder s = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return s.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("control character in string; write it as an escape");
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"': s.append('"'); break;
        case '\\': s.append('\\'); break;
        case '/': s.append('/'); break;
        case 'b': s.append('\b'); break;
        case 'f': s.append('\f'); break;
        case 'n': s.append('\n'); break;
        case 'r': s.append('\r'); break;
        case 't': s.append('\t'); break;
        case 'u':
          if (pos + 4 > text.length()) {
            throw error("incomplete \\u escape");
          }
          // four ASCII hex digits: Integer.parseInt would also take non-ASCII digits such as '٠'
          if (!text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw error("bad \\u escape");
          }
          s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
          break;
        default:
          pos -= 2;
          throw error("bad escape '\\" + e + "'");
      }
    }
  }

  /** The longest number literal read: far beyond any figure, short enough to parse at once. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private Number number() {
    int start = pos;
    if (peek('-')) {
      pos++;
    }
    digits();
    if (peek('.')) {
      pos++;
      digits();
    }
    if (peek('e') || peek('E')) {
      pos++;
      if (peek('+') || peek('-')) {
        pos++;
      }
      digits();
    }
    String n = text.substring(start, pos);
    if (n.matches("-?0[0-9].*")) {
      pos = start;
      throw error("number with a leading zero: " + n);
    }
    if (n.length() > MAX_NUMBER_LENGTH) {
      pos = start;
      throw error("number longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0
          ? new BigInteger(n) : new BigDecimal(n);
    } catch (NumberFormatException e) {
      // e.g. an exponent beyond the range of an int: 1e99999999999
      pos = start;
      throw error("number out of range: " + n);
    }
  }

  private void digits() {
    int start = pos;
    // ASCII digits only: Character.isDigit and BigInteger also take '٠' (U+0660), so 2٠27 was 2027
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      throw error("the digit '" + text.charAt(pos) + "' (U+"
          + String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(pos))
          + ") is not an ASCII digit 0-9");
    }
    if (pos == start) {
      throw error("expected a digit");
    }
  }

  private Object word(String w, Object value) {
    if (!text.startsWith(w, pos)) {
      throw error("unexpected '" + text.charAt(pos) + "', expected a value");
    }
    pos += w.length();
    return value;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void space() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\ufeff') {
        pos++;
      } else {
        break;
      }
    }
  }

  private IllegalArgumentException error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new IllegalArgumentException("line " + line + ", column " + column + ": " + message);
  }
}
