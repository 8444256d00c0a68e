package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.alf.examples.cli.input.Terminal;
import se.alf.rules.report.Csv;

/** Issue 7, the command line: every problem at once, --reform, keys per rule set, safe output. */
class NoSilentWrongAnswersCliTest extends CliTestSupport {

  @TempDir
  Path dir;

  private String file(String content) throws IOException {
    Path p = dir.resolve("f" + System.nanoTime() + ".json");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void aScenarioWithThreeMistakesGivesThreeLinesInOneRun() throws IOException {
    String f = file("{\"inputs\": ["
        + "{\"key\": \"actual-hst[orebo]\", \"year\": 2027, \"value\": \"850\"},"
        + "{\"key\": \"research.quality-amount-share\", \"year\": 2027, \"value\": \"3/2\"},"
        + "{\"key\": \"research.appropriation\", \"from\": 9999, \"value\": \"1\"}]}");
    assertEquals(2, run("allocate", "pm-2024", "2027", "--scenario", f));
    String at = "alf: allocate: --scenario " + f + ": ";
    assertEquals(List.of(
        at + "inputs[0].key: unknown key 'actual-hst[orebo]'; did you mean actual-hst[orebro]?",
        at + "inputs[1]: value of research.quality-amount-share must be a share between 0 and 1,"
            + " was 3/2",
        at + "inputs[2].from must be a year from 2015 to 2100 written as a whole number like"
            + " 2027, was 9999"), err().lines().toList());
    assertEquals("", out());
  }

  @Test
  void regionQualifiersMayBeWrittenAsNamesWithSwedishLetters() throws IOException {
    String canonical = file("{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"year\": 2027,"
        + " \"value\": \"850\"}, {\"key\": \"actual-hst[vasterbotten]\", \"year\": 2027,"
        + " \"value\": \"1100\"}]}");
    String swedish = file("{\"inputs\": [{\"key\": \"actual-hst[Örebro]\", \"year\": 2027,"
        + " \"value\": \"850\"}, {\"key\": \"actual-hst[Västerbotten]\", \"year\": 2027,"
        + " \"value\": \"1100\"}]}");
    assertEquals(0, run("allocate", "pm-2024", "2027", "--scenario", canonical, "--format", "csv"));
    String expected = out();
    assertEquals(0, run("allocate", "pm-2024", "2027", "--scenario", swedish, "--format", "csv"));
    assertEquals(expected, out());
    // Örebro under pm-2024 in 2027: its minimum is aligned to the assumed actual 800 × 12/11 =
    // 9600/11 ≈ 872.73; compensated are min(850, 9600/11) = 850, the value given.
    assertTrue(out().contains("Örebro,872.73,850.00,"), out());
  }

  @Test
  void aReformChangesAValueTheRuleSetSetsItselfWhichAScenarioCannot() throws IOException {
    // alf-2014 sets education.rate-per-hst itself for 2021: 79 547 kr. Östergötland's minimum
    // is 968 HST, so its education is 968 × 79 547 = 77 001 496,00 kr, and with 100 000 kr
    // 968 × 100 000 = 96 800 000,00 kr.
    String scenario = file("{\"inputs\": [{\"key\": \"education.rate-per-hst\", \"year\": 2021,"
        + " \"value\": \"100 000\"}]}");
    assertEquals(0, run("allocate", "alf-2014", "2021", "--scenario", scenario));
    assertTrue(out().lines().anyMatch(l -> l.startsWith("Östergötland")
        && l.contains("77 001 496,00 kr")), out());
    // The scenario's input is not used (the rule set sets the key): none counted as read.
    assertTrue(out().startsWith("Provenance: "), out());
    assertTrue(out().lines().findFirst().orElseThrow().endsWith(", 0 your inputs"), out());
    String reform = file("{\"baseline\": \"alf-2014\", \"id\": \"rate-2021\", \"title\": \"A"
        + " higher rate in 2021\", \"citation\": \"illustration\", \"changes\": [{\"key\":"
        + " \"education.rate-per-hst\", \"year\": 2021, \"value\": \"100 000\"}]}");
    assertEquals(0, run("allocate", "rate-2021", "2021", "--reform", reform));
    assertTrue(out().lines().anyMatch(l -> l.startsWith("Östergötland")
        && l.contains("96 800 000,00 kr")), out());
    // The baseline resumes after the reform's year: 2022 is the baseline's 2022.
    assertEquals(0, run("allocate", "alf-2014", "2022", "--format", "csv"));
    String baseline2022 = out();
    assertEquals(0, run("allocate", "rate-2021", "2022", "--reform", reform, "--format", "csv"));
    assertEquals(baseline2022, out());
    // Its id is a rule set in compare and validate too.
    assertEquals(0, run("compare", "--detail", "alf-2014", "rate-2021", "2021", "2021",
        "--reform", reform, "--format", "csv"));
    assertTrue(out().contains("Östergötland,2021,EDUCATION,77001496.00,96800000.00,19798504.00,"),
        out());
    assertEquals(0, run("validate", "rate-2021", "2021", "--reform", reform));
  }

  @Test
  void theExampleReformFileIsValid() {
    Path example = Path.of(System.getProperty("alf.jshell.script")).getParent().getParent()
        .resolve("scenarios/later-start-reform.json");
    assertEquals(0, run("compare", "--detail", "pm-2024", "pm-2024-from-2027", "2026", "2026",
        "--reform", example.toString()));
    assertTrue(out().contains("pm.new-agreement-from"), out());
  }

  @Test
  void aReformWithManyProblemsListsThemAll() throws IOException {
    String f = file("{\"baseline\": \"pm-2024\", \"id\": \"pm-2024\", \"changes\": [{\"key\":"
        + " \"research.key[orebo]\", \"from\": 2014, \"value\": \"1/10\"}]}");
    assertEquals(2, run("allocate", "pm-2024", "2027", "--reform", f));
    assertEquals(5, err().lines().count(), err());
    assertTrue(err().contains("id: 'pm-2024' is already a rule set"), err());
    assertTrue(err().contains("title: missing"), err());
    assertTrue(err().contains("citation: missing"), err());
    assertTrue(err().contains("did you mean research.key[orebro]?"), err());
    assertTrue(err().contains("changes[0].from must be a year from 2015 to 2100"), err());
  }

  @Test
  void keysPerRuleSetSaysWhatAScenarioSetsAndWhatNeedsAReform() {
    assertEquals(0, run("keys", "alf-2014"));
    // alf-2014 sets the rate itself in 2021 only; a scenario sets it in the other years.
    assertTrue(out().contains(
        "\neducation.rate-per-hst                    2015-2020, 2022 on  2021\n"), out());
    assertTrue(out().contains(
        "\nactual-hst[REGION]                        2015 on             -\n"), out());
    assertTrue(out().lines().allMatch(l -> l.length() <= 80), out());
    assertEquals(0, run("keys", "pm-2024"));
    assertTrue(out().lines().allMatch(l -> l.length() <= 80), out());
    assertTrue(out().contains("\npm.new-agreement-from                     -                   2015"
        + " on\n"), out());
  }

  @Test
  void controlCharactersFromFilesAreEscapedInEveryOutput() throws IOException {
    String f = file("{\"name\": \"x\\u001b[2J\", \"description\": \"clear\\u0007\\u009b31m\","
        + " \"inputs\": [{\"key\": \"actual-hst[orebro]\", \"year\": 2027, \"value\": \"850\"}]}");
    assertEquals(0, run("allocate", "pm-2024", "2027", "--scenario", f));
    assertTrue(out().contains("Scenario: x\\u001B[2J (clear\\u0007\\u009B31m"), out());
    assertFalse(out().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b), out());
    assertEquals("a\\u001Bb\\u202Ec\td\ne\r\nf\\u000Dg", Terminal.safe(
        "a\u001bb\u202ec\td\ne\r\nf\rg"));
  }

  @Test
  void anErrorAtTheBoundaryIsOneLineAndStatusOneNeverAStackTrace() {
    // The output stream fails as a full heap would: the boundary catches the Error.
    java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
    // alf writes UTF-8 bytes whatever the stream's charset: the failure comes from write.
    java.io.PrintStream failing = new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) {
      @Override
      public void write(byte[] b, int off, int len) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    int status = Cli.run(new String[] {"rulesets"}, failing,
        new java.io.PrintStream(errBytes, true, StandardCharsets.UTF_8), CLOCK);
    assertEquals(Cli.FAILURE, status);
    String err = errBytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("alf: rulesets: out of memory"), err);
    assertFalse(err.contains("\tat "), err);
    // Any other Throwable: one line naming it, status 1.
    errBytes.reset();
    java.io.PrintStream buggy = new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) {
      @Override
      public void write(byte[] b, int off, int len) {
        throw new IllegalStateException("a bug");
      }
    };
    assertEquals(Cli.FAILURE, Cli.run(new String[] {"rulesets"}, buggy,
        new java.io.PrintStream(errBytes, true, StandardCharsets.UTF_8), CLOCK));
    err = errBytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("alf: rulesets: internal error, please report it:"
        + " java.lang.IllegalStateException: a bug"), err);
  }

  @Test
  void csvCellsThatCouldBeFormulasAreNeutralisedButNumbersAreKept() throws IOException {
    assertEquals("'=1+1", Csv.cell("=1+1"));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    assertEquals("'+cmd", Csv.cell("+cmd"));
    assertEquals("'-2+3", Csv.cell("-2+3"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", Csv.cell("=HYPERLINK(\"x\",\"y\")"));
    assertEquals("\"-1 234,00\"", Csv.cell("-1 234,00"));
    assertEquals("-1234.00", Csv.cell("-1234.00"));
    assertEquals("-9600/11", Csv.cell("-9600/11"));
    assertEquals("'=", Csv.cell("="));
    assertEquals("", Csv.cell(""));
    // End to end: a note from a scenario file reaches the CSV of assumptions neutralised.
    String f = file("{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"year\": 2027, \"value\":"
        + " \"850\", \"basis\": \"assumption\", \"note\": \"=1+1\"}]}");
    assertEquals(0, run("allocate", "pm-2024", "2027", "--scenario", f, "--format", "csv"));
    assertTrue(out().contains(",'=1+1 ("), out());
    assertFalse(out().contains(",=1+1"), out());
  }
}
