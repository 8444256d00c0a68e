package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code -r, --region} on allocate and compare: some regions' lines, national totals whole. */
class RegionOptionTest extends CliTestSupport {

  @Test
  void allocateShowsTheRegionsGivenAndTheNationalRowOfAll() {
    assertEquals(0, run("allocate", "pm-2024", "2027"));
    String all = out();
    String national = line(all, "All regions ");
    // Any case, with or without Swedish letters, by id or name; shown in AlfRegion order.
    assertEquals(0, run("allocate", "pm-2024", "2027", "-r", "ÖREBRO", "--region", "uppsala",
        "-r", "Orebro"));
    String some = out();
    assertTrue(some.contains("\nRegions shown: Uppsala, Örebro; national totals are of all 7 ALF"
        + " regions.\n"), some);
    assertEquals(line(all, "Uppsala "), line(some, "Uppsala "));
    assertEquals(line(all, "Örebro "), line(some, "Örebro "));
    assertFalse(some.contains("\nStockholm "), some);
    // The national row keeps the sums of all seven regions, labelled as national.
    assertEquals(national.replace("All regions ", "National (all 7) "),
        line(some, "National (all 7)"));
    // CSV: the rows of the regions, then the national row 'all'.
    assertEquals(0, run("allocate", "pm-2024", "2027", "-r", "vastra-gotaland", "-f", "csv"));
    List<String> rows = out().lines().takeWhile(l -> !l.isEmpty()).toList();
    assertEquals(3, rows.size(), out());
    assertTrue(rows.get(1).startsWith("Västra Götaland,"), out());
    assertTrue(rows.get(2).startsWith("all,"), out());
  }

  @Test
  void compareShowsTheRegionsGivenAndEveryNationalTotal() {
    assertEquals(0, run("compare", "--detail", "alf-2014", "pm-2024", "2027", "2028"));
    String all = out();
    assertEquals(0, run("compare", "--detail", "alf-2014", "pm-2024", "2027", "2028", "-r",
        "Västerbotten"));
    String one = out();
    assertTrue(one.contains("\nVästerbotten, 2027\n") && one.contains("\nVästerbotten, 2028\n"),
        one);
    assertFalse(one.contains("\nÖrebro, 2027\n"), one);
    assertTrue(one.contains("\nRegions shown: Västerbotten; national totals are of all 7 ALF"
        + " regions.\n"), one);
    // The national totals are those of the whole comparison, under a heading that says so.
    String heading = "\nNational totals, every line\n";
    String totals = all.substring(all.indexOf(heading) + heading.length(),
        all.indexOf("\nParameters that differ"));
    assertTrue(one.contains("\nNational totals, every line (all regions)\n" + totals), one);
    // The summary's region × year table has Västerbotten's row and the national row only.
    assertTrue(one.contains("\n  Västerbotten ") && one.contains("\n  All regions "), one);
    assertFalse(one.contains("\n  Uppsala "), one);
    assertEquals(0, run("compare", "--detail", "alf-2014", "pm-2024", "2027", "2028", "-r",
        "orebro", "-f", "csv"));
    String csv = out();
    String header = "region,year,line,left,right,difference,unit,assumption,rounding\n";
    List<String> rows = csv.substring(csv.indexOf(header)).lines()
        .takeWhile(l -> !l.isEmpty()).skip(1).toList();
    // 7 lines (2 of students, 5 of money) × 2 years.
    assertEquals(14, rows.size(), csv);
    assertTrue(rows.stream().allMatch(r -> r.startsWith("Örebro,")), csv);
    assertEquals(0, run("compare", "--detail", "alf-2014", "pm-2024", "2027", "2027", "-r",
        "orebro", "-f", "markdown"));
    assertTrue(out().contains("\n## Örebro\n") && !out().contains("\n## Uppsala\n"), out());
    assertTrue(out().contains("\n## National totals, every line (all regions)\n"), out());
  }

  /** The line starting with {@code start}, its cells one space apart (columns align per table). */
  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
        () -> new AssertionError("no line starting with '" + start + "' in\n" + text))
        .replaceAll(" +", " ");
  }
}
