package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import com.google.common.base.Strings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.Region;
import se.alf.programme.FullYearStudents;
import se.alf.programme.Semester;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.rules.param.Key;
import se.alf.rules.reform.Reforms;

/**
 * The catalogue of bad inputs to the public API ({@code bad-api-inputs.tsv}, issue 7 §6): each
 * must end in the library's own exception type, with one message that contains the value and the
 * rule. The command line's catalogue is in alf-examples.
 */
class BadApiInputCatalogueTest {

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = BadApiInputCatalogueTest.class.getResourceAsStream(
        "/bad-api-inputs.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
      assertTrue(lines.size() >= 40, "the catalogue holds " + lines.size() + " cases");
      return lines.stream().map(l -> {
        List<String> c = Splitter.on('\t').splitToList(l);
        assertEquals(4, c.size(), "four tab-separated columns: " + l);
        return Arguments.of(c.get(0), c.get(1), c.get(2), c.get(3));
      });
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void isRefusedWithOneMessageNamingValueAndRule(String call, String argument, String exception,
      String fragments) {
    String arg = expand(argument);
    RuntimeException e = assertThrows(RuntimeException.class, () -> run(call, arg));
    assertEquals(exception, e.getClass().getSimpleName(), e.toString());
    String message = e.getMessage();
    for (String f : Splitter.on(" | ").split(fragments)) {
      assertTrue(message.contains(f), "'" + message + "' should contain '" + f + "'");
    }
    assertTrue(message.length() <= 400, "one short message, was " + message.length() + " chars");
    assertTrue(!message.contains("\n"), "one line: " + message);
  }

  private static String expand(String argument) {
    if (argument.equals("<empty>")) {
      return "";
    }
    if (argument.contains("<digits:")) {
      int start = argument.indexOf("<digits:");
      int end = argument.indexOf('>', start);
      int n = Integer.parseInt(argument.substring(start + 8, end));
      return argument.substring(0, start) + Strings.repeat("1", n) + argument.substring(end + 1);
    }
    return argument;
  }

  private static Object run(String call, String arg) {
    List<String> words = Splitter.on(' ').limit(2).splitToList(arg);
    switch (call) {
      case "sek":
        return Sek.parse(arg);
      case "ratio":
        return Ratio.parse(arg);
      case "students":
        return FullYearStudents.parse(arg);
      case "semester":
        return Semester.parse(arg);
      case "county":
        return Region.ofCountyCode(arg);
      case "grade":
        return Grade.ofLetter(arg);
      case "panel":
        return Panel.ofNumber(Integer.parseInt(arg));
      case "key-id":
        return Key.of(arg, Ratio.class, "a key");
      case "ruleset":
        return RuleSets.byId(arg);
      case "reform":
        return Reforms.byId(arg);
      case "allocate":
        return RuleSets.all().getOrDefault(words.get(0), Reforms.all().get(words.get(0)))
            .allocate(Scenarios.published(), Year.of(Integer.parseInt(words.get(1))));
      case "put":
        return put(Keys.catalogue().get(words.get(0)), words.get(1));
      case "put-as-ratio":
        return Scenario.builder("bad").input(Key.of(words.get(0), Ratio.class, "a second key"),
            Year.of(2026), Ratio.parse(words.get(1)));
      default:
        throw new AssertionError("unknown call " + call);
    }
  }

  /** Puts {@code text} under a second key object with {@code defined}'s id and type. */
  private static <T> Scenario.Builder put(Key<T> defined, String text) {
    Key<T> second = Key.of(defined.id(), defined.type(), "a second key, unconstrained");
    Object value = defined.type() == Sek.class ? Sek.parse(text)
        : defined.type() == Ratio.class ? Ratio.parse(text)
        : defined.type() == FullYearStudents.class ? FullYearStudents.parse(text)
        : Integer.valueOf(Integer.parseInt(text));
    return Scenario.builder("bad").input(second, Year.of(2026), defined.type().cast(value));
  }
}
