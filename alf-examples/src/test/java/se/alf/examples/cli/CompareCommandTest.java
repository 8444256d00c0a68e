package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareCommandTest extends CliTestSupport {

  private static String supplementScenario() {
    return Path.of(System.getProperty("alf.jshell.script")).getParent().getParent()
        .resolve("scenarios/vasterbotten-supplement.json").toString();
  }

  @Test
  void theProposalAgainstThe2014AgreementIn2027() {
    assertEquals(0, run("compare", "--detail", "alf-2014", "pm-2024", "2027", "2027"));
    assertEquals("", err());
    String text = out();
    assertTrue(text.startsWith("Provenance: "), text);
    assertTrue(text.lines().skip(1).findFirst().orElseThrow()
        .startsWith("Comparison of alf-2014 ("), text);
    assertTrue(text.contains("Years: 2027–2027. Difference = pm-2024 − alf-2014."), text);
    assertTrue(text.contains("\nÖrebro, 2027\n"), text);
    // The cited examples are compared by default: health data loses its status under pm-2024.
    assertTrue(text.contains("verdicts on 5 project(s)"), text);
    // The health-data example holds no permit; alf-2014 asks for none, pm-2024 (7.2) asks for one
    // from Läkemedelsverket or Etikprövningsmyndigheten: clinical research under alf-2014 only,
    // changed, and the permit condition decides it.
    String healthData = text.lines()
        .filter(l -> l.startsWith("  Clinically relevant health-data research  "))
        .findFirst().orElseThrow(() -> new AssertionError("no health-data row in\n" + text));
    assertEquals(List.of("Clinically relevant health-data research", "clinical research",
        "NOT clinical research", "yes", "permit"),
        List.of(healthData.strip().split(" {2,}")), healthData);
    assertTrue(text.contains("\nAssumptions ("), text);
    assertTrue(text.contains("actual-hst.base[orebro] = 800 HST [2015-01-01, …)"), text);
  }

  @Test
  void theSummaryComesFirstAndTheDetailOnlyWithDetail() {
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2027", "2027"));
    String summary = out();
    // Issue 9 §1: one screen first; the per-region blocks only with --detail.
    assertTrue(summary.contains("\nNational totals paid to the regions\n"), summary);
    assertFalse(summary.contains("\nÖrebro, 2027\n"), summary);
    assertTrue(summary.contains("(alf compare --detail)"), summary);
    assertTrue(summary.lines().count() < 70, summary.lines().count() + " lines:\n" + summary);
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2027", "2027", "-d"));
    assertTrue(out().startsWith(summary.substring(0, summary.indexOf("The detail ("))), out());
    assertTrue(out().contains("\nÖrebro, 2027\n"), out());
  }

  @Test
  void csvHasTheSummaryThenARowPerRegionYearAndLineThenTheAssumptions() {
    assertEquals(0, run("compare", "--detail", "alf-2014", "pm-2024", "2026", "2027",
        "--format", "csv", "--example", "drug-trial"));
    String csv = out(); // line ends normalised to \n
    // Issue 9: the summary's tables first (national totals, the region × year differences, the
    // drivers, the basis counts, what else differs), each its own table, an empty line apart.
    assertTrue(csv.startsWith("year,left,right,difference,rounding\n"), csv);
    for (String header : List.of("\n\nregion,year,left,right,difference,rounding\n",
        "\n\nline,net,gross,changes,of\n", "\n\nbasis,values\n", "\n\nitem,differ,of\n")) {
      assertTrue(csv.contains(header), header + " in " + csv);
    }
    String lines = "\n\nregion,year,line,left,right,difference,unit,assumption,rounding\n";
    int start = csv.indexOf(lines);
    assertTrue(start > 0, csv);
    int blank = csv.indexOf("\n\n", start + lines.length());
    assertTrue(blank > 0, csv);
    String table = csv.substring(start + 1, blank);
    // A row per region, year and line: Örebro's minimum grows by 9600/11 − 715 in 2027.
    assertTrue(table.contains("\nÖrebro,2027,MINIMUM_STUDENTS,715.00,872.73,157.73,HST,"),
        table);
    assertTrue(table.contains("\nStockholm,2026,TOTAL,"), table);
    assertTrue(csv.substring(blank).startsWith("\n\nassumption_key,value,range,note\n"),
        csv.substring(blank));
  }

  @Test
  void vasterbottenNeedsItsSupplementAndSaysHowToGiveIt() {
    assertEquals(2, run("compare", "pm-2024", "vasterbotten-2024", "2026", "2026"));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith("alf: compare: reform.regionalisation-supplement"), err());
    assertTrue(err().contains("with alf, give it in a --scenario file: {\"inputs\": [{\"key\":"
        + " \"reform.regionalisation-supplement\", \"from\": 2026, \"value\": \"...\"}]}"), err());
  }

  @Test
  void vasterbottenWithTheExampleSupplement() {
    assertEquals(0, run("compare", "--detail", "pm-2024", "vasterbotten-2024", "2026", "2027",
        "--scenario", supplementScenario(), "--format", "markdown"));
    assertEquals("", err());
    // The example file's supplement is a labelled assumption, so it is footnoted.
    assertTrue(out().contains("reform.regionalisation-supplement` = 10 000 000,00 kr"), out());
    assertTrue(out().contains("vasterbotten-2024"), out());
  }

  @Test
  void badArguments() {
    assertEquals(2, run("compare", "alf-2014", "pm-2024", "2027"));
    assertEquals("alf: compare: expected LEFT RIGHT FROM TO; missing TO (alf compare --help)\n",
        err());
    assertEquals(2, run("compare", "alf-2014", "pm-2024", "2028", "2027"));
    assertEquals("alf: compare: FROM 2028 is after TO 2027\n", err());
    assertEquals(2, run("compare", "alf-2014", "pm-2024", "2027", "later"));
    assertEquals("alf: compare: TO must be a year like 2027, was 'later'\n", err());
    assertEquals(2, run("compare", "alf-2014", "x", "2027", "2027"));
    assertTrue(err().startsWith("alf: compare: RIGHT: rule set 'x' is not known; the known rule"
        + " sets are [alf-2014, pm-2024, "), err());
    assertEquals(2, run("compare", "alf-2014", "pm-2024", "2010", "2011"));
    assertEquals(1, err().lines().count(), err());
  }
}
