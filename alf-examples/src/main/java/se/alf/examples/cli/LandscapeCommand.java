package se.alf.examples.cli;

import java.time.LocalDate;
import java.util.Set;
import se.alf.agreement.AgreementLandscape;
import se.alf.examples.LandscapeReport;

/** {@code alf landscape [DATE]}: the agreement landscape on a date ({@link LandscapeReport}). */
final class LandscapeCommand implements Command {

  @Override
  public String name() {
    return "landscape";
  }

  @Override
  public String synopsis() {
    return "[DATE]";
  }

  @Override
  public String summary() {
    return "the agreements on a date: the national agreement, each region's RALF and affiliations";
  }

  @Override
  public String help() {
    return "Arguments:\n"
        + "  DATE  a date YYYY-MM-DD (default: today)\n\n"
        + "Prints, as text, the national agreement and its status on DATE; per ALF region its"
        + " region (by the name on\nthat date), university, healthcare region, regional agreement"
        + " (RALF) and affiliated regions; last,\nthe regions no RALF binds. Dates are shown as far"
        + " as the sources know them, never guessed.\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of();
  }

  @Override
  public int run(Args args, Context context) {
    if (args.positionals().size() > 1) {
      throw new UsageException("expected at most one argument, DATE; got "
          + args.positionals().size());
    }
    LocalDate date = args.positionals().isEmpty() ? context.today()
        : Names.date("DATE", args.positionals().get(0));
    context.out().print(new LandscapeReport(AgreementLandscape.sweden()).render(date));
    return Cli.OK;
  }
}
