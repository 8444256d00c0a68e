package se.alf.examples.cli.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.alf.research.Permit;
import se.alf.research.ResearchKind;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;

/**
 * Research projects from the command line: the cited examples of {@link ResearchProjects} by
 * name, permits and kinds by id, and project files.
 *
 * <p>A project file holds one JSON object per line (blank lines and lines starting with {@code #}
 * are skipped), or one JSON array of such objects:
 *
 * <pre>{@code
 * {"title": "Trial", "uses-healthcare": true, "health-aim": true, "permits": ["lakemedelsverket"]}
 * }</pre>
 *
 * <p>Members: {@code title} (string), {@code uses-healthcare} and {@code health-aim} (booleans,
 * default false), {@code permits} and {@code kinds} (arrays of ids, default empty).
 */
public final class Projects {

  private static final Map<String, Supplier<ResearchProject>> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put("health-data", ResearchProjects::healthData);
    EXAMPLES.put("healthcare-organisation", ResearchProjects::healthcareOrganisation);
    EXAMPLES.put("cell-handling", ResearchProjects::cellHandlingAdvancedTherapies);
    EXAMPLES.put("drug-trial", ResearchProjects::drugTrial);
    EXAMPLES.put("translational-animal", ResearchProjects::translationalAnimalStudy);
  }

  private static final Set<String> MEMBERS = Set.of("title", "uses-healthcare", "health-aim",
      "permits", "kinds");

  private Projects() {}

  public static Set<String> exampleNames() {
    return EXAMPLES.keySet();
  }

  /** Returns the example {@code name}, or every example for {@code all}. */
  public static List<ResearchProject> example(String name) {
    if (name.equals("all")) {
      return EXAMPLES.values().stream().map(Supplier::get).collect(Collectors.toList());
    }
    Supplier<ResearchProject> s = EXAMPLES.get(name);
    if (s == null) {
      throw new UsageException("--example must be one of " + String.join(", ", EXAMPLES.keySet())
          + " or all, was '" + name + "'");
    }
    return List.of(s.get());
  }

  /**
   * Returns the id of {@code permit}: its Swedish name in plain letters, {@code lakemedelsverket}.
   */
  public static String id(Permit permit) {
    return Names.plain(permit.swedishName());
  }

  private static String permitIds() {
    return Arrays.stream(Permit.values()).map(Projects::id).collect(Collectors.joining(", "));
  }

  /**
   * Parses a permit id: {@code lakemedelsverket}, or the constant, {@code medical-products-agency}.
   */
  public static Permit permit(String what, String s) {
    String n = Names.plain(s);
    for (Permit p : Permit.values()) {
      if (n.equals(id(p)) || n.equals(KeyIndex.enumId(p))) {
        return p;
      }
    }
    throw new UsageException(what + " must be one of " + permitIds()
        + ", was '" + s + "'");
  }

  private static String kindIds() {
    return Arrays.stream(ResearchKind.values()).map(KeyIndex::enumId)
        .collect(Collectors.joining(", "));
  }

  public static ResearchKind kind(String what, String s) {
    String n = Names.plain(s);
    for (ResearchKind k : ResearchKind.values()) {
      if (n.equals(KeyIndex.enumId(k))) {
        return k;
      }
    }
    throw new UsageException(what + " must be one of " + kindIds() + ", was '" + s + "'");
  }

  /** Reads the projects of {@code file}. */
  public static List<ResearchProject> read(String file) {
    String text = InputFiles.read("--file", file);
    List<ResearchProject> projects = new ArrayList<>();
    String trimmed = text.strip();
    if (trimmed.startsWith("[")) {
      Object v = parse(file, trimmed, "");
      int i = 0;
      for (Object o : (List<?>) v) {
        projects.add(project(file, "element " + i++, o));
      }
    } else {
      String[] lines = text.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        projects.add(project(file, "line " + (i + 1), parse(file, l, "line " + (i + 1) + ": ")));
      }
    }
    if (projects.isEmpty()) {
      throw new UsageException("--file " + file + ": no projects in the file");
    }
    return projects;
  }

  private static Object parse(String file, String json, String where) {
    try {
      return Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--file " + file + ": " + where + e.getMessage());
    }
  }

  private static ResearchProject project(String file, String where, Object o) {
    String at = "--file " + file + ": " + where;
    if (!(o instanceof Map<?, ?> m)) {
      throw new UsageException(at + ": expected a JSON object describing a project");
    }
    for (Object k : m.keySet()) {
      if (!MEMBERS.contains(k)) {
        throw new UsageException(at + ": unknown member \"" + k + "\"; known are "
            + MEMBERS.stream().sorted().toList());
      }
    }
    ResearchProject.Builder b = ResearchProject.builder()
        .usesHealthcareStructures(bool(at, m, "uses-healthcare"))
        .aimsAtHealthProblem(bool(at, m, "health-aim"));
    Object title = m.get("title");
    if (title != null) {
      if (!(title instanceof String text) || text.isBlank()) {
        throw new UsageException(at + ": \"title\" must be a non-blank string");
      }
      b.title(text);
    }
    for (String p : strings(at, m, "permits")) {
      b.addPermits(permit(at + ": permits", p));
    }
    for (String k : strings(at, m, "kinds")) {
      b.addKinds(kind(at + ": kinds", k));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(at + ": " + e.getMessage());
    }
  }

  private static boolean bool(String at, Map<?, ?> m, String member) {
    Object v = m.get(member);
    if (v == null) {
      return false;
    }
    if (!(v instanceof Boolean flag)) {
      throw new UsageException(at + ": \"" + member + "\" must be true or false, was " + v);
    }
    return flag;
  }

  private static List<String> strings(String at, Map<?, ?> m, String member) {
    Object v = m.get(member);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> list && list.stream().allMatch(e -> e instanceof String)) {
      return list.stream().map(String.class::cast).collect(Collectors.toList());
    }
    throw new UsageException(at + ": \"" + member + "\" must be an array of strings, was " + v);
  }
}
