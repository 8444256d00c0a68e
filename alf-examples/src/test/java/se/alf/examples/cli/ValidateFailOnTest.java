package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alf validate --fail-on error|warning}: the exit status says whether there are findings.
 */
class ValidateFailOnTest extends CliTestSupport {

  @TempDir
  Path dir;

  @Test
  void aWarningFailsOnWarningButNotOnError() {
    // pm-2024 in 2030: the research evaluation due 2027 is overdue, a WARNING (OtherCommandsTest);
    // the contract kit checks that the published scenario gives no ERROR in 2015–2030.
    assertEquals(0, run("validate", "pm-2024", "2030"));
    String findings = out();
    assertTrue(findings.contains("WARNING evaluation-overdue"), findings);
    assertEquals(Cli.FINDINGS, run("validate", "pm-2024", "2030", "--fail-on", "warning"));
    assertEquals(findings, out());
    assertEquals("alf: validate: --fail-on warning: 1 finding(s) at or above WARNING,"
        + " 0 subject(s) not checked; exit status 1\n", err());
    assertEquals(0, run("validate", "pm-2024", "2030", "--fail-on", "ERROR"));
    assertEquals(findings, out());
    assertEquals("", err());
  }

  @Test
  void anErrorFailsOnBoth() throws IOException {
    // Örebro trains 100 HST in 2027, below its minimum (9600/11 under pm-2024): an ERROR.
    Path f = dir.resolve("low.json");
    Files.writeString(f, "{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"year\": 2027,"
        + " \"value\": \"100\"}]}", StandardCharsets.UTF_8);
    for (String level : new String[] {"error", "warning"}) {
      assertEquals(Cli.FINDINGS, run("validate", "pm-2024", "2027", "-s", f.toString(),
          "--fail-on", level, "-f", "csv"), level);
      assertTrue(out().contains(",ERROR,students-below-minimum,Örebro,"), out());
      assertTrue(err().contains("alf: validate: --fail-on " + level + ": "), err());
    }
    assertEquals(0, run("validate", "pm-2024", "2027", "-s", f.toString()));
  }

  @Test
  void helpSaysWhatTheDefaultIs() {
    assertEquals(0, run("validate", "--help"));
    String help = out().replaceAll("\\s+", " ");
    assertTrue(help.contains("By default findings do not change the exit status: it is 0"
        + " whatever they are."), help);
    assertTrue(help.contains("--fail-on=SEVERITY exit with status 1 when a finding is at least"
        + " this severe: error, warning"), help);
  }
}
