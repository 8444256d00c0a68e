package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 §4–5 on the command line: short options, {@code --output}, UTF-8 whatever the stream's
 * charset, colour and {@code NO_COLOR}, shell completion.
 */
class CliOptionsTest extends CliTestSupport {

  @TempDir
  Path dir;

  @Test
  void shortOptionsAreTheLongOnes() throws IOException {
    Path scenario = dir.resolve("s.json");
    Files.writeString(scenario, "{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"year\": 2027,"
        + " \"value\": \"850\"}]}", StandardCharsets.UTF_8);
    assertEquals(0, run("allocate", "pm-2024", "2027", "--format", "csv", "--scenario",
        scenario.toString(), "--region", "orebro"));
    String longForm = out();
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv", "-s", scenario.toString(),
        "-r", "orebro"));
    assertEquals(longForm, out());
    assertEquals(0, run("allocate", "pm-2024", "2027", "-fcsv", "-s" + scenario, "-rorebro"));
    assertEquals(longForm, out());
    // The scenario's 850 is used: min(850, 9600/11) = 850 compensated.
    assertTrue(longForm.contains("\nÖrebro,872.73,850.00,"), longForm);
  }

  @Test
  void outputWritesTheResultToAFileInUtf8AndNothingToStandardOutput() throws IOException {
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv"));
    byte[] printed = rawOut().getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("allocation.csv");
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv", "-o", file.toString()));
    assertEquals("", out());
    assertArrayEquals(printed, Files.readAllBytes(file));
    // Ö is two bytes in UTF-8: C3 96.
    byte[] orebro = "\nÖrebro,".getBytes(StandardCharsets.UTF_8);
    assertTrue(containsBytes(Files.readAllBytes(file), orebro));
    // The provenance line still goes to the standard error.
    assertTrue(err().startsWith("alf: allocate: Provenance: "), err());
    // Replaced, not appended to.
    assertEquals(0, run("rulesets", "--output", file.toString()));
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("alf-2014: "));
  }

  @Test
  void everyCommandTakesOutput() throws IOException {
    String[][] commands = {{"landscape", "2017-03-23"}, {"rulesets"}, {"allocate", "alf-2014",
        "2027"}, {"compare", "alf-2014", "pm-2024", "2027", "2027"}, {"backtest"},
        {"classify", "--example", "drug-trial"}, {"validate", "pm-2024", "2027"}, {"keys"},
        {"parameters", "pm-2024"}, {"sensitivity", "alf-2014", "2024", "-r", "orebro"},
        {"report", "alf-2014", "pm-2024", "2027", "2027"}};
    assertEquals(OtherCommandsTest.COMMANDS.length, commands.length);
    for (String[] c : commands) {
      assertEquals(0, run(c), String.join(" ", c) + ": " + err());
      String printed = rawOut();
      Path file = dir.resolve(c[0] + ".txt");
      List<String> args = new java.util.ArrayList<>(List.of(c));
      args.addAll(List.of("--output", file.toString()));
      assertEquals(0, run(args.toArray(String[]::new)), String.join(" ", args) + ": " + err());
      assertEquals("", rawOut(), c[0]);
      assertEquals(printed, Files.readString(file, StandardCharsets.UTF_8), c[0]);
    }
  }

  @Test
  void aFailedCommandWritesNoFile() {
    Path file = dir.resolve("never.txt");
    assertEquals(2, run("allocate", "pm-2024", "2101", "-o", file.toString()));
    assertEquals("alf: allocate: YEAR: year 2101 is outside the years alf models, 2015 to 2100\n",
        err());
    assertFalse(Files.exists(file));
  }

  @Test
  void outputRefusesADirectoryAndAMissingFolderBeforeComputing() {
    assertEquals(2, run("rulesets", "-o", dir.toString()));
    assertEquals("alf: rulesets: --output '" + dir + "': is a directory; give the name of a file"
        + " in it\n", err());
    Path missing = dir.resolve("no-such-folder").resolve("out.txt");
    assertEquals(2, run("rulesets", "-o", missing.toString()));
    assertEquals("alf: rulesets: --output '" + missing + "': the folder '" + missing.getParent()
        + "' does not exist\n", err());
    assertEquals("", out());
  }

  @Test
  void outputIsUtf8WhateverTheCharsetOfTheStream() {
    // As LANG=C java -jar alf.jar gives System.out an ASCII encoder: alf writes UTF-8 bytes, so
    // Örebro is not ?rebro.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    int status = Cli.run(new String[] {"allocate", "pm-2024", "2027", "-r", "orebro"},
        new PrintStream(bytes, true, StandardCharsets.US_ASCII),
        new PrintStream(errBytes, true, StandardCharsets.US_ASCII), CLOCK);
    assertEquals(0, status);
    byte[] out = bytes.toByteArray();
    assertTrue(containsBytes(out, "\nÖrebro ".getBytes(StandardCharsets.UTF_8)),
        new String(out, StandardCharsets.UTF_8));
    assertFalse(new String(out, StandardCharsets.ISO_8859_1).contains("?rebro"));
    // The error stream too: messages quote the value given.
    errBytes.reset();
    assertEquals(2, Cli.run(new String[] {"allocate", "pm-2024", "2027", "-r", "Gotland"},
        new PrintStream(bytes, true, StandardCharsets.US_ASCII),
        new PrintStream(errBytes, true, StandardCharsets.US_ASCII), CLOCK));
    assertTrue(containsBytes(errBytes.toByteArray(),
        "'Gotland'".getBytes(StandardCharsets.UTF_8)));
    errBytes.reset();
    assertEquals(2, Cli.run(new String[] {"allocate", "pm-2024", "2027", "-r", "Åre"},
        new PrintStream(bytes, true, StandardCharsets.US_ASCII),
        new PrintStream(errBytes, true, StandardCharsets.US_ASCII), CLOCK));
    assertTrue(containsBytes(errBytes.toByteArray(), "'Åre'".getBytes(StandardCharsets.UTF_8)),
        errBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpIsColouredOnlyWhenAllowedAndNeverWithNoColor() {
    // https://no-color.org: NO_COLOR set to anything but the empty string turns colour off.
    assertTrue(Cli.colour(Map.of(), true));
    assertTrue(Cli.colour(Map.of("NO_COLOR", ""), true));
    assertFalse(Cli.colour(Map.of("NO_COLOR", "1"), true));
    assertFalse(Cli.colour(Map.of("NO_COLOR", "yes"), true));
    // Not a terminal (a pipe, a file): never.
    assertFalse(Cli.colour(Map.of(), false));
    String esc = "\u001b[";
    assertEquals(0, colouredRun(true, "allocate", "--help"));
    assertTrue(colouredOut.contains(esc + "1m"), colouredOut);
    assertTrue(colouredOut.replaceAll("\u001b\\[[0-9;]*m", "").startsWith(
        "Usage: alf allocate [OPTIONS] RULESET YEAR\n"), colouredOut);
    assertEquals(0, colouredRun(false, "allocate", "--help"));
    assertFalse(colouredOut.contains("\u001b"), colouredOut);
    // Results are never coloured, whatever the terminal.
    assertEquals(0, colouredRun(true, "rulesets"));
    assertFalse(colouredOut.contains("\u001b"), colouredOut);
  }

  private String colouredOut;

  private int colouredRun(boolean colour, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = Cli.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK,
        colour);
    colouredOut = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    return status;
  }

  @Test
  void generateCompletionWritesABashAndZshScriptThatKnowsTheCommandsAndValues() {
    assertEquals(0, run("generate-completion"));
    assertEquals("", err());
    String script = out();
    assertTrue(script.startsWith("#!/usr/bin/env bash\n"), script);
    for (String c : OtherCommandsTest.COMMANDS) {
      assertTrue(script.contains(c), c);
    }
    // The values of --format, --region and --fail-on complete too.
    assertTrue(script.contains("(\"text\" \"csv\" \"markdown\" \"json\")"), script);
    assertTrue(script.contains("(\"stockholm\" \"vastra-gotaland\" \"skane\" \"uppsala\""
        + " \"vasterbotten\" \"ostergotland\" \"orebro\")"), script);
    assertTrue(script.contains("(\"error\" \"warning\")"), script);
    assertTrue(script.contains("complete -F _complete_alf"), script);
  }

  private static boolean containsBytes(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
