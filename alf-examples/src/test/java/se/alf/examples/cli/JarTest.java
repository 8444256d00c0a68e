package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the real executable jar, {@code target/alf.jar}, if a previous {@code package} built it
 * (the jar is built after the tests run, so a first build skips this test).
 */
class JarTest {

  private record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("alf.jar", "target/alf.jar"));
    assumeTrue(Files.isRegularFile(jar), "no " + jar + " yet");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void theJarFindsTheRuleSetsOnTheClassPathAndExitsWithTheStatus() throws Exception {
    Run ok = java("rulesets");
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().contains("alf-2014: ") && ok.out().contains("pm-2024: "), ok.out());
    Run bad = java("allocate", "pm-2024", "abc");
    assertEquals(2, bad.status());
    assertEquals("alf: allocate: YEAR must be a year like 2027, was 'abc'",
        bad.err().strip());
    assertEquals("", bad.out());
  }
}
