package se.alf.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;
import se.alf.rules.report.Csv;
import se.alf.rules.report.CsvDialect;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code -f, --format FORMAT}, {@code --csv-dialect DIALECT} and {@code --table NAME}: how a
 * command writes its result. FORMAT is one of the library's renderings ({@link Format}), by its
 * name in lower case — aligned text for a terminal (the default), CSV or GitHub-flavoured Markdown
 * ({@code md} too) — or {@code json}, written by {@link se.alf.examples.cli.json.Json}. Every
 * constant of {@link Format} is a value here, so a new rendering is a new constant there.
 *
 * <p>CSV is written in a {@link CsvDialect}: {@code rfc4180} (the default) or {@code excel-sv}.
 * A command whose result has several tables ({@link #csv}) writes them one after another in
 * {@code rfc4180}, an empty record between two; {@code --table NAME} writes one alone. In
 * {@code excel-sv} a file holds one table, never two: without {@code --table}, the first, and a
 * line on the standard error names the others and how to get them.
 */
final class FormatOption {

  /** The name of JSON on the command line. */
  static final String JSON = "json";

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", order = 100,
      converter = Converter.class,
      completionCandidates = Names.class,
      description = "how to write the result: ${COMPLETION-CANDIDATES} (default text)")
  private String format = "text";

  @Option(names = "--csv-dialect", paramLabel = "DIALECT", order = 102,
      converter = DialectConverter.class, completionCandidates = Dialects.class,
      description = "with --format csv: rfc4180 (the default: ',' and a decimal point) or"
          + " excel-sv (';', a decimal comma, UTF-8 with a byte order mark, CRLF: what Excel"
          + " in a Swedish locale opens correctly; one table a file)")
  private CsvDialect dialect;

  @Option(names = "--table", paramLabel = "NAME", order = 103,
      description = "with --format csv: write only the table NAME of the result (alf COMMAND"
          + " --help names them); in excel-sv the first table is written unless NAME says"
          + " another")
  private String table;

  /** Whether {@code --csv-dialect} or {@code --table} was given. */
  boolean csvOptionsGiven() {
    return dialect != null || table != null;
  }

  /** Whether the result is to be written as JSON. */
  boolean json() {
    check();
    return format.equals(JSON);
  }

  /**
   * The library's rendering to write the result in.
   *
   * @throws IllegalStateException for JSON: ask {@link #json()} first
   */
  Format format() {
    check();
    if (format.equals(JSON)) {
      throw new IllegalStateException("--format json has no Format: ask json() first");
    }
    return Format.valueOf(format.toUpperCase(Locale.ROOT));
  }

  /** The CSV dialect: {@code rfc4180} unless {@code --csv-dialect} says otherwise. */
  CsvDialect dialect() {
    return dialect == null ? CsvDialect.RFC4180 : dialect;
  }

  /** Refuses {@code --csv-dialect} and {@code --table} with another format than CSV. */
  private void check() {
    if (format.equals("csv")) {
      return;
    }
    if (dialect != null) {
      throw new UsageException("--csv-dialect " + dialect.id() + " works with --format csv, not "
          + format);
    }
    if (table != null) {
      throw new UsageException("--table " + Terminal.quote(table) + " works with --format csv,"
          + " not " + format);
    }
  }

  /**
   * Returns the CSV of a result of {@code tables} (by name, in order): in {@code rfc4180} every
   * table, an empty record between two; the one {@code --table} names; in {@code excel-sv} one
   * table, the first unless {@code --table} names another, telling {@code note} which it left
   * out.
   *
   * @throws UsageException if {@code --table} names no table of {@code tables}
   */
  String csv(Map<String, Table> tables, Consumer<String> note) {
    CsvDialect d = dialect();
    if (table != null) {
      Table t = tables.get(table.toLowerCase(Locale.ROOT));
      if (t == null) {
        throw new UsageException("--table must be one of the tables of this result, "
            + String.join(", ", tables.keySet()) + "; was " + Terminal.quote(table));
      }
      return t.csv(d);
    }
    if (d == CsvDialect.RFC4180 || tables.size() == 1) {
      return tables.values().stream().map(t -> t.csv(d)).collect(Collectors.joining(Csv.CRLF));
    }
    List<String> names = new ArrayList<>(tables.keySet());
    note.accept(d.id() + " writes one table a file: this is '" + names.get(0) + "'; the others"
        + " with --table " + String.join(", --table ", names.subList(1, names.size())));
    return tables.values().iterator().next().csv(d);
  }

  /**
   * Parses {@code text}, {@code csv}, {@code markdown} (or {@code md}) and {@code json}: a
   * {@link Format} by its name, or JSON, in any case.
   *
   * @throws UsageException naming the formats
   */
  static String parse(String s) {
    String name = s.toLowerCase(Locale.ROOT);
    if (name.equals("md")) {
      return "markdown";
    }
    List<String> ids = ids().toList();
    if (ids.contains(name)) {
      return name;
    }
    throw new UsageException("--format must be " + String.join(", ", ids.subList(0,
        ids.size() - 1)) + " or " + ids.get(ids.size() - 1) + ", was " + Terminal.quote(s));
  }

  private static Stream<String> ids() {
    return Stream.concat(Arrays.stream(Format.values())
        .map(f -> f.name().toLowerCase(Locale.ROOT)), Stream.of(JSON));
  }

  /** The converter of {@code --format}. */
  static final class Converter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return parse(value);
    }
  }

  /** The formats, for help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids().iterator();
    }
  }

  /** The converter of {@code --csv-dialect}: {@code rfc4180} or {@code excel-sv}. */
  static final class DialectConverter implements ITypeConverter<CsvDialect> {
    @Override
    public CsvDialect convert(String value) {
      for (CsvDialect d : CsvDialect.values()) {
        if (d.id().equals(value.toLowerCase(Locale.ROOT))) {
          return d;
        }
      }
      throw new UsageException("--csv-dialect must be rfc4180 or excel-sv, was "
          + Terminal.quote(value));
    }
  }

  /** The dialects, for help and shell completion. */
  static final class Dialects implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(CsvDialect.values()).map(CsvDialect::id).iterator();
    }
  }
}
