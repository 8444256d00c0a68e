package se.alf.examples.cli;

import java.time.LocalDate;
import java.util.Set;
import se.alf.agreement.AgreementLandscape;
import se.alf.examples.LandscapeReport;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf landscape [DATE] [--format text|csv|markdown]}: the agreement landscape on a date
 * ({@link LandscapeReport}); also what {@code alf [DATE]} runs.
 */
final class LandscapeCommand implements Command {

  @Override
  public String name() {
    return "landscape";
  }

  @Override
  public String synopsis() {
    return "[DATE] [--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "the agreements on a date: the national agreement, each region's RALF and affiliations";
  }

  @Override
  public String help() {
    return "Arguments:\n"
        + "  DATE  a date YYYY-MM-DD (default: today)\n\n"
        + "Prints the national agreement and its status on DATE; per ALF region its region (by the"
        + " name on that\ndate), university, healthcare region, regional agreement (RALF) and"
        + " affiliated regions; last, the\nregions no RALF binds. Dates are shown as far as the"
        + " sources know them, never guessed; where no\nsource gives a region's name on DATE,"
        + " today's name is shown and marked so.\n\n"
        + "Options:\n"
        + "  --format text|csv|markdown  (default text); CSV and Markdown have one row per"
        + " agreement: the national\n"
        + "                              agreement, then per ALF region its RALF and affiliations"
        + " (ALF region, kind,\n"
        + "                              agreement, title, parties, signed, in force from, status,"
        + " source)\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = FormatOption.of(args);
    if (args.positionals().size() > 1) {
      throw new UsageException("expected at most one argument, DATE; got "
          + args.positionals().size());
    }
    LocalDate date = args.positionals().isEmpty() ? context.today()
        : Names.date("DATE", args.positionals().get(0));
    LandscapeReport report = new LandscapeReport(AgreementLandscape.sweden());
    if (format == Format.TEXT) {
      context.out().print(report.render(date));
      return Cli.OK;
    }
    Table t = new Table(LandscapeReport.HEADER.toArray(String[]::new));
    report.rows(date).forEach(r -> t.row(r.toArray(String[]::new)));
    if (format == Format.MARKDOWN) {
      context.out().print("ALF agreement landscape on " + date + "\n\n");
    }
    context.out().print(t.render(format));
    return Cli.OK;
  }
}
