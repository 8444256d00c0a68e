package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.alf.examples.cli.input.InputFiles;

/**
 * The catalogue of bad inputs ({@code bad-inputs.tsv}): every entry exits with status 2, quickly,
 * writing nothing on the output and exactly one line on the error stream that holds the entry's
 * fragment (the field, the value and the rule), with no stack trace.
 */
class BadInputCatalogueTest extends CliTestSupport {

  @TempDir
  Path dir;

  static Stream<Arguments> catalogue() throws IOException {
    List<Arguments> entries = new ArrayList<>();
    try (InputStream in = BadInputCatalogueTest.class.getResourceAsStream("/bad-inputs.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(4, f.length, line);
        entries.add(Arguments.of(f[0], f[1], f[2], f[3]));
      }
    }
    return entries.stream();
  }

  @Test
  void theCatalogueHoldsAtLeastSixtyEntries() throws IOException {
    assertTrue(catalogue().count() >= 60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void isRefusedWithOneLine(String name, String fragment, String args, String content)
      throws Exception {
    Path file = dir.resolve("input.json");
    switch (content) {
      case "-":
        break;
      case "EMPTY":
        Files.write(file, new byte[0]);
        break;
      case "HUGE":
        Files.write(file, new byte[InputFiles.MAX_BYTES + 1]);
        break;
      case "LATIN1":
        Files.write(file, "{\"name\": \"\u00d6rebro\"}".getBytes(StandardCharsets.ISO_8859_1));
        break;
      default:
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
    List<String> argv = new ArrayList<>();
    for (String a : args.split(" ", -1)) {
      switch (a) {
        case "FILE":
          argv.add(file.toString());
          break;
        case "DIR":
          argv.add(dir.toString());
          break;
        case "FIFO":
          argv.add(fifo().toString());
          break;
        default:
          argv.add(a);
      }
    }
    int status = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> run(argv.toArray(String[]::new)));
    String err = err();
    assertEquals(2, status, name + ": " + err);
    assertEquals(1, err.lines().count(), name + ": " + err);
    assertTrue(err.contains(fragment), name + ": expected '" + fragment + "' in " + err);
    assertFalse(err.contains("internal error") || err.contains("\tat "), err);
    assertEquals("", out(), name);
  }

  private Path fifo() throws IOException, InterruptedException {
    Path p = dir.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", p.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      throw e;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return p;
  }

}
