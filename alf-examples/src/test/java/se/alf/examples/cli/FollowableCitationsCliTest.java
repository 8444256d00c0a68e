package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 §5: what the commands print cites documents a user can find, never a file of the
 * project ("seed 000_…", "facts.md", "shared/"); a seed file appears only in a full reference,
 * marked "seed file".
 */
class FollowableCitationsCliTest extends CliTestSupport {

  private static final Pattern SEED_FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

  private static String supplementScenario() {
    return Path.of(System.getProperty("alf.jshell.script")).getParent().getParent()
        .resolve("scenarios/vasterbotten-supplement.json").toString();
  }

  @Test
  void everyCommandCitesDocumentsNotFiles() {
    String[][] commands = {
        {"landscape", "2017-03-23"}, {"landscape", "2026-01-01"},
        {"allocate", "alf-2014", "2019"}, {"allocate", "pm-2024", "2027"},
        {"compare", "--detail", "alf-2014", "pm-2024", "2026", "2027"},
        {"compare", "--detail", "alf-2014", "pm-2024", "2026", "2027", "--format", "markdown"},
        {"compare", "--detail", "pm-2024", "vasterbotten-2024", "2026", "2028", "--scenario",
            supplementScenario()},
        {"allocate", "vasterbotten-2024", "2027", "--scenario", supplementScenario()},
        {"classify", "--example", "health-data"}, {"classify", "--example", "translational-animal"},
        {"validate", "alf-2014", "2030"}, {"validate", "pm-2024", "2027"},
        {"rulesets"}, {"rulesets", "--format", "csv"}, {"keys"}};
    for (String[] c : commands) {
      int status = run(c);
      assertEquals(0, status, String.join(" ", c) + ": " + err());
      String shown = out().replaceAll("\\[seed file " + SEED_FILE + "\\]", "");
      assertFalse(shown.contains("seed 0") || shown.contains("facts.md")
          || shown.contains("shared/") || SEED_FILE.matcher(shown).find(),
          String.join(" ", c) + " names a project file:\n" + out());
    }
  }

  @Test
  void aComparisonListsTheFullReferenceOfEachDocumentOnce() {
    assertEquals(0, run("compare", "--detail", "alf-2014", "pm-2024", "2027", "2027"), err());
    String out = out();
    String sources = out.substring(out.lastIndexOf("\nSources ("));
    // pm-2024's rows cite the memorandum as Region Västerbotten's response restates it
    assertTrue(sources.contains("  PM U2024/01035: Regeringskansliet; author Bertil Lindahl: "
        + "Hållbar och högkvalitativ läkarutbildning och klinisk forskning – förslag till ett "
        + "reviderat ALF-avtal (promemoria U2024/01035), 2024-04-04\n"), sources);
    assertTrue(sources.contains("  Region Västerbotten, remissvar: Region Västerbotten: "
        + "Remissvar: "), sources);
    assertEquals(sources.indexOf("  PM U2024/01035: "),
        sources.lastIndexOf("  PM U2024/01035: "), sources);
  }
}
