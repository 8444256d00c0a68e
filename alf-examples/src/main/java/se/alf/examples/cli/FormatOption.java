package se.alf.examples.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;
import se.alf.rules.report.Format;

/**
 * {@code -f, --format FORMAT}: how a command writes its result, one of the library's renderings
 * ({@link Format}), by its name in lower case: aligned text for a terminal (the default), CSV
 * (RFC 4180) or GitHub-flavoured Markdown ({@code md} too). Every constant of {@link Format} is a
 * value here, so a new rendering is a new constant there.
 */
final class FormatOption {

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", order = 100,
      converter = Converter.class,
      completionCandidates = Names.class,
      description = "how to write the result: ${COMPLETION-CANDIDATES} (default text)")
  private Format format = Format.TEXT;

  Format format() {
    return format;
  }

  /**
   * Parses {@code text}, {@code csv}, {@code markdown} (or {@code md}): a {@link Format} by its
   * name, in any case.
   *
   * @throws UsageException naming the formats
   */
  static Format parse(String s) {
    String name = s.toLowerCase(Locale.ROOT);
    for (Format f : Format.values()) {
      if (id(f).equals(name)) {
        return f;
      }
    }
    if (name.equals("md")) {
      return Format.MARKDOWN;
    }
    String ids = Arrays.stream(Format.values()).map(FormatOption::id)
        .collect(Collectors.joining(", "));
    int last = ids.lastIndexOf(", ");
    throw new UsageException("--format must be " + ids.substring(0, last) + " or "
        + ids.substring(last + 2) + ", was " + Terminal.quote(s));
  }

  private static String id(Format f) {
    return f.name().toLowerCase(Locale.ROOT);
  }

  /** The converter of {@code --format}. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return parse(value);
    }
  }

  /** The formats, for help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(FormatOption::id).iterator();
    }
  }
}
