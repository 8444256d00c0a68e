package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AllocateCommandTest extends CliTestSupport {

  private String row(String text, String region) {
    return text.lines().filter(l -> l.startsWith(region)).findFirst().orElseThrow(
        () -> new AssertionError("no row " + region + " in\n" + text));
  }

  @Test
  void orebroUnderTheProposalIn2027HasTheMinimumOf2026TimesTwelveElevenths() {
    assertEquals(0, run("allocate", "pm-2024", "2027"));
    assertEquals("", err());
    String text = out();
    // First the provenance line, then the title.
    assertTrue(text.startsWith("Provenance: "), text);
    assertTrue(text.lines().skip(1).findFirst().orElseThrow()
        .startsWith("Allocation under pm-2024 ("), text);
    assertTrue(text.contains("Scenario: published ("), text);
    // The published scenario assumes Örebro trains 800 full-year students in 2026; the proposal
    // aligns the minimum from 2027 to that × 12/11 (term 12): 9600/11 = 872,7272… ≈ 872,73,
    // written with a decimal comma as compare writes it (issue 8: one way to format a value).
    String orebro = row(text, "Örebro");
    assertTrue(orebro.contains("9600/11 ≈ 872,73*"), orebro);
    // Education: the assumed raised rate 128 492 kr × 9600/11 = 1 233 523 200/11 kr
    // = 112 138 472,727… kr, to the öre.
    assertTrue(orebro.contains("112 138 472,73 kr*"), orebro);
    // Östergötland: 968 × 12/11 = 1056, whole, grouped as every count is ("1 056");
    // Stockholm 2130 × 12/11 = 25 560/11 ≈ 2 323,64.
    assertTrue(row(text, "Östergötland").contains(" 1 056* "), row(text, "Östergötland"));
    assertTrue(row(text, "Stockholm").contains(" 25560/11 ≈ 2 323,64* "), row(text, "Stockholm"));
  }

  @Test
  void listsTheAssumptionsWithKeyValueRangeAndNote() {
    assertEquals(0, run("allocate", "pm-2024", "2027"));
    String text = out();
    assertTrue(text.contains("* rests on at least one assumption, listed below"), text);
    int footnote = text.indexOf("\nAssumptions (not published figures");
    assertTrue(footnote > 0, text);
    String notes = text.substring(footnote);
    assertTrue(notes.contains("actual-hst.base[orebro] = 800 HST [2015-01-01, …)\n"), notes);
    assertTrue(notes.contains("800 a year without term 12 illustrates a region that trains more"
        + " than its minimum"), notes);
    assertTrue(notes.contains("education.raised-rate-per-hst = 128 492,00 kr [2015-01-01, …)"),
        notes);
    assertTrue(notes.contains("research.appropriation = 1 750 000 000,00 kr [2016-01-01, …)"),
        notes);
    // The research keys are published for 2015 only (Vetenskapsrådet); from 2016 the 2015 shares
    // are carried forward as a labelled assumption, so they are listed, from 2016 on.
    assertTrue(Pattern.compile("\\] research\\.key\\[stockholm\\] = [0-9/]+ \\[2016-01-01, …\\)\n")
        .matcher(notes).find(), notes);
    assertTrue(notes.contains("the 2015 shares of research funding (VR1804) are carried forward"),
        notes);
    assertFalse(notes.contains("[2015-01-01, 2016-01-01)"), notes);
  }

  @Test
  void underThe2014AgreementOrebroIsCompensatedForItsMinimum() {
    assertEquals(0, run("allocate", "alf-2014", "2027"));
    String orebro = row(out(), "Örebro");
    // 715 (assumed minimum) × 79 547 kr (the 2021 rate, assumed for every year) = 56 876 105 kr.
    assertTrue(orebro.contains("715*"), orebro);
    assertTrue(orebro.contains("56 876 105,00 kr*"), orebro);
  }

  @Test
  void csvHasPlainNumbersAndTheAssumptionsAsASecondTable() {
    assertEquals(0, run("allocate", "pm-2024", "2027", "--format", "csv"));
    List<String> lines = out().lines().toList();
    assertEquals("region,minimum_hst,compensated_hst,education_sek,research_base_sek,"
        + "research_quality_sek,supplement_sek,total_sek,rests_on_assumptions", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Örebro,872.73,872.73,112138472.73,")),
        out());
    int blank = lines.indexOf("");
    assertEquals(9, blank, out()); // header, 7 regions, all
    assertEquals("assumption_key,value,range,note", lines.get(blank + 1));
    // All: (2130 + 1404 + 1420 + 1226 + 1275 + 968) × 12/11 + 800 × 12/11 = (101 076 + 9600)/11
    // = 110 676/11 HST; education, per region to the öre, 1 292 816 417,46 kr (ComparisonTest);
    // + research 1 750 000 000 = 3 042 816 417,46 kr. Students as decimals: 110 676/11 =
    // 10 061,4545… → 10061.45 (half even, 2 places); Örebro's 9600/11 = 872,7272… → 872.73.
    assertTrue(lines.get(8).startsWith("all,10061.45,10061.45,1292816417.46,"), lines.get(8));
    assertTrue(lines.get(8).endsWith(",3042816417.46,true"), lines.get(8));
  }

  @Test
  void markdownIsATable() {
    assertEquals(0, run("allocate", "pm-2024", "2027", "--format=markdown"));
    assertTrue(out().startsWith("Provenance: "), out());
    assertTrue(out().contains("\n\n## Allocation under pm-2024"), out());
    assertTrue(out().contains("| ALF region | minimum HST | compensated HST |"), out());
    assertTrue(out().contains("**Assumptions.**"), out());
  }

  @Test
  void explainShowsHowTheMinimumWasDerived() {
    assertEquals(0, run("allocate", "pm-2024", "2027", "--explain", "Örebro"));
    assertTrue(out().contains("How Örebro's total was computed:\nTotal ALF, Örebro, 2027: "),
        out());
    assertTrue(out().contains("Minimum full-year students, Örebro, 2027: 9600/11 HST"), out());
    assertTrue(out().contains("Growth in full-year students with term 12: 12/11"), out());
  }

  @Test
  void aBadYearIsOneLineNamingItWithStatus2() {
    assertEquals(2, run("allocate", "pm-2024", "abc"));
    assertEquals("alf: allocate: YEAR must be a year like 2027, was 'abc'\n", err());
    assertEquals("", out());
  }

  @Test
  void anUnknownRuleSetNamesTheKnownOnes() {
    assertEquals(2, run("allocate", "pm-2042", "2027"));
    assertTrue(err().startsWith("alf: allocate: RULESET: rule set 'pm-2042' is not known;"),
        err());
    assertTrue(err().contains("alf-2014") && err().contains("pm-2024"), err());
    assertEquals(1, err().lines().count());
  }

  @Test
  void aYearBeforeTheRuleSetIsAUserError() {
    assertEquals(2, run("allocate", "alf-2014", "2010"));
    assertEquals("alf: allocate: YEAR: year 2010 is outside the years alf models, 2015 to 2100\n",
        err());
    // Issue 7 §4: 9999 printed money; now the same horizon refuses it.
    assertEquals(2, run("allocate", "alf-2014", "9999"));
    assertEquals("alf: allocate: YEAR: year 9999 is outside the years alf models, 2015 to 2100\n",
        err());
    assertEquals("", out());
  }

  @Test
  void otherBadCommandLines() {
    assertEquals(2, run("allocate", "pm-2024"));
    assertEquals("alf: allocate: expected RULESET YEAR; missing YEAR (alf allocate --help)\n",
        err());
    assertEquals(2, run("allocate", "pm-2024", "2027", "--format", "pdf"));
    assertEquals("alf: allocate: --format must be text, csv, markdown or json, was 'pdf'\n", err());
    assertEquals(2, run("allocate", "pm-2024", "2027", "--verbose"));
    assertEquals("alf: allocate: unknown option '--verbose' (alf allocate --help)\n", err());
    // A near miss gets the nearest option suggested.
    assertEquals(2, run("allocate", "pm-2024", "2027", "--expalin", "orebro"));
    assertEquals("alf: allocate: unknown option '--expalin'; did you mean --explain?"
        + " (alf allocate --help)\n", err());
    assertEquals(2, run("allocate", "pm-2024", "2027", "--explain", "gotland"));
    assertTrue(err().startsWith("alf: allocate: --explain must be an ALF region (stockholm, "),
        err());
    assertEquals(2, run("allocate", "pm-2024", "2027", "--explain", "orebro", "--format", "csv"));
    assertEquals(2, run("allocate", "pm-2024", "2027", "--format"));
    assertEquals("alf: allocate: option --format needs a value (FORMAT)\n", err());
    assertEquals(2, run("allocate", "pm-2024", "2027", "-f", "csv", "--format", "text"));
    assertEquals("alf: allocate: option --format may be given once (alf allocate --help)\n",
        err());
  }
}
