package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest extends CliTestSupport {

  @TempDir
  Path dir;

  @Test
  void healthDataIsClinicalResearchUnder2014ButNotUnderTheProposalForWantOfAPermit() {
    assertEquals(0, run("classify", "--example", "health-data"));
    assertEquals("", err());
    String text = out();
    assertTrue(text.contains("Clinically relevant health-data research under alf-2014: clinical"
        + " research\n"), text);
    assertTrue(text.contains("Clinically relevant health-data research under pm-2024: NOT"
        + " clinical research\n"), text);
    // The permit clause of PM 7.2 is the condition it fails, named with its authorities.
    assertTrue(text.contains("  [failed] requires a permit"), text);
    assertTrue(text.contains("Läkemedelsverket or Etikprövningsmyndigheten"), text);
    assertTrue(text.contains("PM U2024/01035 7.2"), text);
  }

  @Test
  void aProjectDescribedByOptionsWithAnEthicsPermitIsClinicalUnderBoth() {
    assertEquals(0, run("classify", "--title", "Registry study", "--uses-healthcare",
        "--health-aim", "--permit", "etikprovningsmyndigheten", "--ruleset", "alf-2014",
        "--ruleset", "pm-2024"));
    assertTrue(out().contains("Registry study under alf-2014: clinical research\n"), out());
    assertTrue(out().contains("Registry study under pm-2024: clinical research\n"), out());
  }

  @Test
  void withoutTheHealthAimItIsNotClinicalResearch() {
    assertEquals(0, run("classify", "--title", "Method study", "--uses-healthcare",
        "--ruleset", "alf-2014"));
    assertTrue(out().contains("Method study under alf-2014: NOT clinical research\n"), out());
    assertTrue(out().contains("[failed] aims to solve a health problem"), out());
  }

  @Test
  void anAnimalEthicsApprovalDoesNotMeetTheProposedPermitClause() {
    assertEquals(0, run("classify", "--title", "Mouse model", "--uses-healthcare", "--health-aim",
        "--permit", "djurforsoksetisk-namnd", "--ruleset", "pm-2024", "--format", "csv"));
    assertTrue(out().startsWith("project,ruleset,clinical_research,failed_conditions,reasons\n"
        + "Mouse model,pm-2024,false,permit,\"permit: the project holds no permit from"
        + " Läkemedelsverket or Etikprövningsmyndigheten"), out());
  }

  @Test
  void projectsFromAFileOnePerLine() throws IOException {
    Path f = dir.resolve("projects.jsonl");
    Files.writeString(f, "# two projects\n"
        + "{\"title\": \"Trial\", \"uses-healthcare\": true, \"health-aim\": true,"
        + " \"permits\": [\"lakemedelsverket\"]}\n\n"
        + "{\"title\": \"Survey\", \"health-aim\": true}\n", StandardCharsets.UTF_8);
    assertEquals(0, run("classify", "--file", f.toString(), "--ruleset", "pm-2024",
        "--format", "markdown"));
    assertTrue(out().contains("| Trial | pm-2024 | yes |  |\n"), out());
    assertTrue(out().contains("| Survey | pm-2024 | **no** |"), out());
  }

  @Test
  void aJsonArrayFileWorksToo() throws IOException {
    Path f = dir.resolve("projects.json");
    Files.writeString(f, "[{\"title\": \"A\", \"uses-healthcare\": true, \"health-aim\": true}]",
        StandardCharsets.UTF_8);
    assertEquals(0, run("classify", "--file", f.toString(), "--ruleset", "alf-2014"));
    assertTrue(out().contains("A under alf-2014: clinical research"), out());
  }

  @Test
  void badInputIsOneLine() throws IOException {
    assertEquals(2, run("classify"));
    assertTrue(err().startsWith("alf: classify: no project: describe one with --title"), err());
    assertEquals(2, run("classify", "--example", "genomics"));
    assertEquals("alf: classify: --example must be one of health-data, healthcare-organisation,"
        + " cell-handling, drug-trial, translational-animal or all, was 'genomics'\n", err());
    assertEquals(2, run("classify", "--health-aim", "--permit", "fda"));
    assertEquals("alf: classify: --permit must be one of lakemedelsverket,"
        + " etikprovningsmyndigheten, djurforsoksetisk-namnd, was 'fda'\n", err());
    assertEquals(2, run("classify", "--health-aim=yes"));
    assertEquals("alf: classify: option --health-aim takes no value, was given 'yes'"
        + " (alf classify --help)\n", err());
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(f, "{\"title\": \"A\",\n", StandardCharsets.UTF_8);
    assertEquals(2, run("classify", "--file", f.toString()));
    assertTrue(err().startsWith("alf: classify: --file " + f + ": line 1: line 1, column "),
        err());
    assertEquals(1, err().lines().count());
  }
}
