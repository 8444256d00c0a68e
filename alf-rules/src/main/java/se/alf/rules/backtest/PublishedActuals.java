package se.alf.rules.backtest;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;

/**
 * The published actuals, read from {@value #RESOURCE} beside this class: rows copied from the
 * project's shared data ({@code alf_amounts.csv}, {@code published_2026_12.csv}) with their
 * sources. Nothing here is a constant next to the model: change the file to change the actuals.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class PublishedActuals {

  private PublishedActuals() {}

  /** The data file, in this package. */
  public static final String RESOURCE = "published_actuals.csv";

  private static final String HEADER = "scope,year,line,amount_sek,as_published,source,url,caveat";

  private static final ImmutableList<PublishedActual> ALL = load();

  /** {@return every published actual in the data file, in its order} */
  public static ImmutableList<PublishedActual> all() {
    return ALL;
  }

  private static ImmutableList<PublishedActual> load() {
    try (InputStream in = PublishedActuals.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": not found beside "
            + PublishedActuals.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses the data file's lines (header first).
   *
   * @throws IllegalArgumentException naming the line, the field, the value and the rule
   */
  static ImmutableList<PublishedActual> parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException(RESOURCE + " line 1: expected the header '" + HEADER
          + "'");
    }
    ImmutableList.Builder<PublishedActual> out = ImmutableList.builder();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      String where = RESOURCE + " line " + (i + 1);
      List<String> f = fields(lines.get(i), where);
      if (f.size() != 8) {
        throw new IllegalArgumentException(where + ": " + f.size()
            + " fields: a row has 8 (" + HEADER + ")");
      }
      out.add(new PublishedActual(region(where + " scope", f.get(0)),
          year(where + " year", f.get(1)), Measure.ofId(where + " line", f.get(2)),
          amount(where + " amount_sek", f.get(3)), f.get(4), f.get(5), f.get(6), f.get(7)));
    }
    return out.build();
  }

  private static Optional<AlfRegion> region(String field, String scope) {
    if (scope.equals("national")) {
      return Optional.empty();
    }
    for (AlfRegion r : AlfRegion.values()) {
      if (r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(scope)) {
        return Optional.of(r);
      }
    }
    throw new IllegalArgumentException(field + ": '" + scope + "' is neither 'national' nor a"
        + " region id such as vastra-gotaland");
  }

  private static Year year(String field, String text) {
    if (!text.matches("[0-9]{4}")) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a year of 4 digits");
    }
    return Year.of(Integer.parseInt(text));
  }

  private static Sek amount(String field, String text) {
    if (!text.matches("[0-9]{1,15}")) {
      throw new IllegalArgumentException(field + ": '" + text
          + "' is not a whole number of kronor (digits only)");
    }
    return Sek.ofKronor(Long.parseLong(text));
  }

  /** Splits one CSV line (RFC 4180 quoting, no line breaks inside a field). */
  static List<String> fields(String line, String where) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(where + ": a quoted field is not closed");
    }
    out.add(cur.toString());
    return out;
  }
}
