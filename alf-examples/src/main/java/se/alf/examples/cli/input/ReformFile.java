package se.alf.examples.cli.input;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.reform.InvalidReformException;
import se.alf.rules.reform.Reform;
import se.alf.source.Citation;

/**
 * Reads a reform from a JSON file ({@code --reform FILE}) and builds it with the library's
 * {@link Reform} API, so that every value a rule set sets itself, which a scenario cannot change,
 * can be replaced from the command line. The format:
 *
 * <pre>{@code
 * {
 *   "baseline": "pm-2024",
 *   "id": "my-reform",
 *   "title": "The proposal with a larger quality part",
 *   "citation": "my own calculation, 2026",
 *   "changes": [
 *     {"key": "research.quality-amount-share", "from": 2026, "to": 2030, "value": "3/20",
 *      "note": "what if the quality part stayed at 15 %"}
 *   ]
 * }
 * }</pre>
 *
 * <p>The changes are written as a scenario file's inputs ({@link ScenarioFile}); {@code "to"} is
 * inclusive, after it the baseline's value resumes. A change's basis is {@code input} unless
 * {@code "basis"} says {@code assumption}, {@code published} or {@code agreement}. The reform's id
 * may then be named as a rule set in the same command. Every problem of the file, and every
 * problem {@link InvalidReformException} lists, is reported at once, one line each.
 */
public final class ReformFile {

  private static final Set<String> TOP = Set.of("baseline", "id", "title", "citation",
      "changes");

  private ReformFile() {}

  /**
   * Returns the rule set of the reform in {@code file}.
   *
   * @throws UsageException naming the file and every problem of it, one line each
   */
  public static RuleSet read(String file) {
    String text = InputFiles.read("--reform", file);
    String prefix = "--reform " + Terminal.safe(file);
    try {
      return parse(text, KeyIndex.load());
    } catch (FileProblems e) {
      throw e.usage(prefix);
    } catch (IllegalArgumentException e) {
      throw new UsageException(prefix + ": " + e.getMessage());
    }
  }

  /**
   * Returns the rule set of the reform in the JSON {@code text}.
   *
   * @throws FileProblems listing every problem, one line each
   * @throws IllegalArgumentException for text that is not JSON (line and column)
   */
  public static RuleSet parse(String text, KeyIndex keys) {
    Object root = Json.parse(text);
    if (!(root instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("expected a JSON object with \"baseline\", \"id\","
          + " \"title\", \"citation\" and \"changes\", was " + FileInputs.describe(root));
    }
    List<String> problems = new ArrayList<>();
    FileInputs.unknownMembers(m, TOP, "", problems);
    RuleSet baseline = null;
    String baselineId = required(m, "baseline", problems);
    if (baselineId != null) {
      try {
        baseline = Names.ruleSet("baseline", baselineId);
      } catch (UsageException e) {
        problems.add(e.getMessage());
      }
    }
    String id = required(m, "id", problems);
    if (id != null && Names.allRuleSets().containsKey(id)) {
      problems.add("id: " + Terminal.quote(id) + " is already a rule set; give the reform an id"
          + " of its own");
      id = null;
    } else if (id != null && !id.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
      problems.add("id: " + Terminal.quote(id) + " must be lower-case letters, digits, '.' and"
          + " '-', at most 64, like my-reform");
      id = null;
    }
    String title = required(m, "title", problems);
    String citation = required(m, "citation", problems);
    List<FileInputs.Entry> entries = FileInputs.read(m, "changes", "reform "
        + (id == null ? "(no id)" : id), keys, Basis.INPUT,
        EnumSet.of(Basis.INPUT, Basis.ASSUMPTION, Basis.PUBLISHED, Basis.AGREEMENT), problems);
    if (!problems.isEmpty()) {
      throw new FileProblems(problems);
    }
    Reform.Builder b = Reform.of(baseline).id(id).title(title)
        .citation(Citation.builder().document(citation).build());
    for (FileInputs.Entry e : entries) {
      set(b, e.key(), e.from(), e.to(), e.value(), e.basis(), e.citation());
    }
    try {
      return b.build();
    } catch (InvalidReformException e) {
      List<String> lines = new ArrayList<>();
      for (InvalidReformException.Problem p : e.problems()) {
        lines.add(p.field() + ": " + Terminal.quote(p.value()) + ": " + p.message());
      }
      throw new FileProblems(lines);
    }
  }

  private static <T> void set(Reform.Builder b, Key<T> key, Year from, Year to, Object value,
      Basis basis, Citation citation) {
    if (to == null) {
      b.set(key, from, key.cast(value), basis, citation);
    } else {
      b.setYears(key, from, to, key.cast(value), basis, citation);
    }
  }

  private static String required(Map<?, ?> m, String member, List<String> problems) {
    if (!m.containsKey(member)) {
      problems.add(member + ": missing; a reform needs \"baseline\", \"id\", \"title\","
          + " \"citation\" and \"changes\"");
      return null;
    }
    String s = FileInputs.string(m, member, "", problems);
    if (s != null && s.isBlank()) {
      problems.add(member + ": must not be blank, was " + Terminal.quote(s));
      return null;
    }
    return s;
  }
}
