package se.alf.examples.cli;

import java.util.Locale;

/** How a command writes its result: {@code --format text|csv|markdown}. */
enum Format {
  /** Aligned columns and indented explanations for a terminal; the default. */
  TEXT,
  /** Comma-separated values (RFC 4180); a second table, after an empty line, lists assumptions. */
  CSV,
  /** GitHub-flavoured Markdown tables. */
  MARKDOWN;

  /** Parses {@code text}, {@code csv}, {@code markdown} (or {@code md}). */
  static Format parse(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "text":
        return TEXT;
      case "csv":
        return CSV;
      case "markdown":
      case "md":
        return MARKDOWN;
      default:
        throw new UsageException("--format must be text, csv or markdown, was '" + s + "'");
    }
  }

  static Format of(Args args) {
    return args.option("format").map(Format::parse).orElse(TEXT);
  }
}
