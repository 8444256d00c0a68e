package se.alf.examples.cli.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON (RFC 8259) of scenario, reform and project files with Jackson, strictly: objects
 * become {@code Map<String, Object>} in the order written, arrays {@code List<Object>}, strings
 * {@code String}, integers written without fraction or exponent ({@code 2027}) {@link BigInteger},
 * other numbers ({@code 2.50}, {@code 1e3}) {@link BigDecimal} exactly as written (never a binary
 * floating-point number), {@code true} and {@code false} {@code Boolean}, and {@code null}
 * {@link #NULL}, so that an absent member and a {@code null} one differ.
 *
 * <p>Refused, with the line and column: a member given twice in one object, anything but white
 * space after the value, arrays and objects nested more than {@value #MAX_DEPTH} deep (no file can
 * exhaust the stack), a number longer than {@value #MAX_NUMBER_LENGTH} characters or whose exponent
 * does not fit, comments, single quotes, leading zeros, trailing commas, unescaped control
 * characters and every other departure from the RFC. A byte-order mark before the value is
 * skipped. Stateless and thread-safe.
 */
public final class Json {

  /** The JSON {@code null}. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** How deep arrays and objects may nest: far more than a scenario or project file needs. */
  public static final int MAX_DEPTH = 64;

  /** The longest number literal read: far beyond any figure, short enough to parse at once. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
              .maxNumberLength(MAX_NUMBER_LENGTH).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private Json() {}

  /**
   * Parses {@code text}, one JSON value with nothing but white space around it.
   *
   * @throws IllegalArgumentException naming the line and column of the first error
   */
  public static Object parse(String text) {
    String json = text.startsWith("\ufeff") ? text.substring(1) : text;
    try (JsonParser p = MAPPER.createParser(json)) {
      JsonNode root;
      try {
        root = MAPPER.readTree(p);
      } catch (JsonProcessingException | NumberFormatException e) {
        throw error(p, e);
      }
      if (root == null || root.isMissingNode()) {
        throw new IllegalArgumentException("line 1, column 1: no JSON value, only white space");
      }
      try {
        if (p.nextToken() != null) {
          throw at(p.currentTokenLocation(), "unexpected text after the value");
        }
      } catch (JsonProcessingException e) {
        throw at(p.currentTokenLocation(), "unexpected text after the value");
      }
      return plain(root);
    } catch (IOException e) {
      // a String holds no I/O; closing the parser cannot fail
      throw new UncheckedIOException(e);
    }
  }

  /** Returns Jackson's {@code e} as one line in alf's words, with the line and column. */
  private static IllegalArgumentException error(JsonParser p, Exception e) {
    if (e instanceof StreamConstraintsException c) {
      String m = String.valueOf(c.getOriginalMessage());
      return at(p.currentTokenLocation(), m.contains("nesting depth")
          ? "arrays and objects nested more than " + MAX_DEPTH + " deep"
          : m.contains("Number value length")
              ? "number longer than " + MAX_NUMBER_LENGTH + " characters"
              : m.replaceAll(" ?\\(\\d+, from `[^`]*`\\)", ""));
    }
    if (e instanceof NumberFormatException) {
      // an exponent beyond the range of an int: 1e99999999999
      return at(p.currentTokenLocation(), "number out of range: " + numberText(p));
    }
    JsonProcessingException j = (JsonProcessingException) e;
    String m = String.valueOf(j.getOriginalMessage());
    if (m.startsWith("Duplicate field '") && m.endsWith("'")) {
      m = "member \"" + m.substring("Duplicate field '".length(), m.length() - 1)
          + "\" is given twice";
    } else if (p.getParsingContext().inRoot() && p.currentToken() != null
        && p.currentToken().isStructEnd()) {
      m = "unexpected text after the value: " + m;
    }
    JsonLocation where = j.getLocation() != null ? j.getLocation() : p.currentLocation();
    return at(where, m.replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]",
        "line $1, column $2").replaceAll(" \\(code \\d+( / 0x\\p{XDigit}+)?\\)", "")
        .replaceAll("\\R", " "));
  }

  private static String numberText(JsonParser p) {
    try {
      return p.getText();
    } catch (IOException e) {
      return "(unreadable)";
    }
  }

  private static IllegalArgumentException at(JsonLocation where, String message) {
    return new IllegalArgumentException("line " + where.getLineNr() + ", column "
        + where.getColumnNr() + ": " + message);
  }

  /** Returns the plain Java value of {@code node}, as the class comment says. */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      node.properties().forEach(e -> m.put(e.getKey(), plain(e.getValue())));
      return Collections.unmodifiableMap(m);
    }
    if (node.isArray()) {
      List<Object> l = new ArrayList<>(node.size());
      node.forEach(e -> l.add(plain(e)));
      return Collections.unmodifiableList(l);
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return NULL;
  }
}
