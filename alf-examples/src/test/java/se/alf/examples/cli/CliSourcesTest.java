package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.alf.examples.cli.input.KeyIndex;
import se.alf.examples.cli.input.Names;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;

/**
 * The command line's sources: it finds keys through the explicit catalogue
 * ({@link Keys#catalogue()}) and {@link RuleSet#declaredKeys()}, never by reflection. (That no line
 * is longer than 100 characters is checked for all three modules by alf-rules'
 * {@code PackageStructureTest}.)
 */
class CliSourcesTest {

  @Test
  void noMainSourceUsesReflection() throws IOException {
    Path sources = Paths.get("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
      assertTrue(java.size() > 10, "expected the sources under " + sources.toAbsolutePath());
      List<String> reflective = java.stream().filter(p -> read(p).contains("java.lang.reflect"))
          .map(Path::toString).collect(Collectors.toList());
      assertEquals(List.of(), reflective);
    }
  }

  @Test
  void aRuleSetsKeysAreTheKeysItDeclares() {
    for (RuleSet rs : Names.allRuleSets().values()) {
      assertEquals(new TreeMap<>(rs.declaredKeys()), KeyIndex.of(rs).all(), rs.id());
      assertTrue(KeyIndex.load().all().keySet().containsAll(rs.declaredKeys().keySet()), rs.id());
    }
    assertTrue(KeyIndex.load().all().keySet().containsAll(Keys.catalogue().keySet()));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
