package se.alf.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.alf.agreement.AgreementLandscape;
import se.alf.examples.cli.input.Names;
import se.alf.examples.cli.input.Terminal;
import se.alf.examples.cli.input.UsageException;
import se.alf.examples.cli.json.JsonWriter;
import se.alf.party.AlfRegion;
import se.alf.party.Region;
import se.alf.rules.Finding;
import se.alf.rules.MissingInputException;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Severity;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf validate [RULESET] [YEAR|DATE]}: the findings of a rule set's checks on the scenario
 * in a year and on the agreement landscape on a date; with {@code --fail-on}, an exit status that
 * says whether there are any.
 */
@Command(name = "validate",
    description = {"Check the scenario and the agreement landscape against a rule set's rules.",
        "",
        "Prints the findings (ERROR breaks a rule; WARNING may, or cannot be checked; INFO is"
            + " worth knowing), each with its check, region, message and rule: first on the"
            + " scenario (figures), then on the agreement landscape (who has signed what). Before"
            + " a rule set's first year, or where the scenario lacks an input it needs, a subject"
            + " is reported as not checked (in CSV and Markdown a row of severity "
            + ValidateCommand.NOT_CHECKED + ").",
        "",
        "By default findings do not change the exit status: it is 0 whatever they are. With"
            + " --fail-on, it is 1 when there is a finding at or above that severity, or a"
            + " subject that could not be checked (it may hide one); 2 stays a bad command line."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done; with --fail-on, no finding at or above its severity",
        "1:with --fail-on, a finding at or above its severity, or a subject not checked",
        "2:a bad command line or input file"},
    footerHeading = "%nExamples:%n",
    footer = {"  alf validate pm-2024 2030",
        "  alf validate pm-2024 2027 -s my-scenario.json --fail-on warning"})
final class ValidateCommand extends CliCommand {

  /** The severity column of a row saying a subject was not checked. */
  static final String NOT_CHECKED = "NOT CHECKED";

  @Parameters(index = "0", arity = "0..1", paramLabel = "RULESET",
      completionCandidates = ReformOption.RuleSetIds.class,
      description = "a rule set id (default: every rule set found by ServiceLoader, and the"
          + " --reform one)")
  private String first;

  @Parameters(index = "1", arity = "0..1", paramLabel = "YEAR|DATE",
      description = "the year to check the scenario in and the date to check the landscape on:"
          + " a YEAR checks the landscape on 1 January of it, a DATE checks the scenario in its"
          + " year (default: today)")
  private String second;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOn.class,
      completionCandidates = FailOn.class,
      description = "exit with status 1 when a finding is at least this severe:"
          + " ${COMPLETION-CANDIDATES} (warning includes error); default: the findings do not"
          + " change the exit status")
  private Severity failOn;

  @Mixin
  private final ScenarioOption scenario = new ScenarioOption();

  @Mixin
  private final ReformOption reform = new ReformOption();

  @Mixin
  private final FormatOption format = new FormatOption();

  ValidateCommand(Context context) {
    super(context);
  }

  @Override
  Result execute() {
    boolean json = this.format.json();
    String when = null;
    String ruleSetId = first;
    if (second != null) {
      when = second;
    } else if (first != null && looksLikeTime(first)) {
      when = first;
      ruleSetId = null;
    }
    if (when != null && !looksLikeTime(when)) {
      throw new UsageException("YEAR|DATE must be a year like 2027 or a date like 2027-01-01,"
          + " was " + Terminal.quote(when));
    }
    List<RuleSet> ruleSets = new ArrayList<>();
    if (ruleSetId == null) {
      ruleSets.addAll(RuleSets.all().values());
      reform.reform().ifPresent(ruleSets::add);
    } else {
      ruleSets.add(reform.ruleSet("RULESET", ruleSetId));
      reform.requireNamedIn(ruleSets);
    }
    LocalDate date;
    Year year;
    if (when == null) {
      date = context().today();
      year = Year.from(date);
    } else if (Names.isYear(when)) {
      year = Names.year("YEAR", when);
      date = year.atDay(1);
    } else {
      date = Names.modelledDate("DATE", when);
      year = Year.from(date);
    }
    Scenario scenario = this.scenario.scenario();
    AgreementLandscape landscape = AgreementLandscape.sweden();
    Table t = new Table("rule set", "subject", "severity", "check", "region", "message",
        "rule");
    StringBuilder text = new StringBuilder();
    text.append("Validation in ").append(year).append(" (scenario) and on ").append(date)
        .append(" (agreement landscape)\n").append(Output.scenarioLine(scenario)).append('\n');
    Map<Finding, String> infoShown = new HashMap<>();
    ObjectNode doc = JsonWriter.document("validate").put("year", year.getValue())
        .put("date", date.toString());
    doc.set("scenario", JsonWriter.scenario(scenario));
    doc.put("fail_on", failOn == null ? null : FailOn.id(failOn));
    ArrayNode checked = doc.putArray("rule_sets");
    int severe = 0;
    int notChecked = 0;
    for (RuleSet rs : ruleSets) {
      List<Finding> onScenario = List.of();
      List<Finding> onLandscape = List.of();
      String scenarioNotChecked = null;
      String landscapeNotChecked = null;
      if (year.isBefore(rs.firstYear())) {
        // Neither the scenario nor the landscape: the rule set's checks start in its first year.
        scenarioNotChecked = "before the rule set applies, from " + rs.firstYear();
        landscapeNotChecked = scenarioNotChecked;
      } else {
        try {
          onScenario = rs.validate(scenario, year);
        } catch (MissingInputException e) {
          if (ruleSets.size() == 1) {
            throw e;
          }
          scenarioNotChecked = "it needs " + e.key() + ", which the scenario lacks"
              + " (--scenario FILE)";
        }
        onLandscape = rs.validate(landscape, date);
      }
      text.append('\n').append(rs.id()).append(": ").append(rs.title()).append('\n');
      text.append("  Scenario '").append(scenario.name()).append("' in ").append(year)
          .append(": ").append(summary(onScenario, scenarioNotChecked)).append('\n');
      onScenario.forEach(f -> text.append("    ").append(f.render()).append('\n'));
      text.append("  Agreement landscape on ").append(date).append(": ")
          .append(summary(onLandscape, landscapeNotChecked)).append('\n');
      for (Finding f : onLandscape) {
        // Information that holds whatever the rule set (the landscape's known unknowns): once.
        String shown = f.severity() == Severity.INFO ? infoShown.putIfAbsent(f, rs.id()) : null;
        text.append("    ").append(shown == null ? f.render()
            : f.severity() + " " + f.check() + ": as for " + shown).append('\n');
      }
      String onYear = "scenario " + year;
      String onDate = "landscape " + date;
      if (scenarioNotChecked != null) {
        notCheckedRow(t, rs, onYear, scenarioNotChecked);
        notChecked++;
      }
      onScenario.forEach(f -> row(t, rs, onYear, f));
      if (landscapeNotChecked != null) {
        notCheckedRow(t, rs, onDate, landscapeNotChecked);
        notChecked++;
      }
      onLandscape.forEach(f -> row(t, rs, onDate, f));
      ObjectNode o = JsonWriter.ruleSet(rs);
      o.set("scenario", subject(onScenario, scenarioNotChecked));
      o.set("landscape", subject(onLandscape, landscapeNotChecked));
      checked.add(o);
      severe += atOrAbove(onScenario) + atOrAbove(onLandscape);
    }
    Provenance counts = provenance(ruleSets, scenario, year);
    String provenance = counts.line();
    String out;
    Format format = json ? null : this.format.format();
    if (json) {
      doc.set("provenance", JsonWriter.provenance(counts));
      doc.put("at_or_above_fail_on", failOn == null ? null : severe)
          .put("not_checked", notChecked);
      out = JsonWriter.write(doc);
    } else if (format == Format.CSV) {
      out = this.format.csv(Map.of("findings", t), this::message);
      message(provenance);
    } else if (format == Format.TEXT) {
      out = provenance + "\n" + text;
    } else {
      out = provenance + "\n\n" + "Validation in " + year + " (scenario '" + scenario.name()
          + "') and on " + date + " (agreement landscape)\n\n"
          + (t.isEmpty() ? "No findings.\n" : t.render(format));
    }
    if (failOn == null || severe + notChecked == 0) {
      return Result.ok(out);
    }
    message("--fail-on " + FailOn.id(failOn) + ": " + severe + " finding(s) at or above "
        + failOn + ", " + notChecked + " subject(s) not checked; exit status " + Cli.FINDINGS);
    return new Result(out, Cli.FINDINGS);
  }

  /** How many of {@code findings} are at least as severe as {@code --fail-on}; 0 without it. */
  private int atOrAbove(List<Finding> findings) {
    return failOn == null ? 0
        : (int) findings.stream().filter(f -> f.severity().compareTo(failOn) <= 0).count();
  }

  private static boolean looksLikeTime(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  /**
   * What the checks of {@code year} rest on: the values the year's allocation under each rule set
   * reads (a rule set that cannot allocate the scenario adds nothing).
   */
  private static Provenance provenance(List<RuleSet> ruleSets, Scenario scenario, Year year) {
    List<ParameterRead> reads = new ArrayList<>();
    for (RuleSet rs : ruleSets) {
      if (!year.isBefore(rs.firstYear())) {
        try {
          Provenance.reads(rs.allocate(scenario, year)).forEach(reads::add);
        } catch (MissingInputException e) {
          // reported as "not checked" above
        }
      }
    }
    return Provenance.of(reads);
  }

  /**
   * A subject checked, as JSON: {@code {"checked": true, "not_checked_because": null,
   * "findings": […]}}.
   */
  private static ObjectNode subject(List<Finding> findings, String notChecked) {
    ObjectNode o = JsonWriter.object().put("checked", notChecked == null)
        .put("not_checked_because", notChecked);
    o.set("findings", JsonWriter.findings(findings));
    return o;
  }

  private static String summary(List<Finding> findings, String notChecked) {
    return notChecked != null ? "not checked (" + notChecked + ")" : count(findings);
  }

  /** A row saying {@code subject} was not checked against {@code rs}, and why. */
  private static void notCheckedRow(Table t, RuleSet rs, String subject, String why) {
    t.row(rs.id(), subject, NOT_CHECKED, "", "", "not checked: " + why, "");
  }

  private static String count(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "no findings";
    }
    return findings.size() + (findings.size() == 1 ? " finding" : " findings");
  }

  private static void row(Table t, RuleSet rs, String subject, Finding f) {
    t.row(rs.id(), subject, f.severity().toString(), f.check(),
        f.alfRegion().map(AlfRegion::displayName).or(() -> f.region().map(Region::currentName))
            .orElse(""), f.message(), f.citation().render());
  }

  /**
   * The values of {@code --fail-on}: {@code error} or {@code warning}, in any case; a converter
   * and, for help and shell completion, their names.
   */
  static final class FailOn implements ITypeConverter<Severity>, Iterable<String> {

    private static final List<Severity> VALUES = List.of(Severity.ERROR, Severity.WARNING);

    static String id(Severity s) {
      return s.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Severity convert(String value) {
      for (Severity s : VALUES) {
        if (id(s).equals(value.toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new UsageException("--fail-on must be error or warning, was "
          + Terminal.quote(value));
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return VALUES.stream().map(FailOn::id).iterator();
    }
  }
}
