package se.alf.examples.cli;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.alf.agreement.AgreementLandscape;
import se.alf.party.AlfRegion;
import se.alf.party.Region;
import se.alf.rules.Finding;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.RuleSet;
import se.alf.rules.provenance.Provenance;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Severity;
import se.alf.rules.report.Format;
import se.alf.rules.report.Table;

/**
 * {@code alf validate [RULESET] [YEAR|DATE]}: the findings of a rule set's checks on the scenario
 * in a year and on the agreement landscape on a date.
 */
final class ValidateCommand implements Command {

  /** The severity column of a row saying a subject was not checked. */
  static final String NOT_CHECKED = "NOT CHECKED";

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String synopsis() {
    return "[RULESET] [YEAR|DATE] [--scenario FILE] [--reform FILE] [--format text|csv|markdown]";
  }

  @Override
  public String summary() {
    return "check the scenario and the agreement landscape against a rule set's rules";
  }

  @Override
  public String help() {
    return "Arguments:\n"
        + "  RULESET    a rule set id (default: every rule set found by ServiceLoader, and the"
        + " --reform one)\n"
        + "  YEAR|DATE  the year to check the scenario in and the date to check the landscape"
        + " on: a YEAR checks the\n"
        + "             landscape on 1 January of it, a DATE checks the scenario in its year"
        + " (default: today)\n\n"
        + "Prints the findings (ERROR breaks a rule; WARNING may, or cannot be checked; INFO is"
        + " worth knowing),\neach with its check, region, message and rule: first on the scenario"
        + " (figures), then on the agreement\nlandscape (who has signed what). Findings do not"
        + " change the exit status. Before a rule set's first\nyear, or where the scenario lacks"
        + " an input it needs, a subject is reported as not checked (in CSV\nand Markdown a row"
        + " of severity " + NOT_CHECKED + ").\n\n"
        + "Options:\n"
        + ScenarioOption.HELP
        + ReformOption.HELP
        + "  --format text|csv|markdown  (default text)\n";
  }

  @Override
  public Set<String> valueOptions() {
    return Set.of("format", "scenario", "reform");
  }

  @Override
  public int run(Args args, Context context) {
    Format format = FormatOption.of(args);
    List<String> p = new ArrayList<>(args.positionals());
    if (p.size() > 2) {
      throw new UsageException("expected [RULESET] [YEAR|DATE]; got " + p.size() + " arguments");
    }
    String when = null;
    if (!p.isEmpty() && looksLikeTime(p.get(p.size() - 1))) {
      when = p.remove(p.size() - 1);
    }
    if (p.size() > 1) {
      throw new UsageException("YEAR|DATE must be a year like 2027 or a date like 2027-01-01,"
          + " was '" + p.get(1) + "'");
    }
    ReformOption reform = ReformOption.of(args);
    List<RuleSet> ruleSets = new ArrayList<>();
    if (p.isEmpty()) {
      ruleSets.addAll(RuleSets.all().values());
      reform.reform().ifPresent(ruleSets::add);
    } else {
      ruleSets.add(reform.ruleSet("RULESET", p.get(0)));
      reform.requireNamedIn(ruleSets);
    }
    LocalDate date;
    Year year;
    if (when == null) {
      date = context.today();
      year = Year.from(date);
    } else if (Names.isYear(when)) {
      year = Names.year("YEAR", when);
      date = year.atDay(1);
    } else {
      date = Names.date("DATE", when);
      year = Year.from(date);
      if (!se.alf.rules.Horizon.contains(year)) {
        throw new UsageException("DATE: " + date + " is outside the years alf models, "
            + se.alf.rules.Horizon.FIRST + " to " + se.alf.rules.Horizon.LAST);
      }
    }
    Scenario scenario = ScenarioOption.of(args);
    AgreementLandscape landscape = AgreementLandscape.sweden();
    Table t = new Table("rule set", "subject", "severity", "check", "region", "message",
        "rule");
    StringBuilder text = new StringBuilder();
    text.append("Validation in ").append(year).append(" (scenario) and on ").append(date)
        .append(" (agreement landscape)\n").append(Output.scenarioLine(scenario)).append('\n');
    Map<Finding, String> infoShown = new HashMap<>();
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
        } catch (se.alf.rules.MissingInputException e) {
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
        String first = f.severity() == Severity.INFO ? infoShown.putIfAbsent(f, rs.id()) : null;
        text.append("    ").append(first == null ? f.render()
            : f.severity() + " " + f.check() + ": as for " + first).append('\n');
      }
      String onYear = "scenario " + year;
      String onDate = "landscape " + date;
      if (scenarioNotChecked != null) {
        notCheckedRow(t, rs, onYear, scenarioNotChecked);
      }
      onScenario.forEach(f -> row(t, rs, onYear, f));
      if (landscapeNotChecked != null) {
        notCheckedRow(t, rs, onDate, landscapeNotChecked);
      }
      onLandscape.forEach(f -> row(t, rs, onDate, f));
    }
    String provenance = provenance(ruleSets, scenario, year).line();
    if (format == Format.CSV) {
      context.err().println("alf: validate: " + provenance);
    }
    if (format == Format.TEXT) {
      context.out().print(provenance + "\n" + text);
    } else {
      if (format == Format.MARKDOWN) {
        context.out().print(provenance + "\n\n");
        context.out().print("Validation in " + year + " (scenario '" + scenario.name()
            + "') and on " + date + " (agreement landscape)\n\n");
      }
      context.out().print(t.isEmpty() && format == Format.MARKDOWN ? "No findings.\n"
          : t.render(format));
    }
    return Cli.OK;
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
        } catch (se.alf.rules.MissingInputException e) {
          // reported as "not checked" above
        }
      }
    }
    return Provenance.of(reads);
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
}
