package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtherCommandsTest extends CliTestSupport {

  @Test
  void rulesetsListsTheAgreementAndTheProposal() {
    assertEquals(0, run("rulesets"));
    assertTrue(out().contains("alf-2014: ALF agreement 2014"), out());
    assertTrue(out().contains("pm-2024: Proposed ALF agreement, PM U2024/01035"), out());
    assertTrue(out().contains("  source: PM U2024/01035"), out());
    // issue 7 §5: the full reference once, naming the documents, never a seed file name
    assertTrue(out().contains("  source: PM U2024/01035 (Region Västerbotten, remissvar) — "
        + "Regeringskansliet; author Bertil Lindahl: Hållbar och högkvalitativ"), out());
    assertTrue(out().contains("Region Västerbotten: Remissvar: Hållbar"), out());
    assertFalse(out().contains("seed 0") || out().contains("facts.md"), out());
    assertTrue(out().contains("derived from alf-2014"), out());
    assertEquals(0, run("rulesets", "--format", "csv"));
    assertTrue(out().startsWith("id,title,source,url,first year,reference year,baseline,"
        + "service loader,reference\n"), out());
    assertTrue(out().contains("\npm-2024,"), out());
    // The reforms are listed too, found by ServiceLoader or else by Reforms.
    assertTrue(out().contains("\nvasterbotten-2024,"), out());
    assertTrue(out().contains("\nlakarforbundet-2024,"), out());
    assertEquals(2, run("rulesets", "extra"));
    assertEquals("alf: rulesets: takes no arguments, got 'extra' (alf rulesets --help)\n",
        err());
  }

  @Test
  void validateFindsTheOverdueEvaluationIn2030() {
    assertEquals(0, run("validate", "pm-2024", "2030"));
    String text = out();
    // The first line says what the year's figures rest on; then the heading.
    assertTrue(text.startsWith("Provenance: "), text);
    assertTrue(text.lines().skip(1).findFirst().orElseThrow().equals("Validation in 2030"
        + " (scenario) and on 2030-01-01 (agreement landscape)"), text);
    // The last research evaluation reported in 2023, every 4 years: due 2027.
    assertTrue(text.contains("WARNING evaluation-overdue the research quality evaluation was due"
        + " in 2027 and is overdue in 2030"), text);
    // The RALFs no source dates: one piece of information, not a warning per region.
    assertTrue(text.contains("  Agreement landscape on 2030-01-01: 1 finding\n    INFO"
        + " known-unknowns no source gives when ralf-vastra-gotaland, ralf-uppsala and ralf-orebro"
        + " took effect"), text);
    assertFalse(text.contains("WARNING regional-agreement"), text);
    assertFalse(text.contains("alf-2014:"), text);
  }

  @Test
  void theKnownUnknownsAreShownOnceWhenEveryRuleSetIsValidated() {
    assertEquals(0, run("validate", "2026"));
    String text = out();
    String message = "no source gives when ralf-vastra-gotaland, ralf-uppsala and ralf-orebro"
        + " took effect";
    assertEquals(text.indexOf(message), text.lastIndexOf(message), text);
    assertTrue(text.contains("\n    INFO known-unknowns: as for alf-2014\n"), text);
    assertFalse(text.contains("WARNING regional-agreement"), text);
  }

  @Test
  void validateWithADateAndEveryRuleSet() {
    assertEquals(0, run("validate", "2026-03-01", "--format", "csv"));
    assertTrue(out().startsWith("rule set,subject,severity,check,region,message,rule\n"), out());
    assertTrue(out().contains("\nalf-2014,landscape 2026-03-01,"), out());
    assertTrue(out().contains("\npm-2024,landscape 2026-03-01,"), out());
  }

  @Test
  void validateDefaultsToToday() {
    assertEquals(0, run("validate", "alf-2014"));
    assertTrue(out().lines().skip(1).findFirst().orElseThrow()
        .startsWith("Validation in 2026 (scenario) and on 2026-06-01"), out());
  }

  @Test
  void validateBadArguments() {
    assertEquals(2, run("validate", "alf-2014", "20x"));
    assertEquals("alf: validate: DATE must be a date like 2027-01-01, was '20x'\n", err());
    assertEquals(2, run("validate", "alf-2014", "pm-2024"));
    assertEquals("alf: validate: YEAR|DATE must be a year like 2027 or a date like 2027-01-01,"
        + " was 'pm-2024'\n", err());
    assertEquals(2, run("validate", "nope"));
    assertTrue(err().startsWith("alf: validate: RULESET: rule set 'nope' is not known"), err());
  }

  @Test
  void landscapeKeepsItsReport() {
    assertEquals(0, run("landscape", "2017-03-23"));
    assertTrue(out().startsWith("ALF agreement landscape on 2017-03-23\n"), out());
    assertEquals(0, run("landscape"));
    assertTrue(out().startsWith("ALF agreement landscape on 2026-06-01\n"), out());
    assertEquals(2, run("landscape", "2017-02-30"));
    assertEquals("alf: landscape: DATE must be a date like 2027-01-01, was '2017-02-30'\n",
        err());
  }

  @Test
  void validateBeforeTheHorizonIsRefused() {
    // Every rule set applies from 2015, the first year alf models (Horizon.FIRST): a year or date
    // before it, or after 2100, is a usage error naming the argument, the value and the range,
    // rather than a page of "not checked".
    assertEquals(2, run("validate", "2010"));
    assertEquals("alf: validate: YEAR: year 2010 is outside the years alf models, 2015 to 2100\n",
        err());
    assertEquals("", out());
    assertEquals(2, run("validate", "alf-2014", "2010-06-30", "--format", "markdown"));
    assertEquals("alf: validate: DATE: 2010-06-30 is outside the years alf models, 2015 to"
        + " 2100\n", err());
    assertEquals(2, run("validate", "pm-2024", "2101"));
    assertEquals("alf: validate: YEAR: year 2101 is outside the years alf models, 2015 to 2100\n",
        err());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void landscapeAsCsvAndMarkdownHasARowPerAgreement() {
    assertEquals(0, run("landscape", "2017-03-23", "--format", "csv"));
    assertEquals("", err());
    String csv = rawOut();
    assertTrue(csv.startsWith("ALF region,kind,agreement,title,parties,signed,in force from,"
        + "status,source\r\n,national,alf-2014,"), csv);
    // seed 001: the Östergötland affiliation agreement of 2017-03-23 with Jönköping and Kalmar,
    // its parties by their names that day; in force from an unknown day between signing and the
    // memo of 2018-10-24 (seed 003) that describes the collaboration as resting on the RALF.
    assertTrue(csv.contains("\r\nÖstergötland,affiliation,"), csv);
    assertTrue(csv.contains(",\"Linköpings universitet, Region Östergötland, Region Jönköpings"
        + " län, Landstinget i Kalmar län\",2017-03-23,\"unknown, between 2017-03-23 and"
        + " 2018-10-24\",unknown,"), csv);
    assertTrue(csv.endsWith("\r\n"), csv);
    assertFalse(csv.replace("\r\n", "").contains("\n"), csv);
    // One RALF row per ALF region, whether or not a RALF is known.
    assertEquals(7, count(csv, ",RALF,"), csv);
    assertEquals(0, run("landscape", "1900-01-01", "--format", "markdown"));
    assertTrue(out().startsWith("ALF agreement landscape on 1900-01-01\n\n| ALF region | kind |"
        + " agreement | title | parties | signed | in force from | status | source |\n"), out());
    assertTrue(out().contains(" | svenska staten, Region Stockholm (today's name; no source gives"
        + " the name on 1900-01-01), "), out());
    assertEquals(2, run("landscape", "--format", "yaml"));
    assertEquals("alf: landscape: --format must be text, csv, markdown or json, was 'yaml'\n",
        err());
  }

  @Test
  void everyCsvEndsItsLinesWithCrlf() {
    // RFC 4180: CRLF after every record, the header and the assumptions table's included.
    String[][] commands = {{"rulesets", "--format", "csv"}, {"keys", "--format", "csv"},
        {"allocate", "alf-2014", "2027", "--format", "csv"},
        {"classify", "--example", "drug-trial", "--format", "csv"},
        {"validate", "2026", "--format", "csv"},
        {"compare", "alf-2014", "pm-2024", "2027", "2027", "--format", "csv"},
        {"backtest", "--format", "csv"}};
    for (String[] c : commands) {
      assertEquals(0, run(c), String.join(" ", c) + ": " + err());
      String csv = rawOut();
      assertTrue(csv.endsWith("\r\n"), String.join(" ", c) + ":\n" + csv);
      assertFalse(csv.replace("\r\n", "").contains("\n"), String.join(" ", c) + ":\n" + csv);
      assertFalse(csv.replace("\r\n", "").contains("\r"), String.join(" ", c) + ":\n" + csv);
    }
    // allocate: the assumptions follow after an empty line, itself a CRLF.
    assertEquals(0, run("allocate", "alf-2014", "2027", "--format", "csv"));
    assertTrue(rawOut().contains("\r\n\r\nassumption_key,value,range,note\r\n"), rawOut());
  }

  @Test
  void compareHelpSaysItsCsvRoundsStudents() {
    assertEquals(0, run("compare", "--help"));
    // picocli wraps the description to 80 columns: compare the words.
    assertTrue(out().replaceAll("\\s+", " ").contains("Full-year students are decimals, exact"
        + " when they end, else rounded half to even to 2 places (872.73)"), out());
    assertEquals(0, run("landscape", "--help"));
    assertTrue(out().startsWith("Usage: alf landscape [OPTIONS] [DATE]\n"), out());
  }

  @Test
  void keysListsTheFamiliesAndHowToWriteValues() {
    assertEquals(0, run("keys"));
    assertTrue(out().contains("actual-hst[REGION]"), out());
    assertTrue(out().contains("research.appropriation"), out());
    assertTrue(out().contains("full-year students, e.g. \"850\" or \"9350/11\""), out());
  }

  /** The commands of alf, in the order of alf --help. */
  static final String[] COMMANDS = {"landscape", "rulesets", "allocate", "compare", "backtest",
      "classify", "validate", "keys", "parameters", "sensitivity", "report"};

  @Test
  void helpOverallAndPerCommand() {
    assertEquals(0, run("--help"));
    // picocli's list of commands: two spaces, the name, its one-line summary.
    for (String c : COMMANDS) {
      assertTrue(out().contains("\n  " + c + " "), c + " in\n" + out());
    }
    assertTrue(out().contains("\n  help "), out());
    assertTrue(out().contains("\n  generate-completion "), out());
    assertTrue(out().contains("\nExit status:\n  0   done\n"), out());
    assertTrue(out().contains("\n  2   a bad command line or input file"), out());
    assertEquals("", err());
    assertEquals(0, run());
    assertTrue(out().startsWith("alf: the Swedish ALF agreement"), out());
    assertEquals(0, run("allocate", "--help"));
    assertTrue(out().startsWith("Usage: alf allocate [OPTIONS] RULESET YEAR\n"), out());
    assertEquals(0, run("help", "classify"));
    assertTrue(out().startsWith("Usage: alf classify"), out());
    assertTrue(out().replaceAll("\\s+", " ").contains("--permit=PERMIT a permit it needs"
        + " (repeatable): lakemedelsverket, etikprovningsmyndigheten, djurforsoksetisk-namnd"),
        out());
    assertEquals(0, run("validate", "-h"));
    assertTrue(out().startsWith("Usage: alf validate [OPTIONS] [RULESET] [YEAR|DATE]\n"), out());
  }

  @Test
  void everyCommandHasHelpWithADescriptionOptionsAndAnExample() {
    for (String c : COMMANDS) {
      assertEquals(0, run(c, "--help"), c);
      String help = out();
      assertEquals("", err(), c);
      assertTrue(help.startsWith("Usage: alf " + c + " [OPTIONS]"), help);
      // The line after the synopsis (and its "or:" forms) is the summary alf --help lists.
      assertTrue(help.lines().skip(1).dropWhile(l -> l.startsWith("   or: alf " + c + " "))
          .findFirst().orElseThrow().matches("[A-Z].*"), help);
      assertTrue(help.contains("\nOptions:\n"), help);
      for (String option : new String[] {"-h, --help", "-V, --version", "-o, --output=FILE"}) {
        assertTrue(help.contains(option), c + ": " + option + " in\n" + help);
      }
      assertTrue(help.matches("(?s).*\nExamples?:\n  alf " + c + "\\b.*"), help);
      assertTrue(help.lines().allMatch(l -> l.length() <= 80), help);
    }
  }

  @Test
  void versionIsTheLibrarysFromTheManifest() {
    // In the build the classes come from directories, without a manifest; JarIT checks the jar's
    // version. Here: the first line names alf and a version or says it is unknown, then Java.
    for (String[] args : new String[][] {{"--version"}, {"-V"}, {"allocate", "--version"}}) {
      assertEquals(0, run(args), String.join(" ", args));
      String first = out().lines().findFirst().orElseThrow();
      String version = se.alf.rules.RuleSet.class.getPackage().getImplementationVersion();
      assertEquals("alf " + (version == null ? "(version unknown: not run from a jar)" : version),
          first);
      assertTrue(out().contains("\nJava " + System.getProperty("java.version") + " ("), out());
      assertEquals("", err());
    }
  }

  @Test
  void anUnknownCommandIsOneLine() {
    assertEquals(2, run("allocat", "pm-2024", "2027"));
    assertEquals("alf: unknown command 'allocat'; did you mean allocate? The commands are"
        + " landscape, rulesets, allocate, compare, sensitivity, backtest, classify, validate,"
        + " keys, parameters, report, help, generate-completion (alf --help)\n", err());
    assertEquals("", out());
    assertEquals(2, run("budget"));
    assertTrue(err().startsWith("alf: unknown command 'budget'; the commands are landscape,"),
        err());
  }

  @Test
  void everyComputingCommandStartsWithWhatItsFiguresRestOn() {
    // Issue 11 §5: one line first, counting the values read by what they rest on.
    for (String[] command : new String[][] {{"allocate", "pm-2024", "2027"},
        {"compare", "alf-2014", "pm-2024", "2026", "2027"}, {"validate", "pm-2024", "2027"},
        {"backtest"}}) {
      assertEquals(0, run(command), String.join(" ", command) + ": " + err());
      assertTrue(out().matches("(?s)Provenance: \\d+ agreement or published values?, \\d+"
          + " assumptions?, \\d+ your inputs?.*"), String.join(" ", command) + ": " + out());
    }
    // A verdict reads no parameter: the line says it rests on the rule sets' text.
    assertEquals(0, run("classify", "--example", "health-data"));
    assertTrue(out().startsWith("Provenance: no parameter or input read; the result rests on the"
        + " rule sets' text alone (each condition cites it)\n"), out());
    // CSV stays one table: the line goes to standard error.
    assertEquals(0, run("validate", "pm-2024", "2027", "--format", "csv"));
    assertTrue(err().startsWith("alf: validate: Provenance: "), err());
  }
}
