package se.alf.examples.cli;

import java.util.Locale;
import se.alf.rules.report.Format;

/**
 * The option {@code --format text|csv|markdown}: how a command writes its result, one of the
 * library's renderings ({@link Format}): aligned text for a terminal (the default), CSV (RFC 4180;
 * a second table, after an empty line, lists assumptions) or GitHub-flavoured Markdown.
 */
final class FormatOption {

  private FormatOption() {}

  /** Parses {@code text}, {@code csv}, {@code markdown} (or {@code md}). */
  static Format parse(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "text":
        return Format.TEXT;
      case "csv":
        return Format.CSV;
      case "markdown":
      case "md":
        return Format.MARKDOWN;
      default:
        throw new UsageException("--format must be text, csv or markdown, was '" + s + "'");
    }
  }

  static Format of(Args args) {
    return args.option("format").map(FormatOption::parse).orElse(Format.TEXT);
  }
}
