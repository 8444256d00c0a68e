package se.alf.rules.report;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.RuleSet;
import se.alf.rules.compare.AmountComparison;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.compare.Standing;

/**
 * The renderings of a {@link MultiComparison}, as sections in the same order in every format: the
 * national totals under each rule set, each region's totals over the period and its difference
 * under each other rule set against the first, the winners and losers, what the figures rest on;
 * in full, each region's total per year under each rule set.
 */
final class MultiFormat {

  private MultiFormat() {}

  static List<Section> sections(MultiComparison m, boolean plain, Detail detail) {
    List<Section> out = new ArrayList<>(List.of(national(m, plain), regions(m, plain),
        standings(m, plain), basis(m, plain)));
    if (detail == Detail.FULL) {
      out.add(perYear(m, plain));
    }
    return out;
  }

  static String text(MultiComparison m, Detail detail) {
    StringBuilder s = new StringBuilder();
    s.append("Comparison of ").append(m.ruleSets().size()).append(" rule sets, each against the"
        + " first\n");
    for (RuleSet r : m.ruleSets()) {
      s.append(r == m.first() ? "  first: " : "         ").append(r.id()).append(" (")
          .append(r.title()).append(")\n");
    }
    Comparison c = m.comparisons().get(0);
    s.append("Scenario: ").append(c.scenario().name()).append(c.scenario().description()
        .isEmpty() ? "" : " (" + c.scenario().description() + ")").append('\n')
        .append("Years: ").append(c.from()).append("–").append(c.to())
        .append(". Differences = each rule set − ").append(m.first().id()).append(".\n");
    sections(m, false, detail).forEach(x -> x.text(s));
    if (detail == Detail.SUMMARY) {
      s.append("\nEach region's total per year under each rule set is left out: render with"
          + " Detail.FULL (alf compare --detail); each pair's own detail: render(m.against(id),"
          + " Detail.FULL) (alf compare FIRST OTHER --detail).\n");
    }
    return s.toString();
  }

  static String markdown(MultiComparison m, Detail detail) {
    StringBuilder s = new StringBuilder("# Comparison of ").append(m.ruleSets().size())
        .append(" rule sets\n\n");
    for (RuleSet r : m.ruleSets()) {
      s.append("- ").append(r == m.first() ? "First" : "Against it").append(": **")
          .append(MarkdownFormat.cell(r.id())).append("**, ")
          .append(MarkdownFormat.cell(r.title())).append('\n');
    }
    Comparison c = m.comparisons().get(0);
    s.append("- Scenario: **").append(MarkdownFormat.cell(c.scenario().name())).append("**\n")
        .append("- Years: ").append(c.from()).append("–").append(c.to())
        .append("\n- Differences = each rule set − ").append(MarkdownFormat.cell(m.first().id()))
        .append('\n');
    sections(m, false, detail).forEach(x -> x.markdown(s));
    return s.toString();
  }

  private static Section national(MultiComparison m, boolean plain) {
    String title = "National totals paid to the regions";
    if (plain) {
      Table t = new Table("year", "rule_set", "total", "difference");
      for (Year y : m.years()) {
        ImmutableList<Sek> totals = m.nationalTotals(y);
        for (int i = 0; i < totals.size(); i++) {
          t.row(y.toString(), m.ruleSets().get(i).id(), totals.get(i).toPlainString(),
              totals.get(i).minus(totals.get(0)).toPlainString());
        }
      }
      return new Section("national", title, t, List.of());
    }
    List<String> header = new ArrayList<>(List.of("Year"));
    m.ruleSets().forEach(r -> header.add(r.id()));
    Table t = Table.aligned("L" + "R".repeat(header.size() - 1), header.toArray(new String[0]));
    List<List<Sek>> columns = new ArrayList<>();
    m.ruleSets().forEach(r -> columns.add(new ArrayList<>()));
    for (Year y : m.years()) {
      ImmutableList<Sek> totals = m.nationalTotals(y);
      List<String> row = new ArrayList<>(List.of(y.toString()));
      for (int i = 0; i < totals.size(); i++) {
        row.add(Texts.money(totals.get(i)));
        columns.get(i).add(totals.get(i));
      }
      t.row(row.toArray(new String[0]));
    }
    if (m.years().size() > 1) {
      List<String> row = new ArrayList<>(List.of(period(m)));
      columns.forEach(col -> row.add(Texts.money(Sek.sum(col))));
      t.row(row.toArray(new String[0]));
    }
    return new Section("national", title, t, List.of());
  }

  private static Section regions(MultiComparison m, boolean plain) {
    String title = "Totals per region over " + period(m) + ": the first rule set's, and each"
        + " other's difference against it";
    if (plain) {
      Table t = new Table("region", "rule_set", "total", "difference");
      for (AlfRegion region : AlfRegion.values()) {
        AmountComparison first = m.comparisons().get(0).summary().totalOverPeriod(region);
        t.row(region.displayName(), m.first().id(), first.left().toPlainString(), "0.00");
        for (Comparison c : m.comparisons()) {
          AmountComparison a = c.summary().totalOverPeriod(region);
          t.row(region.displayName(), c.right().id(), a.right().toPlainString(),
              a.difference().toPlainString());
        }
      }
      return new Section("regions", title, t, List.of());
    }
    List<String> header = new ArrayList<>(List.of("Region", m.first().id()));
    m.comparisons().forEach(c -> header.add(c.right().id() + " − " + m.first().id()));
    Table t = Table.aligned("L" + "R".repeat(header.size() - 1), header.toArray(new String[0]));
    for (AlfRegion region : AlfRegion.values()) {
      List<String> row = new ArrayList<>(List.of(region.displayName()));
      row.add(Texts.money(m.comparisons().get(0).summary().totalOverPeriod(region).left()));
      for (Comparison c : m.comparisons()) {
        row.add(Texts.signed(c.summary().totalOverPeriod(region).difference()));
      }
      t.row(row.toArray(new String[0]));
    }
    return new Section("regions", title, t, List.of());
  }

  private static Section standings(MultiComparison m, boolean plain) {
    Table t = plain ? new Table("rule_set", "rank", "region", "first", "total", "difference",
        "outcome")
        : Table.aligned("LRLRL", "Rule set", "Rank", "Region", "Difference", "Outcome");
    for (Comparison c : m.comparisons()) {
      int rank = 1;
      for (Standing st : m.standings(c.right().id())) {
        if (plain) {
          t.row(st.ruleSetId(), String.valueOf(rank++), st.region().displayName(),
              st.first().toPlainString(), st.other().toPlainString(),
              st.difference().toPlainString(), st.outcome().name());
        } else {
          t.row(st.ruleSetId(), String.valueOf(rank++), st.region().displayName(),
              Texts.signed(st.difference()), outcome(st.outcome()));
        }
      }
    }
    return new Section("standings", "Winners and losers against " + m.first().id()
        + ", over " + period(m) + ", largest gain first", t, List.of());
  }

  private static Section basis(MultiComparison m, boolean plain) {
    return SummaryTables.basis(m.stamp().provenance(), plain); // every value any side read
  }

  private static Section perYear(MultiComparison m, boolean plain) {
    Table t;
    if (plain) {
      t = new Table("region", "year", "rule_set", "total", "difference");
    } else {
      List<String> header = new ArrayList<>(List.of("Region", "Year"));
      m.ruleSets().forEach(r -> header.add(r.id()));
      t = Table.aligned("LL" + "R".repeat(m.ruleSets().size()), header.toArray(new String[0]));
    }
    for (AlfRegion region : AlfRegion.values()) {
      for (Year y : m.years()) {
        ImmutableList<Sek> totals = m.totals(region, y);
        if (plain) {
          for (int i = 0; i < totals.size(); i++) {
            t.row(region.displayName(), y.toString(), m.ruleSets().get(i).id(),
                totals.get(i).toPlainString(), totals.get(i).minus(totals.get(0))
                    .toPlainString());
          }
        } else {
          List<String> row = new ArrayList<>(List.of(region.displayName(), y.toString()));
          totals.forEach(x -> row.add(Texts.money(x)));
          t.row(row.toArray(new String[0]));
        }
      }
    }
    return new Section("totals", "Each region's total per year under each rule set", t,
        List.of());
  }

  private static String outcome(Standing.Outcome o) {
    return switch (o) {
      case WINS -> "wins";
      case LOSES -> "loses";
      case UNCHANGED -> "unchanged";
    };
  }

  private static String period(MultiComparison m) {
    Year from = m.years().get(0);
    Year to = m.years().get(m.years().size() - 1);
    return from.equals(to) ? from.toString() : from + "–" + to;
  }
}
