package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.research.ResearchProjects;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;
import se.alf.rules.backtest.Backtest;
import se.alf.rules.compare.Comparison;
import se.alf.rules.provenance.Stamp;

/**
 * Issue 10 §4 on the command line: text and Markdown end with the result's stamp and provenance
 * score; CSV writes them to standard error, never into the table.
 */
class StampCliTest extends CliTestSupport {

  private static final Stamp ALLOCATION = RuleSets.proposal2024()
      .allocate(Scenarios.published(), Year.of(2027)).stamp();

  @Test
  void allocateEndsWithTheStampOfTheAllocationItPrinted() {
    assertEquals(0, run("allocate", "pm-2024", "2027"));
    List<String> lines = out().lines().toList();
    assertEquals(ALLOCATION.lines(), lines.subList(lines.size() - 2, lines.size()));
    assertEquals("", lines.get(lines.size() - 3));
    assertTrue(lines.get(lines.size() - 2).startsWith("Stamp: alf " + Stamp.alfVersion()
        + " · pm-2024 · sha256 "), out());
    // Markdown: the two lines as two paragraphs.
    assertEquals(0, run("allocate", "pm-2024", "2027", "--format", "markdown"));
    assertTrue(out().endsWith("\n" + ALLOCATION.line() + "\n\n" + ALLOCATION.provenance().score()
        + "\n"), out());
  }

  @Test
  void csvWritesTheStampToStandardErrorWithTheProvenanceLine() {
    assertEquals(0, run("allocate", "pm-2024", "2027", "--format", "csv"));
    assertFalse(out().contains("sha256") || out().contains("Stamp"), out());
    assertEquals(List.of("alf: allocate: " + ALLOCATION.provenance().line(),
        "alf: allocate: " + ALLOCATION.line(), "alf: allocate: " + ALLOCATION.provenance().score()),
        err().lines().toList());
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2027", "2027", "--format", "csv"));
    assertFalse(out().contains("sha256"), out());
    assertTrue(err().contains("alf: compare: Stamp: alf "), err());
    assertEquals(0, run("backtest", "--format", "csv"));
    assertFalse(out().contains("sha256"), out());
    Stamp backtest = Backtest.run(RuleSets.alf2014(), Scenarios.published()).stamp();
    assertEquals(List.of("alf: backtest: " + backtest.provenance().line(),
        "alf: backtest: " + backtest.line(), "alf: backtest: " + backtest.provenance().score()),
        err().lines().toList());
  }

  @Test
  void compareAndBacktestEndWithTheirStamps() {
    // compare classifies every cited example project unless told otherwise: so does this one.
    Stamp compare = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
        .withProjects(ResearchProjects.all())
        .over(Scenarios.published(), Year.of(2026), Year.of(2027)).stamp();
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2026", "2027"));
    assertTrue(out().endsWith("\n\n" + String.join("\n", compare.lines()) + "\n"), out());
    // The first line's counts are the footer's: the same values read.
    assertTrue(out().startsWith(compare.provenance().line() + "\n"), out());
    assertEquals(0, run("backtest"));
    Stamp backtest = Backtest.run(RuleSets.alf2014(), Scenarios.published()).stamp();
    assertTrue(out().endsWith("\n\n" + String.join("\n", backtest.lines()) + "\n"), out());
  }
}
