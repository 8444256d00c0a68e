package se.alf.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the jshell start-up script ({@code src/main/jshell/alf.jsh}) and every snippet of the
 * transcript in the project {@code README.md} through the {@code jdk.jshell} API, and checks that
 * each snippet returns or prints what the transcript shows, so that the README cannot drift from
 * the code.
 *
 * <p>Transcript blocks are fenced as {@code ```jshell}. A line {@code jshell> SNIPPET} (continued
 * by lines {@code    ...> }) is followed by what jshell shows: {@code NAME ==> VALUE} is compared
 * with the snippet's value (the name is not), anything else with what the snippet prints; a line
 * {@code …} stands for any number of lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JShellScriptTest {

  private static final Pattern VALUE = Pattern.compile("^\\S+ ==> (.*)$", Pattern.DOTALL);

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
  private JShell jshell;

  @BeforeAll
  void startJShellWithTheLibraryAndTheScript() throws IOException {
    jshell = JShell.builder()
        .out(capture)
        .err(capture)
        // in this JVM, as the README starts jshell (--execution local): no remote VM to wait for
        .executionEngine("local")
        .build();
    for (String entry : classPath()) {
      jshell.addToClasspath(entry);
    }
    String script = Files.readString(Path.of(System.getProperty("alf.jshell.script")),
        StandardCharsets.UTF_8);
    for (String snippet : split(script)) {
      eval(snippet);
    }
  }

  @AfterAll
  void close() {
    if (jshell != null) {
      jshell.close();
    }
  }

  /** The class path of the test run: alf-core, alf-rules and their dependencies. */
  private static Set<String> classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(property, "");
      for (String e : value.split(Pattern.quote(File.pathSeparator))) {
        if (!e.isBlank() && Files.exists(Path.of(e))) {
          entries.add(e);
        }
      }
    }
    return entries;
  }

  private List<String> split(String source) {
    List<String> snippets = new ArrayList<>();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo ci = jshell.sourceCodeAnalysis().analyzeCompletion(rest);
      if (ci.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      assertTrue(ci.completeness().isComplete(), "incomplete snippet: " + rest);
      snippets.add(ci.source());
      rest = ci.remaining();
    }
    return snippets;
  }

  /** Evaluates {@code snippet}; returns its value, if it has one, and what it printed. */
  private Result eval(String snippet) {
    int start = printed.size();
    String value = null;
    List<SnippetEvent> events;
    PrintStream out = System.out;
    // local execution: the snippet prints to this JVM's System.out, captured while it runs
    System.setOut(capture);
    try {
      events = jshell.eval(snippet);
    } finally {
      capture.flush();
      System.setOut(out);
    }
    for (SnippetEvent e : events) {
      if (e.status() == Snippet.Status.REJECTED) {
        fail("jshell rejected: " + snippet + "\n" + jshell.diagnostics(e.snippet())
            .map(d -> d.getMessage(null)).collect(Collectors.joining("\n")));
      }
      if (e.exception() != null) {
        fail("jshell threw " + e.exception() + " on: " + snippet);
      }
      if (e.causeSnippet() == null) {
        value = e.value();
      }
      jshell.diagnostics(e.snippet()).filter(Diag::isError).findFirst()
          .ifPresent(d -> fail(d.getMessage(null) + " in: " + snippet));
    }
    String output = new String(printed.toByteArray(), StandardCharsets.UTF_8)
        .substring(new String(printed.toByteArray(), 0, start, StandardCharsets.UTF_8).length())
        .replace("\r\n", "\n");
    return new Result(value, output);
  }

  private record Result(String value, String printed) {}

  private record Step(String snippet, List<String> expected) {}

  private static List<Step> transcript() throws IOException {
    List<String> lines = Files.readAllLines(Path.of(System.getProperty("alf.jshell.transcript")),
        StandardCharsets.UTF_8);
    List<Step> steps = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder snippet = null;
    List<String> expected = null;
    for (String line : lines) {
      if (!inBlock) {
        inBlock = line.equals("```jshell");
        continue;
      }
      if (line.equals("```") || line.startsWith("jshell> ")) {
        if (snippet != null) {
          steps.add(new Step(snippet.toString(), trim(expected)));
          snippet = null;
        }
        if (line.equals("```")) {
          inBlock = false;
          continue;
        }
        snippet = new StringBuilder(line.substring("jshell> ".length()));
        expected = new ArrayList<>();
      } else if (line.startsWith("   ...> ") && snippet != null && expected.isEmpty()) {
        snippet.append('\n').append(line.substring("   ...> ".length()));
      } else if (snippet != null) {
        expected.add(line);
      }
    }
    return steps;
  }

  private static List<String> trim(List<String> lines) {
    List<String> l = new ArrayList<>(lines);
    while (!l.isEmpty() && l.get(l.size() - 1).isBlank()) {
      l.remove(l.size() - 1);
    }
    return l;
  }

  @Test
  void theScriptDefinesTheReadyValues() {
    assertEquals("\"alf-2014\"", eval("current.id()").value());
    assertEquals("\"pm-2024\"", eval("proposal.id()").value());
    assertEquals("\"published\"", eval("published.name()").value());
    assertEquals("\"vasterbotten-2024\"", eval("vasterbotten.id()").value());
    assertEquals("\"lakarforbundet-2024\"", eval("lakarforbundet.id()").value());
    assertEquals("true", eval("withSupplement.inputs().contains(VasterbottenResponse.SUPPLEMENT)")
        .value());
  }

  @Test
  void everySnippetOfTheTranscriptShowsWhatTheReadmeSays() throws IOException {
    List<Step> steps = transcript();
    assertTrue(steps.size() >= 4, "the transcript has its snippets: " + steps);
    for (Step step : steps) {
      Result r = null;
      for (String source : split(step.snippet())) { // completes a missing ';' as jshell does
        r = eval(source);
      }
      if (step.expected().isEmpty()) {
        continue;
      }
      Matcher m = VALUE.matcher(String.join("\n", step.expected()));
      if (m.matches()) {
        assertEquals(m.group(1), r.value(), "value of: " + step.snippet());
      } else {
        assertMatches(step.expected(), trim(List.of(r.printed().split("\n", -1))),
            step.snippet());
      }
    }
  }

  /** Compares {@code actual} with {@code expected}, in which a line "…" matches any lines. */
  private static void assertMatches(List<String> expected, List<String> actual, String snippet) {
    if (!matches(expected, 0, actual, 0)) {
      fail("the transcript shows for: " + snippet + "\n" + String.join("\n", expected)
          + "\n\nbut jshell printed:\n" + String.join("\n", actual));
    }
  }

  private static boolean matches(List<String> e, int i, List<String> a, int j) {
    if (i == e.size()) {
      return j == a.size();
    }
    if (e.get(i).strip().equals("…")) {
      for (int k = j; k <= a.size(); k++) {
        if (matches(e, i + 1, a, k)) {
          return true;
        }
      }
      return false;
    }
    return j < a.size() && e.get(i).stripTrailing().equals(a.get(j).stripTrailing())
        && matches(e, i + 1, a, j + 1);
  }

  @Test
  void elisionMatchesAnyLines() {
    assertTrue(matches(List.of("a", "…", "d"), 0, List.of("a", "b", "c", "d"), 0));
    assertTrue(matches(List.of("a", "…"), 0, List.of("a"), 0));
    assertFalse(matches(List.of("a", "c"), 0, List.of("a", "b"), 0));
  }
}
