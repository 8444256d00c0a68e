package se.alf.rules.report;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.AmountComparison;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.ComparisonSummary;
import se.alf.rules.compare.Driver;
import se.alf.rules.compare.MoneyLine;
import se.alf.rules.compare.NationalComparison;
import se.alf.rules.provenance.Provenance;

/**
 * The summary of a comparison as sections, the same in every format: national totals, the region
 * × year table of the difference in totals, the drivers, what the figures rest on, what else
 * differs. For a reader ({@code plain} false) cells are in Swedish style and the region table is a
 * matrix; for CSV ({@code plain} true) cells are plain numbers and every table is long (one row
 * per observation) with a {@code rounding} column where a reader sees {@code (r)}.
 */
final class SummaryTables {

  /** Marks a difference of one öre in a reader's table. */
  static final String ROUNDING_MARK = " (r)";

  private SummaryTables() {}

  /** The summary's sections; the region × year table has the rows of {@code shown} only. */
  static List<Section> sections(Comparison c, boolean plain, Set<AlfRegion> shown) {
    ComparisonSummary s = c.summary();
    return List.of(national(c, s, plain), regions(c, s, plain, shown), drivers(s, plain),
        basis(s, plain), others(c, plain));
  }

  /** The note on differences of one öre, or empty if there are none. */
  static List<String> roundingNote(ComparisonSummary s) {
    if (!s.hasRoundingDifferences()) {
      return List.of();
    }
    List<String> where = new ArrayList<>();
    if (!s.roundingDifferences().isEmpty()) {
      where.add(s.roundingDifferences().size() + " line(s) of a region and year");
    }
    if (s.nationalRoundingDifferences() > 0) {
      where.add(s.nationalRoundingDifferences() + " national figure(s)");
    }
    return List.of("(r) A difference of one öre is rounding, not a change: each side is rounded"
        + " to the öre, so two amounts equal before rounding can part by one öre. Here "
        + String.join(" and ", where) + " differ by rounding only; the detail marks them (r)"
        + " and keeps them exact.");
  }

  private static Section national(Comparison c, ComparisonSummary s, boolean plain) {
    Table t = plain ? new Table("year", "left", "right", "difference", "rounding")
        : Table.aligned("LRRR", "Year", c.leftLabel(), c.rightLabel(), "Difference");
    for (NationalComparison n : s.national()) {
      amounts(t, n.year().toString(), n.paidToRegions(), plain);
    }
    if (!plain && c.years().size() > 1) {
      amounts(t, period(c), s.nationalOverPeriod(), false);
    }
    return new Section("national", "National totals paid to the regions", t, List.of());
  }

  private static Section regions(Comparison c, ComparisonSummary s, boolean plain,
      Set<AlfRegion> shown) {
    String title = "Difference in totals, " + c.rightLabel() + " − " + c.leftLabel()
        + ", per region and year (kr)";
    if (plain) {
      Table t = new Table("region", "year", "left", "right", "difference", "rounding");
      for (AlfRegion r : shown) {
        for (Year y : c.years()) {
          MoneyLine m = s.total(r, y);
          t.row(r.displayName(), y.toString(), m.leftAmount().toPlainString(),
              m.rightAmount().toPlainString(), m.differenceAmount().toPlainString(),
              m.isRoundingDifference() ? "yes" : "");
        }
      }
      return new Section("regions", title, t, List.of());
    }
    boolean sum = c.years().size() > 1;
    List<String> header = new ArrayList<>(List.of("Region"));
    c.years().forEach(y -> header.add(y.toString()));
    if (sum) {
      header.add(period(c));
    }
    Table t = Table.aligned("L" + "R".repeat(header.size() - 1), header.toArray(new String[0]));
    for (AlfRegion r : shown) {
      List<String> row = new ArrayList<>(List.of(r.displayName()));
      c.years().forEach(y -> row.add(signed(s.total(r, y).differenceAmount(),
          s.total(r, y).isRoundingDifference())));
      if (sum) {
        row.add(signed(s.totalOverPeriod(r).difference(), false));
      }
      t.row(row.toArray(new String[0]));
    }
    List<String> all = new ArrayList<>(List.of("All regions"));
    s.national().forEach(n -> all.add(signed(n.paidToRegions().difference(),
        n.paidToRegions().isRoundingDifference())));
    if (sum) {
      all.add(signed(s.nationalOverPeriod().difference(), false));
    }
    t.row(all.toArray(new String[0]));
    return new Section("regions", title, t, List.of());
  }

  private static Section drivers(ComparisonSummary s, boolean plain) {
    Table t = plain ? new Table("line", "net", "gross", "changes", "of")
        : Table.aligned("LRRR", "Line", "Net difference", "Gross (sum of |difference|)",
            "Region-years changed");
    for (Driver d : s.drivers()) {
      if (plain) {
        t.row(d.line().name(), d.net().toPlainString(), d.gross().toPlainString(),
            String.valueOf(d.changes()), String.valueOf(d.of()));
      } else {
        // a line with öre of rounding only: marked, so the nets add up to the total's
        t.row(Footnotes.label(d.line()), Texts.signed(d.net())
            + (d.changes() == 0 ? ROUNDING_MARK : ""), Texts.money(d.gross()),
            d.changes() + " of " + d.of());
      }
    }
    List<String> notes = s.drivers().isEmpty() && !plain
        ? List.of("None: no line differs by more than rounding in any region and year.")
        : List.of();
    return new Section("drivers", "What drives the difference: each line over every region and"
        + " year, largest first", t, notes);
  }

  private static Section basis(ComparisonSummary s, boolean plain) {
    return basis(s.provenance(), plain);
  }

  /** What the figures rest on: the values read, counted by basis. */
  static Section basis(Provenance p, boolean plain) {
    Table t = plain ? new Table("basis", "values")
        : Table.aligned("LR", "Basis", "Values");
    t.row(plain ? "AGREEMENT_OR_PUBLISHED" : "Agreement text or published figure",
        String.valueOf(p.agreementOrPublished()));
    t.row(plain ? "ASSUMPTION" : "Assumption (labelled, not a fact)",
        String.valueOf(p.assumptions()));
    t.row(plain ? "INPUT" : "Your input", String.valueOf(p.inputs()));
    return new Section("basis", "What the figures rest on: the values read, by basis", t,
        List.of());
  }

  private static Section others(Comparison c, boolean plain) {
    Table t = plain ? new Table("item", "differ", "of")
        : Table.aligned("LR", "Item", "Differ");
    row(t, plain, "PARAMETERS", "Parameters (values)", c.parameterDifferences().size(), -1);
    row(t, plain, "PARAMETERS_RECITED", "Parameters with the same values, cited differently",
        c.recitedParameters().size(), -1);
    if (c.isOfScenarios()) {
      row(t, plain, "SCENARIO_INPUTS", "Scenario inputs", c.inputDifferences().size(), -1);
    }
    row(t, plain, "STATEMENTS", "Statements", c.statementDifferences().size(), -1);
    if (!c.verdicts().isEmpty()) {
      row(t, plain, "VERDICTS", "Verdicts on research projects", c.changedVerdicts().size(),
          c.verdicts().size());
    }
    return new Section("others", "What else differs (listed in the detail)", t, List.of());
  }

  private static void row(Table t, boolean plain, String id, String label, int n, int of) {
    if (plain) {
      t.row(id, String.valueOf(n), of < 0 ? "" : String.valueOf(of));
    } else {
      t.row(label, of < 0 ? String.valueOf(n) : n + " of " + of);
    }
  }

  private static void amounts(Table t, String first, AmountComparison a, boolean plain) {
    if (plain) {
      t.row(first, a.left().toPlainString(), a.right().toPlainString(),
          a.difference().toPlainString(), a.isRoundingDifference() ? "yes" : "");
    } else {
      t.row(first, Texts.money(a.left()), Texts.money(a.right()),
          Texts.signed(a.difference()) + (a.isRoundingDifference() ? ROUNDING_MARK : ""));
    }
  }

  /** A signed amount without its unit, e.g. {@code "+1 000,00"}, marked if it is rounding. */
  static String signed(Sek amount, boolean rounding) {
    String s = Texts.signed(amount);
    return (s.endsWith(" kr") ? s.substring(0, s.length() - 3) : s)
        + (rounding ? ROUNDING_MARK : "");
  }

  static String period(Comparison c) {
    return c.from().equals(c.to()) ? c.from().toString() : c.from() + "–" + c.to();
  }

  static ImmutableList<String> ids(List<Section> sections) {
    return sections.stream().map(Section::id).collect(ImmutableList.toImmutableList());
  }
}
