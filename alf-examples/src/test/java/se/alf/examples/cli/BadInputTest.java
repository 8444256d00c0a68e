package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input file, however absurd, makes {@code alf} print a stack trace: one line naming the file,
 * the place and the rule, and exit status 2.
 */
class BadInputTest extends CliTestSupport {

  private static final Duration QUICKLY = Duration.ofSeconds(10);

  @TempDir
  Path dir;

  private String file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  private void assertOneLineError(String expectedStart) {
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith(expectedStart), err());
    assertFalse(err().contains("\tat "), err());
    assertFalse(err().contains("internal error"), err());
    assertEquals("", out());
  }

  private static String hst(String value) {
    return "{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"from\": 2027, \"value\": " + value
        + "}]}";
  }

  @Test
  void aHugeExponentIsRejectedAtOnceNamingTheRule() throws IOException {
    String f = file("huge.json", hst("\"1e999999999\""));
    assertEquals(2, assertTimeoutPreemptively(QUICKLY,
        () -> run("allocate", "pm-2024", "2027", "--scenario", f)));
    assertOneLineError("alf: allocate: --scenario " + f + ": inputs[0]: value of"
        + " actual-hst[orebro] must be full-year students");
    assertTrue(err().contains("was '1e999999999' (ratio '1e999999999' has 1000000000 digits"
        + " before and 0 after the decimal point; at most 400 on either side are allowed)"),
        err());
    // The one that used to run for half a minute and then fail in Sek.
    String g = file("large.json", hst("\"1e9999999\""));
    assertEquals(2, assertTimeoutPreemptively(QUICKLY,
        () -> run("allocate", "pm-2024", "2027", "--scenario", g)));
    assertOneLineError("alf: allocate: --scenario " + g + ": inputs[0]: value of"
        + " actual-hst[orebro] must be full-year students");
    // As a JSON number rather than a string: the same rule (BigDecimal writes it 1E+999999999).
    String h = file("number.json", hst("1e999999999"));
    assertEquals(2, assertTimeoutPreemptively(QUICKLY,
        () -> run("allocate", "pm-2024", "2027", "--scenario", h)));
    assertOneLineError("alf: allocate: --scenario " + h + ": inputs[0]: value of"
        + " actual-hst[orebro] must be full-year students");
    assertTrue(err().contains("(ratio '1E+999999999' has 1000000000 digits"), err());
    // An exponent beyond an int is not a number alf can read: line and column.
    String i = file("beyond.json", hst("1e99999999999"));
    assertEquals(2, run("allocate", "pm-2024", "2027", "--scenario", i));
    assertOneLineError("alf: allocate: --scenario " + i + ": line 1, column 66: number out of"
        + " range: 1e99999999999");
  }

  @Test
  void aResultThatDoesNotFitNamesItsOperands() throws IOException {
    // 9 × 10^16 kr is 9 × 10^18 öre, just under 2^63 − 1; times any number of students above 1
    // it does not fit.
    String f = file("rate.json", "{\"inputs\": [{\"key\": \"education.raised-rate-per-hst\","
        + " \"from\": 2027, \"value\": \"90000000000000000\"}]}");
    assertEquals(2, run("allocate", "pm-2024", "2027", "--scenario", f));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith("alf: allocate: a figure is out of range, check the input:"
        + " 90 000 000 000 000 000,00 kr × "), err());
    assertTrue(err().endsWith(" does not fit a long of öre (at most 92 233 720 368 547 758,07 kr"
        + " in absolute value)\n"), err());
  }

  @Test
  void deeplyNestedJsonIsOneLineNotAStackOverflow() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String f = file("deep.json", deep);
    assertEquals(2, run("allocate", "pm-2024", "2027", "--scenario", f));
    assertOneLineError("alf: allocate: --scenario " + f + ": line 1, column 65: arrays and"
        + " objects nested more than 64 deep");
    String g = file("deep-projects.json", deep);
    assertEquals(2, run("classify", "--file", g));
    assertOneLineError("alf: classify: --file " + g + ": line 1, column 65: arrays and objects"
        + " nested more than 64 deep");
  }

  @Test
  void aYearWrittenAsAnExponentIsNotAYear() throws IOException {
    String f = file("year.json", "{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"from\": 1e3,"
        + " \"value\": \"900\"}]}");
    assertEquals(2, run("allocate", "pm-2024", "2027", "--scenario", f));
    assertOneLineError("alf: allocate: --scenario " + f + ": inputs[0].from must be a year from"
        + " 2015 to 2100 written as a whole number like 2027, was 1E+3 (a number with a fraction"
        + " or an exponent)");
  }
}
