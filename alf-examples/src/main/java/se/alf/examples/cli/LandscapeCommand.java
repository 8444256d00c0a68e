package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.alf.agreement.AgreementLandscape;
import se.alf.examples.LandscapeReport;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.UsageException;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.rules.Horizon;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf landscape [DATE]}: the agreement landscape on a date ({@link LandscapeReport}); also
 * what {@code alf [DATE]} runs.
 */
@Command(name = "landscape",
    description = {"The agreements on a date: the national agreement, each region's RALF and"
        + " affiliations.",
        "",
        "Prints the national agreement and its status on DATE; per ALF region its region (by the"
            + " name on that date), university, healthcare region, regional agreement (RALF) and"
            + " affiliated regions; last, the regions no RALF binds. Dates are shown as far as the"
            + " sources know them, never guessed; where no source gives a region's name on DATE,"
            + " today's name is shown and marked so.",
        "",
        "CSV and Markdown have one row per agreement: the national agreement, then per ALF region"
            + " its RALF and affiliations (ALF region, kind, agreement, title, parties, signed,"
            + " in force from, status, source)."},
    footerHeading = "%nExample:%n", footer = "  alf landscape 2017-03-23 --format csv")
final class LandscapeCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DATE",
      description = "a date YYYY-MM-DD, at the latest in " + Horizon.LAST + " (default: today)")
  private String date;

  @Mixin
  private final FormatOption format = new FormatOption();

  LandscapeCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    LocalDate day = date == null ? context().today() : Names.date("DATE", date);
    if (day.getYear() > Horizon.LAST) { // the past is history; after the horizon, a guess
      throw new UsageException("DATE: " + day + " is after the years alf models (to "
          + Horizon.LAST + "): which agreements hold then is not known");
    }
    LandscapeReport report = new LandscapeReport(AgreementLandscape.sweden());
    boolean json = format.json();
    if (!json && format.format() == Format.TEXT) {
      return Result.ok(report.render(day));
    }
    Table t = new Table(LandscapeReport.HEADER.toArray(String[]::new));
    report.rows(day).forEach(r -> t.row(r.toArray(String[]::new)));
    if (json) {
      ObjectNode d = JsonWriter.document("landscape").put("date", day.toString());
      d.set("agreements", JsonWriter.table(t));
      return Result.ok(JsonWriter.write(d));
    }
    Format f = format.format();
    if (f == Format.CSV) {
      return Result.ok(format.csv(Map.of("landscape", t), this::message));
    }
    return Result.ok((f == Format.MARKDOWN ? "ALF agreement landscape on " + day + "\n\n" : "")
        + t.render(f));
  }
}
