package se.alf.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.research.ResearchProjects;
import se.alf.rules.Finding;
import se.alf.rules.Keys;
import se.alf.rules.Line;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenario;
import se.alf.rules.Scenarios;
import se.alf.rules.compare.Change;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.ParameterDifference;
import se.alf.rules.compare.ParameterValue;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Parameters;
import se.alf.source.Citation;

/**
 * The sections of the text and Markdown renderings, line by line, for 2026 on the published
 * scenario: the 2014 agreement against the proposal, the proposal against the 2014 agreement (a
 * condition only on the left), and the 2014 agreement against itself (nothing differs).
 */
class RenderingDetailTest {

  private static Comparison compare(String left, String right, Scenario s, int from, int to) {
    return Comparison.of(RuleSets.byId(left), RuleSets.byId(right))
        .withProjects(ResearchProjects.all()).over(s, Year.of(from), Year.of(to));
  }

  private static final Comparison C = compare("alf-2014", "pm-2024", Scenarios.published(),
      2026, 2026);

  /** The cells of the text line that starts with {@code start}, split on two or more spaces. */
  private static List<String> textRow(String text, String start) {
    String line = text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
        () -> new AssertionError("no line " + start + " in\n" + text));
    return Arrays.asList(line.strip().split(" {2,}"));
  }

  @Test
  void textNationalTotalsRegionLinesParametersStatementsAndVerdicts() {
    String t = Format.TEXT.render(C, Detail.FULL);
    assertTrue(t.contains("\nScenario: published (published figures with sources; labelled"
        + " assumptions where nothing is published)\n"), t);
    // Education: 9 138 HST (the seven assumed minimums) × 79 547 kr = 726 900 486 kr; the
    // proposal: 9 223 HST (Örebro 800, not 715, from 2026: PM 6.1.2) × 128 492 kr (the raised
    // rate from 2026, PM 6.2.1) = 1 185 081 716 kr; the difference 458 181 230 kr.
    assertEquals(List.of("2026", "Education (utbildning)", "726 900 486,00 kr",
        "1 185 081 716,00 kr", "+458 181 230,00 kr"), textRow(t, "  2026  Education"));
    // The assumed appropriation, 1 750 MSEK, on both sides; nothing graded undermålig, so
    // nothing returned. Total: education + research 1 750 000 000 + supplement 0.
    assertEquals(List.of("2026", "Research appropriation (anslag)", "1 750 000 000,00 kr",
        "1 750 000 000,00 kr", "0,00 kr"), textRow(t, "  2026  Research appropriation"));
    assertEquals(List.of("2026", "Returned to the state", "0,00 kr", "0,00 kr", "0,00 kr"),
        textRow(t, "  2026  Returned to the state"));
    assertEquals(List.of("2026", "Total", "2 476 900 486,00 kr", "2 935 081 716,00 kr",
        "+458 181 230,00 kr"), textRow(t, "  2026  Total"));
    // Every line of a region's block carries its label with the Swedish term.
    for (String label : List.of("Minimum students (minsta antal HST)",
        "Compensated students (ersatta HST)", "Education (utbildning)",
        "Research base (basbelopp)", "Research quality (kvalitet)", "Supplement (tillägg)")) {
      assertTrue(t.contains("\n  " + label + "  "), label);
    }
    // Örebro: the minimum 715 → 800 (PM 6.1.2), +85 HST.
    assertEquals("+85 HST",
        textRow(t.substring(t.indexOf("\nÖrebro, 2026\n")), "  Minimum students").get(3));
    // PM 6.2.1: the raised rate applies from 2026; the 2014 rule set has no such parameter.
    assertTrue(t.contains("\n  education.raise-from: only in pm-2024\n    alf-2014: (none)\n"
        + "    pm-2024: 2026 [2015-01-01, …) (PM U2024/01035 6.2.1"), t);
    // PM 5.3.2 (VIL) only in the proposal; the national body changed (PM 7.7: GUNS).
    assertTrue(t.contains("\n  vil: only in pm-2024\n    pm-2024: Work-integrated learning"), t);
    assertTrue(t.contains("\n  governance.national-body: changed\n    alf-2014: A national"
        + " steering group (nationell styrgrupp)"), t);
    assertTrue(t.contains("\n    pm-2024: A new group for follow-up and national cooperation,"
        + " GUNS"), t);
    // PM 7.2: clinical research needs a permit. The drug trial holds one (Läkemedelsverket);
    // the health-data study holds none, so the proposal's verdict changes, decided by "permit".
    assertTrue(t.contains("\nClinical research (klinisk forskning), verdicts on 5 project(s)\n"));
    assertEquals(List.of("Clinical drug trial", "clinical research", "clinical research", "no"),
        textRow(t, "  Clinical drug trial "));
    assertEquals(List.of("Clinically relevant health-data research", "clinical research",
        "NOT clinical research", "yes", "permit"),
        textRow(t, "  Clinically relevant health-data research "));
    assertTrue(t.contains("\n  Clinically relevant health-data research, permit: pm-2024"
        + " [failed] requires a permit"), t);
    assertTrue(t.contains("\nSources (4)\n  ALF 2014: "), t);
  }

  @Test
  void textWithTheConditionOnTheLeftAndWithNothingDiffering() {
    String reversed = Format.TEXT.render(compare("pm-2024", "alf-2014", Scenarios.published(),
        2026, 2026), Detail.FULL);
    // The permit clause is the left side's now: "<left> <result>; " and no right part.
    assertTrue(reversed.contains("\n  Clinically relevant health-data research, permit: pm-2024"
        + " [failed] requires a permit"), reversed);
    assertTrue(reversed.contains("(PM U2024/01035 7.2 (Region Västerbotten, remissvar)); \n"),
        reversed);
    String self = Format.TEXT.render(compare("alf-2014", "alf-2014", Scenarios.published(),
        2026, 2026), Detail.FULL);
    assertTrue(self.contains("\nParameters that differ (0)\n\nStatements that differ (0)\n"),
        self);
    assertEquals(List.of("Clinical drug trial", "clinical research", "clinical research", "no"),
        textRow(self, "  Clinical drug trial "));
    assertFalse(self.contains("Warnings"), self);
  }

  @Test
  void warningsComeFirstInBothRenderings() {
    // The caller's appropriation for 2027 only: both sides read the assumption around it in 2026
    // and 2028 (SilentWrongAnswersTest), and each rendering lists the warnings before the figures.
    Scenario s = Scenarios.published().with("mine", Parameters.builder().putYear(
        Keys.RESEARCH_APPROPRIATION, Year.of(2027), Sek.ofKronor(1_800_000_000L),
        Basis.ASSUMPTION, Citation.of("my estimate", "1")).build());
    Comparison c = compare("alf-2014", "pm-2024", s, 2026, 2028);
    assertFalse(c.warnings().isEmpty());
    String t = Format.TEXT.render(c, Detail.FULL);
    String md = Format.MARKDOWN.render(c, Detail.FULL);
    assertTrue(t.contains("\nWarnings (" + c.warnings().size() + "): read these before the"
        + " figures\n"), t);
    assertTrue(md.contains("\n**Warnings** (read these before the figures):\n\n"), md);
    for (Finding w : c.warnings()) {
      assertTrue(t.contains("\n  " + w.check() + ": " + w.message() + "\n"), t);
      assertTrue(md.contains("\n- `" + w.check() + "`: " + MarkdownFormat.cell(w.message())
          + "\n"), md);
      assertTrue(t.indexOf(w.message()) < t.indexOf("\nStockholm, 2026\n"));
    }
  }

  @Test
  void markdownSections() {
    String md = Format.MARKDOWN.render(C, Detail.FULL);
    assertTrue(md.contains("\n- Scenario: **published**, published figures with sources;"), md);
    assertTrue(md.contains("\n| 2026 | Education (utbildning) | 726 900 486,00 kr |"
        + " 1 185 081 716,00 kr | +458 181 230,00 kr |\n"), md);
    assertTrue(md.contains("\n| 2026 | Research appropriation (anslag) | 1 750 000 000,00 kr |"
        + " 1 750 000 000,00 kr | 0,00 kr |\n"), md);
    assertTrue(md.contains("\n| 2026 | Returned to the state | 0,00 kr | 0,00 kr | 0,00 kr |\n"));
    assertTrue(md.contains("\n| 2026 | Total | 2 476 900 486,00 kr | 2 935 081 716,00 kr |"
        + " +458 181 230,00 kr |\n"), md);
    assertTrue(md.contains("\n## Parameters that differ\n\n| Parameter | Change | alf-2014 |"
        + " pm-2024 |\n"), md);
    assertTrue(md.contains("\n| `education.raise-from` year the raised rate per full-year"
        + " student applies from | only in pm-2024 | — | 2026 [2015-01-01, …) (PM U2024/01035"
        + " 6.2.1"), md);
    // Two values on one side, one per line.
    assertTrue(md.contains(" (Vetenskapsrådet, utvärderingar inom ALF)<br>4 [2026-01-01, …)"), md);
    assertTrue(md.contains("\n## Statements that differ\n\n### `cooperation` (only in pm-2024)"
        + "\n\n- **pm-2024**: The agreement should give incentives for cooperation"), md);
    assertTrue(md.contains("\n### `governance.national-body` (changed)\n\n- **alf-2014**: A"
        + " national steering group"), md);
    assertTrue(md.contains("\n- **pm-2024**: A new group for follow-up and national cooperation,"
        + " GUNS"), md);
    // The drug trial meets the permit clause; the health-data study fails it, decisively.
    assertTrue(md.contains("\n| Clinical drug trial | clinical research | clinical research | no"
        + " | permit (only in pm-2024; pm-2024: met, the project holds Läkemedelsverket"), md);
    assertTrue(md.contains("\n| Clinically relevant health-data research | clinical research |"
        + " NOT clinical research | **yes** | **permit** (decisive, only in pm-2024; pm-2024:"
        + " failed, the project holds no permit from Läkemedelsverket or"
        + " Etikprövningsmyndigheten [PM U2024/01035 7.2"), md);
    // Örebro's block: PM 6.1.2, 715 → 800.
    assertTrue(md.substring(md.indexOf("\n## Örebro\n")).contains("\n| 2026 | Minimum students"
        + " (minsta antal HST) | 715 HST | 800 HST | +85 HST | "), md);
    assertTrue(md.contains("\n## Assumptions\n\n1. `"), md);
    assertTrue(md.contains(". `research.appropriation` = 1 750 000 000,00 kr [2016-01-01, …) —"
        + " alf assumption research appropriation. No appropriation is published"), md);
    assertTrue(md.contains("\n## Sources\n\n- **ALF 2014**: "), md);
    String reversed = Format.MARKDOWN.render(compare("pm-2024", "alf-2014",
        Scenarios.published(), 2026, 2026), Detail.FULL);
    assertTrue(reversed.contains("**permit** (decisive, only in pm-2024; pm-2024: failed, the"
        + " project holds no permit"), reversed);
    String self = Format.MARKDOWN.render(compare("alf-2014", "alf-2014", Scenarios.published(),
        2026, 2026), Detail.FULL);
    assertTrue(self.contains("\n## Parameters that differ\n\nNone.\n"), self);
    assertTrue(self.contains("\n## Statements that differ\n\nNone.\n"), self);
    assertFalse(self.contains("Warnings"), self);
  }

  @Test
  void footnoteReferencesRunsAndNotes() {
    Footnotes notes = new Footnotes(C);
    ImmutableList<ParameterRead> a = notes.assumptions();
    assertTrue(a.size() >= 10);
    assertEquals(1, notes.number(a.get(0)));
    assertEquals(10, notes.number(a.get(9)));
    // Numbers 1, 2, 3, 5, 6, 8 (given out of order, 1 twice): a run of three with a dash, a
    // pair with a comma, a single.
    assertEquals("1–3, 5, 6, 8", notes.refs(List.of(a.get(7), a.get(0), a.get(1), a.get(2),
        a.get(4), a.get(5), a.get(0))));
    assertEquals("2", notes.refs(List.of(a.get(1))));
    assertEquals("", notes.refs(List.of()));
    // The research appropriation's note: value, range, source and the reason for the figure.
    ParameterRead r = a.stream().filter(x -> x.id().equals("research.appropriation")).findFirst()
        .orElseThrow();
    assertTrue(Footnotes.note(r).startsWith("research.appropriation = 1 750 000 000,00 kr"
        + " [2016-01-01, …) — alf assumption research appropriation. No appropriation is"
        + " published"), Footnotes.note(r));
    for (Line line : Line.values()) {
      assertFalse(Footnotes.label(line).isBlank(), line.name());
    }
    assertEquals("Total", Footnotes.label(Line.TOTAL));
  }

  @Test
  void aParameterReDatedWithTheSameValuesSaysSo() {
    Citation x = Citation.of("x", "1");
    LocalDate y2015 = LocalDate.of(2015, 1, 1);
    LocalDate y2026 = LocalDate.of(2026, 1, 1);
    ImmutableList<ParameterValue> whole = ImmutableList.of(
        new ParameterValue(y2015, Optional.empty(), 4, Basis.AGREEMENT, x));
    ImmutableList<ParameterValue> cut = ImmutableList.of(
        new ParameterValue(y2015, Optional.of(y2026), 4, Basis.AGREEMENT, x),
        new ParameterValue(y2026, Optional.empty(), 4, Basis.AGREEMENT, x));
    ImmutableList<ParameterValue> raised = ImmutableList.of(
        new ParameterValue(y2015, Optional.empty(), 5, Basis.AGREEMENT, x));
    // The same 4 on every date, cut into two ranges: recited, not a change (and refused as one).
    assertEquals("same values, cited differently", Footnotes.describe(
        new ParameterDifference("k", "d", Change.RECITED, whole, cut), "l", "r"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> new ParameterDifference("k", "d", Change.CHANGED, whole, cut));
    assertEquals("changed", Footnotes.describe(
        new ParameterDifference("k", "d", Change.CHANGED, whole, raised), "l", "r"));
    assertEquals("only in l", Footnotes.describe(
        new ParameterDifference("k", "d", Change.ONLY_LEFT, whole, ImmutableList.of()), "l", "r"));
  }
}
