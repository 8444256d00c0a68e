package se.alf.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.alf.rules.reform.Reform;
import se.alf.rules.spi.KeyDeclarations;
import se.alf.rules.spi.StandardRuleSet;

/**
 * The package map of {@code alf-rules}, checked on its sources ({@code src/main/java}): no
 * package holds more than 25 types, no arrow runs from the packages a caller or a rule-set author
 * uses into a rule set's implementation and no file has more than 300 lines of code. In the main
 * sources of all three modules no {@code instanceof} is followed by the cast a pattern makes
 * needless, and no line of any of their Java sources (main, test and integration-test) is longer
 * than 100 characters.
 * Each check would have failed on the code before issue 8 (45 types in {@code se.alf.rules},
 * {@code Scenarios} importing {@code Alf2014}, {@code Reform} at 342 lines of code, lines over 100
 * characters, casts after {@code instanceof} in equals methods and {@code Formats}).
 */
class PackageStructureTest {

  private static final Path SOURCES = Paths.get("src/main/java");

  /** The sources of all three modules, from this module's directory (where tests run). */
  private static final List<Path> ALL_MODULES = List.of(Paths.get("../alf-core/src"),
      Paths.get("../alf-rules/src"), Paths.get("../alf-examples/src"));

  private static final int MAX_TYPES = 25;

  private static final int MAX_LINE = 100;

  /**
   * With more lines of code than this (lines that are neither blank nor comment), a file does more
   * than one thing (Reform had 342 in 452 lines: now a builder, a draft and a validator). Javadoc
   * does not count: complete documentation (issue 12) says more about a file, not that it does
   * more.
   */
  private static final int MAX_CODE_LINES = 300;

  /** The packages a caller or a rule-set author uses: they know no rule set. */
  private static final Set<String> INTERFACE = Set.of("se.alf.rules", "se.alf.rules.spi",
      "se.alf.rules.explain", "se.alf.rules.param", "se.alf.rules.published");

  /** The implementations of rule sets. */
  private static final List<String> IMPLEMENTATIONS = List.of("se.alf.rules.alf2014",
      "se.alf.rules.pm2024", "se.alf.rules.reform");

  /** A top-level type declaration: at the start of a line, with modifiers. */
  private static final Pattern TOP_LEVEL = Pattern.compile(
      "^(?:public |final |abstract |sealed |non-sealed |strictfp )*"
          + "(?:class|interface|enum|record|@interface) (\\w+)", Pattern.MULTILINE);

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);",
      Pattern.MULTILINE);

  /**
   * A line that is one string literal holding a URL ({@code ://}), alone or as the argument of a
   * call, or continuing a concatenation: a URL is not split, so the line may be longer.
   */
  private static final Pattern URL_LINE = Pattern.compile(
      "\\s*(?:\\+ |\\.?\\w+\\()?\"[^\"\\\\]*://[^\"\\\\]*\"[),;]*");

  /** A source file of the module: its path, package and text. */
  private record Source(Path path, String pkg, String text) {}

  private static List<Source> sources() {
    List<Source> out = new ArrayList<>();
    for (Path p : javaFiles(SOURCES)) {
      String text = read(p);
      Matcher m = PACKAGE.matcher(text);
      out.add(new Source(p, m.find() ? m.group(1) : "", text));
    }
    assertTrue(out.size() > 50, "expected the sources of alf-rules under "
        + SOURCES.toAbsolutePath());
    return out;
  }

  /** Returns the {@code .java} files under {@code root}, sorted. */
  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the top-level types declared in {@code text}. */
  static List<String> topLevelTypes(String text) {
    List<String> types = new ArrayList<>();
    Matcher m = TOP_LEVEL.matcher(text);
    while (m.find()) {
      types.add(m.group(1));
    }
    return types;
  }

  /** Returns the implementation packages {@code text} names outside comments. */
  static List<String> arrowsIntoImplementations(String text) {
    String code = withoutComments(text);
    List<String> found = new ArrayList<>();
    for (String impl : IMPLEMENTATIONS) {
      if (Pattern.compile("\\b" + Pattern.quote(impl) + "\\b").matcher(code).find()) {
        found.add(impl);
      }
    }
    return found;
  }

  /** Returns {@code text} without its comments (strings are kept; none holds a comment). */
  static String withoutComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
  }

  @Test
  void noPackageHoldsMoreThan25Types() {
    Map<String, List<String>> byPackage = new TreeMap<>();
    for (Source s : sources()) {
      byPackage.computeIfAbsent(s.pkg(), k -> new ArrayList<>()).addAll(topLevelTypes(s.text()));
    }
    List<String> tooBig = byPackage.entrySet().stream()
        .filter(e -> e.getValue().size() > MAX_TYPES)
        .map(e -> e.getKey() + ": " + e.getValue().size() + " types " + e.getValue())
        .collect(Collectors.toList());
    assertEquals(List.of(), tooBig);
    // The count sees every type: each file but package-info declares at least one.
    assertTrue(byPackage.get("se.alf.rules").contains("RuleSet"));
  }

  @Test
  void noArrowRunsFromTheInterfaceIntoAnImplementation() {
    List<String> arrows = new ArrayList<>();
    for (Source s : sources()) {
      if (INTERFACE.contains(s.pkg())) {
        arrowsIntoImplementations(s.text()).forEach(impl -> arrows.add(s.path() + " -> " + impl));
      }
    }
    assertEquals(List.of(), arrows);
  }

  @Test
  void noLineOfAnyModuleIsLongerThan100Characters() {
    List<String> longLines = new ArrayList<>();
    for (Path module : ALL_MODULES) {
      List<Path> files = javaFiles(module);
      // Each module's main and test sources are there: the check cannot pass by seeing nothing.
      assertTrue(files.stream().anyMatch(p -> p.toString().contains("/src/main/java/"))
          && files.stream().anyMatch(p -> p.toString().contains("/src/test/java/")),
          "expected main and test sources under " + module.toAbsolutePath());
      files.forEach(p -> longLines.addAll(longLines(p.toString(), read(p))));
    }
    assertEquals(List.of(), longLines);
  }

  /**
   * Returns {@code name:line has n characters} for each line of {@code text} longer than 100
   * characters (Unicode code points, not UTF-16 units or bytes), but for a {@link #URL_LINE}.
   */
  static List<String> longLines(String name, String text) {
    List<String> found = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int length = lines[i].codePointCount(0, lines[i].length());
      if (length > MAX_LINE && !URL_LINE.matcher(lines[i]).matches()) {
        found.add(name + ":" + (i + 1) + " has " + length + " characters");
      }
    }
    return found;
  }

  @Test
  void noFileHasMoreThan300LinesOfCode() {
    List<String> longFiles = new ArrayList<>();
    for (Source s : sources()) {
      long lines = codeLines(s.text());
      if (lines > MAX_CODE_LINES) {
        longFiles.add(s.path() + " has " + lines + " lines of code");
      }
    }
    assertEquals(List.of(), longFiles);
  }

  /** Returns how many lines of {@code text} hold code: neither blank nor only comment. */
  static long codeLines(String text) {
    return withoutComments(text).lines().filter(l -> !l.isBlank()).count();
  }

  @Test
  void codeLinesCountNeitherCommentsNorBlankLines() {
    // 5 lines: a javadoc of 3, a blank line and one line of code (+ a trailing comment): 1 of code.
    assertEquals(1, codeLines("/**\n * Doc.\n */\n\nint x; // note\n"));
  }

  @Test
  void noInstanceofIsFollowedByItsCast() {
    List<String> casts = new ArrayList<>();
    for (Path module : ALL_MODULES) {
      List<Path> files = javaFiles(module.resolve("main/java"));
      assertTrue(files.size() > 10, "expected the main sources under " + module.toAbsolutePath());
      for (Path p : files) {
        castsAfterInstanceof(withoutComments(read(p))).forEach(c -> casts.add(p + ": " + c));
      }
    }
    assertEquals(List.of(), casts);
  }

  /**
   * Returns each {@code x instanceof T} without a binding that is followed, within the next 300
   * characters, by the cast {@code (T) x} a pattern ({@code x instanceof T t}) makes needless.
   */
  static List<String> castsAfterInstanceof(String code) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(\\w+) instanceof (\\w+)\\b(?!\\s*<)(?! \\w)").matcher(code);
    while (m.find()) {
      String after = code.substring(m.end(), Math.min(code.length(), m.end() + 300));
      Pattern cast = Pattern.compile("\\(" + m.group(2) + "(<[^()]*>)?\\) " + m.group(1) + "\\b");
      if (cast.matcher(after).find()) {
        found.add(m.group());
      }
    }
    return found;
  }

  @Test
  void theRuleSetBuildersShareTheirKeyDeclarations() {
    assertEquals(KeyDeclarations.class, StandardRuleSet.Builder.class.getSuperclass());
    assertEquals(KeyDeclarations.class, Reform.Builder.class.getSuperclass());
  }

  @Test
  void theChecksSeeWhatTheyLookFor() {
    // The checks themselves, on texts whose answers are known by reading them.
    assertEquals(List.of("A", "B", "C"), topLevelTypes(
        "package x;\npublic final class A {\n  class Inner {}\n}\nenum B {}\nrecord C() {}\n"));
    assertEquals(List.of("se.alf.rules.alf2014"), arrowsIntoImplementations(
        "import se.alf.rules.alf2014.Alf2014;\n// se.alf.rules.reform in a comment\n"));
    assertEquals(List.of(), arrowsIntoImplementations(
        "/** See {@link se.alf.rules.pm2024.Proposal2024}. */\nclass A {}\n"));
    assertEquals(List.of("o instanceof Key"), castsAfterInstanceof(
        "return o instanceof Key && ((Key<?>) o).id.equals(id);"));
    assertEquals(List.of(), castsAfterInstanceof(
        "return o instanceof Key<?> other && other.id.equals(id);"));
    String url = "https://example.org/" + "a".repeat(100);
    // Line 5: 4 + 7 (.note(") + 90 + 2 = 103; line 9: 4 + 21 (call(first, second, ") + 120 + 3.
    assertEquals(List.of("F:2 has 101 characters", "F:5 has 103 characters",
        "F:9 has 148 characters"), longLines("F",
        "x".repeat(100) + "\n" + "x".repeat(101) + "\r\n"
            // 100 characters each: in 200 bytes of UTF-8; in 200 UTF-16 units and 400 bytes
            + "å".repeat(100) + "\n" + "\uD83D\uDE00".repeat(100) + "\n"
            // a long string literal without a URL; a URL alone in three ways; after other code
            + "    .note(\"" + "a".repeat(90) + "\")\n"
            + "    .url(\"" + url + "\")\n"
            + "        + \"" + url + "\",\n"
            + "    \"" + url + "\");\n"
            + "    call(first, second, \"" + url + "\");\n"));
  }
}
