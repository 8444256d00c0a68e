package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real executable jar, {@code alf-examples/target/alf.jar}, with {@code java -jar}: an
 * integration test, run by maven-failsafe in {@code integration-test} after {@code package} has
 * built the jar ({@code ./mvnw verify}). A missing jar fails the test; it is never skipped.
 */
class JarIT {

  private record Run(int status, String out, String err) {}

  @TempDir
  Path dir;

  private static Path jar() {
    Path jar = Path.of(System.getProperty("alf.jar", "target/alf.jar"));
    assertTrue(Files.isRegularFile(jar), "no executable jar at " + jar.toAbsolutePath()
        + "; build it with ./mvnw package (./mvnw verify runs this test after it)");
    return jar;
  }

  private static Run java(String... args) throws IOException, InterruptedException {
    return java(List.of("-Dfile.encoding=UTF-8"), Map.of(), args);
  }

  /** Runs {@code java OPTIONS -jar alf.jar ARGS} with {@code environment} added to this one's. */
  private static Run java(List<String> options, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(options);
    command.addAll(List.of("-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process p = builder.start();
    // Read the error stream on another thread, so that neither pipe can fill up and block.
    StringBuilder err = new StringBuilder();
    Thread errReader = new Thread(() -> {
      try {
        err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        err.append(e);
      }
    });
    errReader.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "alf.jar did not finish in 60 s");
    errReader.join();
    return new Run(p.exitValue(), out, err.toString().replace("\r\n", "\n"));
  }

  @Test
  void theJarFindsTheRuleSetsOnTheClassPathAndExitsWithTheStatus() throws Exception {
    Run ok = java("rulesets");
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().contains("alf-2014: ") && ok.out().contains("pm-2024: "), ok.out());
    Run bad = java("allocate", "pm-2024", "abc");
    assertEquals(2, bad.status());
    assertEquals("alf: allocate: YEAR must be a year like 2027, was 'abc'\n", bad.err());
    assertEquals("", bad.out());
  }

  @Test
  void theStampNamesTheProjectsVersionAndIsTheSameInAnotherJvmAndLocale() throws Exception {
    // The version comes from the build (Maven's project.version, given to this test), never
    // "unknown"; the hash is of canonical text, so a JVM with another locale gives the same.
    String version = System.getProperty("alf.version");
    assertTrue(version != null && !version.isBlank(), "no alf.version from the build");
    Run here = java("allocate", "pm-2024", "2027");
    Run turkish = java(List.of("-Dfile.encoding=UTF-8", "-Duser.language=tr",
        "-Duser.country=TR"), Map.of(),
        "allocate", "pm-2024", "2027");
    assertEquals(0, here.status(), here.err());
    List<String> stamp = here.out().lines().filter(l -> l.startsWith("Stamp: ")).toList();
    assertEquals(1, stamp.size(), here.out());
    assertTrue(stamp.get(0).matches("Stamp: alf " + java.util.regex.Pattern.quote(version)
        + " · pm-2024 · sha256 [0-9a-f]{64}"), stamp.get(0));
    assertEquals(stamp, turkish.out().lines().filter(l -> l.startsWith("Stamp: ")).toList());
    // CSV keeps the stamp out of the table: on standard error, beside the provenance line.
    Run csv = java("allocate", "pm-2024", "2027", "--format", "csv");
    assertEquals(0, csv.status(), csv.err());
    assertTrue(csv.err().contains("alf: allocate: " + stamp.get(0) + "\n"), csv.err());
    assertFalse(csv.out().contains("sha256"), csv.out());
  }

  @Test
  void aDateFirstIsTheLandscape() throws Exception {
    Run ok = java("2017-03-23");
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().startsWith("ALF agreement landscape on 2017-03-23"), ok.out());
    Run bad = java("2017-02-30");
    assertEquals(2, bad.status());
    assertEquals("alf: landscape: DATE must be a date like 2027-01-01, was '2017-02-30'\n",
        bad.err());
  }

  @Test
  void anAbsurdScenarioFileIsOneLineWithStatus2() throws Exception {
    Path deep = dir.resolve("deep.json");
    Files.writeString(deep, "[".repeat(100_000) + "]".repeat(100_000));
    Run r = java("allocate", "pm-2024", "2027", "--scenario", deep.toString());
    assertEquals(2, r.status(), r.err());
    assertEquals("alf: allocate: --scenario " + deep + ": line 1, column 65: arrays and objects"
        + " nested more than 64 deep\n", r.err());
    Path huge = dir.resolve("huge.json");
    Files.writeString(huge, "{\"inputs\": [{\"key\": \"actual-hst[orebro]\", \"from\": 2027,"
        + " \"value\": \"1e999999999\"}]}");
    r = java("allocate", "pm-2024", "2027", "--scenario", huge.toString());
    assertEquals(2, r.status(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void versionIsTheLibrarysFromTheJarsManifest() throws Exception {
    Run r = java("--version");
    assertEquals(0, r.status(), r.err());
    // The build's version (failsafe passes ${project.version}), read from the manifest.
    String version = System.getProperty("alf.version");
    assertTrue(version != null && !version.isBlank(), "alf.version");
    assertTrue(r.out().startsWith("alf " + version + "\n"), r.out());
  }

  @Test
  void outputIsUtf8UnderLangC() throws Exception {
    // Issue 9 §4: with LANG=C (and an ASCII default charset, as JDK 17 then picks) Java's own
    // System.out writes '?' for Ö; alf writes UTF-8 whatever the platform's encoding.
    Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
    List<String> ascii = List.of("-Dfile.encoding=ANSI_X3.4-1968",
        "-Dsun.stdout.encoding=ANSI_X3.4-1968", "-Dsun.stderr.encoding=ANSI_X3.4-1968");
    Run r = java(ascii, c, "allocate", "pm-2024", "2027", "--region", "orebro");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\nÖrebro "), r.out());
    assertFalse(r.out().contains("?rebro"), r.out());
    Run help = java(ascii, Map.of("LANG", "C", "LC_ALL", "C", "NO_COLOR", "1"), "compare",
        "--help");
    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().contains("RIGHT − LEFT"), help.out());
    assertFalse(help.out().contains("\u001b"), help.out());
  }
}
