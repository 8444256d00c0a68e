package se.alf.rules.compare;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.provenance.Provenance;

/**
 * What to read first of a {@link Comparison}, typed: the national totals of each year, each
 * region's difference in totals per year and over the period, the lines that drive the difference,
 * and how many values of each basis (and how many assumptions) the figures rest on. Every
 * rendering of a comparison ({@code report.Format}) starts with it.
 *
 * <pre>{@code
 * ComparisonSummary s = comparison.summary();
 * s.totalOverPeriod(AlfRegion.OREBRO).difference();   // Sek, right − left, over the years
 * s.drivers().get(0).line();                          // e.g. Line.EDUCATION
 * }</pre>
 *
 * <p>A difference of one öre is a rounding difference ({@link MoneyLine#isRoundingDifference()}):
 * the counts of changes leave it out, the amounts keep it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComparisonSummary {

  /** The money lines that make up the total, in {@link Line} order. */
  static final ImmutableList<Line> PARTS = ImmutableList.of(Line.EDUCATION, Line.RESEARCH_BASE,
      Line.RESEARCH_QUALITY, Line.SUPPLEMENT);

  private final Comparison comparison;

  ComparisonSummary(Comparison comparison) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
  }

  /** {@return the comparison summarised} */
  public Comparison comparison() {
    return comparison;
  }

  /** {@return the national totals of every year, ascending} */
  public ImmutableList<NationalComparison> national() {
    return comparison.national();
  }

  /** {@return the national totals paid to the regions, summed over the years compared} */
  public AmountComparison nationalOverPeriod() {
    List<Sek> left = new ArrayList<>();
    List<Sek> right = new ArrayList<>();
    for (NationalComparison n : comparison.national()) {
      left.add(n.paidToRegions().left());
      right.add(n.paidToRegions().right());
    }
    return AmountComparison.of(Sek.sum(left), Sek.sum(right));
  }

  /**
   * {@return the total of {@code region} in {@code year} on both sides: one cell of the region ×
   * year table}
   *
   * @param region the ALF region
   * @param year one of the years compared
   */
  public MoneyLine total(AlfRegion region, Year year) {
    return comparison.money(region, year, Line.TOTAL);
  }

  /**
   * {@return the totals of {@code region} summed over the years compared, on both sides}
   *
   * @param region the ALF region
   */
  public AmountComparison totalOverPeriod(AlfRegion region) {
    List<Sek> left = new ArrayList<>();
    List<Sek> right = new ArrayList<>();
    for (Year year : comparison.years()) {
      MoneyLine m = total(region, year);
      left.add(m.leftAmount());
      right.add(m.rightAmount());
    }
    return AmountComparison.of(Sek.sum(left), Sek.sum(right));
  }

  /**
   * {@return whether the total of {@code region} differs by more than rounding in some year}
   *
   * @param region the ALF region
   */
  public boolean totalChanges(AlfRegion region) {
    return comparison.years().stream().anyMatch(y -> total(region, y).isMaterialChange());
  }

  /**
   * {@return the money lines that drive the difference in totals: each line of the total
   * (education, research base, research quality, supplement) that differs by more than rounding
   * in some region and year, or whose öre of rounding add up to a net difference (so that the nets
   * add up to the difference in totals; such a line has no changes), ranked by its gross
   * difference over every region and year (the sum of the absolute differences), largest first;
   * ties in {@link Line} order}
   */
  public ImmutableList<Driver> drivers() {
    List<Driver> out = new ArrayList<>();
    for (Line line : PARTS) {
      List<Sek> net = new ArrayList<>();
      List<Sek> gross = new ArrayList<>();
      int changes = 0;
      int of = 0;
      for (LineComparison l : comparison.lines()) {
        if (l.line() == line && l instanceof MoneyLine m) {
          Sek d = m.differenceAmount();
          net.add(d);
          gross.add(d.isNegative() ? d.negate() : d);
          changes += m.isMaterialChange() ? 1 : 0;
          of++;
        }
      }
      Sek sum = Sek.sum(net);
      if (changes > 0 || !sum.isZero()) {
        out.add(new Driver(line, sum, Sek.sum(gross), changes, of));
      }
    }
    out.sort(Comparator.comparing(Driver::gross).reversed()
        .thenComparing(d -> d.line().ordinal()));
    return ImmutableList.copyOf(out);
  }

  /** {@return how many lines (region × year × line) differ by more than rounding} */
  public int changes() {
    return (int) comparison.lines().stream().filter(LineComparison::isMaterialChange).count();
  }

  /**
   * {@return the lines (region × year × line) whose values differ by a rounding difference only:
   * footnoted, not shown as changes}
   */
  public ImmutableList<LineComparison> roundingDifferences() {
    return comparison.lines().stream().filter(LineComparison::isRoundingDifference)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return how many national figures (a money line, the research appropriation or the amount
   * returned to the state, in a year) differ by a rounding difference only}
   */
  public int nationalRoundingDifferences() {
    int n = 0;
    for (NationalComparison x : comparison.national()) {
      for (AmountComparison a : x.lines().values()) {
        n += a.isRoundingDifference() ? 1 : 0;
      }
      n += x.researchAppropriation().isRoundingDifference() ? 1 : 0;
      n += x.returnedToState().isRoundingDifference() ? 1 : 0;
    }
    return n;
  }

  /**
   * {@return whether a line or a national figure differs by a rounding difference only somewhere}
   */
  public boolean hasRoundingDifferences() {
    return !roundingDifferences().isEmpty() || nationalRoundingDifferences() > 0;
  }

  /**
   * {@return the values either side read, counted by basis (agreement or published, assumption,
   * your input): what the figures rest on, as the comparison's {@link Comparison#stamp() stamp}
   * counts it} A value is counted once per key id, date range and value, however often and on
   * however many sides it was read; the two sides' values of one key over the same dates count
   * twice where they differ (e.g. a published figure on one side, a reform's assumption on the
   * other).
   */
  public Provenance provenance() {
    return Provenance.of(comparison.reads());
  }

  /** {@return how many assumptions the figures rest on ({@link Comparison#assumptions()})} */
  public int assumptionCount() {
    return comparison.assumptions().size();
  }

  /** Returns e.g. {@code "Summary of Comparison alf-2014 → pm-2024, …: 3 drivers"}. */
  @Override
  public String toString() {
    return "Summary of " + comparison + ": " + drivers().size() + " driver(s), "
        + assumptionCount() + " assumption(s)";
  }
}
