package se.alf.rules.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.Year;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.alf.party.AlfRegion;
import se.alf.rules.Line;
import se.alf.rules.compare.Comparison;
import se.alf.rules.compare.MultiComparison;
import se.alf.rules.provenance.Stamp;

/**
 * The renderings of a {@link Comparison}, a {@link MultiComparison} and of why a line differs.
 * Each is a pure function of its input, with a deterministic order: regions in
 * {@link se.alf.party.AlfRegion} order, years ascending, lines in {@link se.alf.rules.Line} order.
 *
 * <p>Every rendering of a comparison starts with its summary ({@link Detail#SUMMARY}, the
 * default), in the same order in every format: the national totals per year; the region × year
 * table of the difference in totals; the lines that drive the difference, ranked by their gross
 * difference over every region and year; what the figures rest on (the values read, by basis: how
 * many are assumptions); and what else differs. {@link Detail#FULL} adds the detail: per region
 * and year every line with the footnote numbers of the assumptions it rests on, the national
 * totals of every line, the parameters, scenario inputs, statements and verdicts that differ, the
 * numbered assumptions with their value, dates and source, and the sources.
 *
 * <p>A difference of one öre is a rounding difference, not a change
 * ({@link se.alf.rules.compare.MoneyLine#isRoundingDifference()}): text and Markdown mark it
 * {@code (r)} and footnote it, CSV says {@code yes} in a {@code rounding} column.
 *
 * <p>A rendering may show the lines of some regions only ({@link #render(Comparison, Detail,
 * Set)}); national totals stay those of all regions. Text and Markdown end with a footer: the
 * comparison's {@link Comparison#stamp() stamp} and provenance score ({@link #footer}).
 *
 * <pre>{@code
 * String first = Format.TEXT.render(comparison);                 // the summary
 * String all = Format.MARKDOWN.render(comparison, Detail.FULL);   // the summary, then the detail
 * Format.CSV.tables(comparison, Detail.SUMMARY).get("regions");   // one table, for its own file
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Format {

  /**
   * Aligned text for a terminal: kronor in Swedish format ({@code "79 547,00 kr"}; without the unit
   * in the region × year table, whose title says kr), full-year students exact
   * ({@code "968 HST"}, or {@code "9600/11 ≈ 872,73 HST"}, exact then rounded, when the decimals
   * do not end).
   */
  TEXT {
    @Override
    public String render(Comparison comparison, Detail detail, Set<AlfRegion> regions) {
      return TextFormat.render(check(comparison), Objects.requireNonNull(detail, "detail"),
          shown(regions)) + footer(comparison.stamp());
    }

    @Override
    public String footer(Stamp stamp) {
      return "\n" + String.join("\n", Objects.requireNonNull(stamp, "stamp").lines()) + "\n";
    }

    @Override
    public String render(MultiComparison comparison, Detail detail) {
      return MultiFormat.text(Objects.requireNonNull(comparison, "comparison"),
          Objects.requireNonNull(detail, "detail"));
    }

    @Override
    public String why(Comparison comparison, AlfRegion region, Year year, Line line) {
      return WhyFormat.text(check(comparison), comparison.line(region, year, line));
    }
  },

  /**
   * CSV for spreadsheets and programs (RFC 4180: comma separated, CRLF line ends, fields with a
   * comma, quote or line break quoted with doubled quotes), one table per section
   * ({@link #tables}); {@link #render} writes them one after another, an empty record between
   * two. Every table is long (one row per observation) with plain numbers: a point, no grouping;
   * kronor with exactly two decimals, exact (öre).
   *
   * <p>The summary's tables: {@code national} ({@code year,left,right,difference,rounding}: the
   * totals paid to the regions), {@code regions} ({@code region,year,left,right,difference,
   * rounding}), {@code drivers} ({@code line,net,gross,changes,of}), {@code basis}
   * ({@code basis,values}) and {@code others} ({@code item,differ,of}). The full detail adds
   * {@code lines}: {@code region,year,line,left,right,difference,unit,assumption,rounding}, one
   * row per region × year × line.
   *
   * <ul>
   *   <li>{@code region}: the region's display name, e.g. {@code Örebro}; {@code line}: the
   *       {@link se.alf.rules.Line} constant, e.g. {@code MINIMUM_STUDENTS}.
   *   <li>Full-year students ({@code unit} = {@code HST}) have at least two decimals and are
   *       exact whenever the value has a finite decimal expansion ({@code 968.00}, {@code 357.50},
   *       {@code 0.125}); a value without one (e.g. 9600/11) is rounded half to even to two
   *       decimals ({@code 872.73}), and each of the three columns is rounded on its own. The
   *       exact ratio is always {@link Comparison#line(se.alf.party.AlfRegion, java.time.Year,
   *       se.alf.rules.Line)}.
   *   <li>{@code assumption}: the ids of the parameters marked as assumptions that either value
   *       rests on, sorted and separated by {@code ;}; empty if none.
   *   <li>{@code rounding}: {@code yes} where the difference is one öre of rounding, else empty.
   * </ul>
   *
   * <p>The stamp is not in the tables ({@link #footer} is empty): a command line writes
   * {@link Stamp#lines()} to standard error.
   *
   * <p>Each table of {@link #tables} can be written in another {@link CsvDialect} with
   * {@link Table#csv(CsvDialect)}, e.g. {@link CsvDialect#EXCEL_SV} for Excel in a Swedish
   * locale: one table a file.
   */
  CSV {
    @Override
    public String render(Comparison comparison, Detail detail, Set<AlfRegion> regions) {
      return CsvFormat.render(check(comparison), Objects.requireNonNull(detail, "detail"),
          shown(regions));
    }

    @Override
    public String footer(Stamp stamp) {
      Objects.requireNonNull(stamp, "stamp");
      return "";
    }

    @Override
    public String render(MultiComparison comparison, Detail detail) {
      return CsvFormat.join(tables(comparison, detail));
    }

    @Override
    public String why(Comparison comparison, AlfRegion region, Year year, Line line) {
      return WhyFormat.csv(check(comparison), comparison.line(region, year, line));
    }
  },

  /**
   * Markdown for reports: a heading, the summary's sections as tables, then (in full) a section
   * per region (year, line, left, right, difference, assumption notes) and sections for the
   * parameters, statements and verdicts that differ and the numbered assumptions.
   */
  MARKDOWN {
    @Override
    public String render(Comparison comparison, Detail detail, Set<AlfRegion> regions) {
      return MarkdownFormat.render(check(comparison), Objects.requireNonNull(detail, "detail"),
          shown(regions)) + footer(comparison.stamp());
    }

    @Override
    public String footer(Stamp stamp) {
      return "\n" + String.join("\n\n", Objects.requireNonNull(stamp, "stamp").lines()) + "\n";
    }

    @Override
    public String render(MultiComparison comparison, Detail detail) {
      return MultiFormat.markdown(Objects.requireNonNull(comparison, "comparison"),
          Objects.requireNonNull(detail, "detail"));
    }

    @Override
    public String why(Comparison comparison, AlfRegion region, Year year, Line line) {
      return WhyFormat.markdown(check(comparison), comparison.line(region, year, line));
    }
  };

  /**
   * {@return the summary of {@code comparison} in this format: {@code render(comparison,
   * Detail.SUMMARY)}}
   *
   * @param comparison the comparison
   */
  public String render(Comparison comparison) {
    return render(comparison, Detail.SUMMARY);
  }

  /**
   * {@return {@code comparison} in this format: the summary, and the detail if {@code detail} is
   * {@link Detail#FULL}}
   *
   * @param comparison the comparison
   * @param detail how much to show
   */
  public String render(Comparison comparison, Detail detail) {
    return render(comparison, detail, ALL);
  }

  /**
   * {@return {@code comparison} in this format, the lines of {@code regions} only (in
   * {@link AlfRegion} order): in the summary's region × year table and in the detail; the
   * national totals, parameters, statements, verdicts and assumptions stay those of the whole
   * comparison, and a text or Markdown rendering of fewer than all regions says which it shows}
   *
   * @param comparison the comparison
   * @param detail how much to show
   * @param regions the regions whose lines are shown; at least one
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  public abstract String render(Comparison comparison, Detail detail, Set<AlfRegion> regions);

  /**
   * {@return the footer of a rendering in this format: after an empty line, the stamp
   * ({@code Stamp: alf 0.1.0 · alf-2014, pm-2024 · sha256 …}) and the provenance score, each on
   * its own line (in Markdown, its own paragraph); empty in CSV, whose output is one table}
   *
   * @param stamp the stamp of the result rendered, e.g. {@link Comparison#stamp()}
   */
  public abstract String footer(Stamp stamp);

  /**
   * {@return the summary of {@code comparison} in this format: {@code render(comparison,
   * Detail.SUMMARY)}}
   *
   * @param comparison the rule sets compared with the first
   */
  public String render(MultiComparison comparison) {
    return render(comparison, Detail.SUMMARY);
  }

  /**
   * {@return {@code comparison} in this format: the national totals under each rule set, each
   * region's totals over the period and its difference under each other rule set, the winners and
   * losers against the first, what the figures rest on; with {@link Detail#FULL}, each region's
   * total per year under each rule set}
   *
   * @param comparison the rule sets compared with the first
   * @param detail how much to show
   */
  public abstract String render(MultiComparison comparison, Detail detail);

  /**
   * {@return why {@code line} of {@code region} in {@code year} differs, in this format: each step
   * where the two explanations part ({@link se.alf.rules.compare.LineComparison#why()}), with both
   * values and rules and the parameters read differently there (key, both values, basis, source);
   * CSV has one row per parameter read differently}
   *
   * @param comparison the comparison
   * @param region the ALF region
   * @param year one of the years compared
   * @param line the line
   * @throws IllegalArgumentException if {@code year} is not one of the years compared
   */
  public abstract String why(Comparison comparison, AlfRegion region, Year year, Line line);

  /**
   * {@return the tables of {@code comparison} by id, in the order rendered, with cells as this
   * format writes them: {@code national}, {@code regions}, {@code drivers}, {@code basis},
   * {@code others}, and with {@link Detail#FULL} {@code lines} (one row per region × year × line)}
   * Each can be written alone, e.g. to a file of its own: one table per CSV.
   *
   * @param comparison the comparison
   * @param detail how much to include
   */
  public ImmutableMap<String, Table> tables(Comparison comparison, Detail detail) {
    return tables(comparison, detail, ALL);
  }

  /**
   * {@return {@link #tables(Comparison, Detail)} with the rows of {@code regions} only in the
   * region tables ({@code regions}, {@code lines}), as {@link #render(Comparison, Detail, Set)}
   * shows them}
   *
   * @param comparison the comparison
   * @param detail how much to include
   * @param regions the regions whose lines are included; at least one
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  public ImmutableMap<String, Table> tables(Comparison comparison, Detail detail,
      Set<AlfRegion> regions) {
    check(comparison);
    Objects.requireNonNull(detail, "detail");
    Set<AlfRegion> shown = shown(regions);
    if (this == CSV) {
      return CsvFormat.tables(comparison, detail, shown);
    }
    ImmutableMap.Builder<String, Table> out = ImmutableMap.builder();
    out.putAll(CsvFormat.byId(SummaryTables.sections(comparison, false, shown)));
    if (detail == Detail.FULL) {
      out.put("lines", CsvFormat.lines(comparison, false, shown));
    }
    return out.buildOrThrow();
  }

  /**
   * {@return the tables of {@code comparison} by id, in the order rendered: {@code national},
   * {@code regions}, {@code standings}, {@code basis}, and with {@link Detail#FULL}
   * {@code totals}; CSV's are long (one row per observation: {@code rule_set} is a column)}
   *
   * @param comparison the rule sets compared with the first
   * @param detail how much to include
   */
  public ImmutableMap<String, Table> tables(MultiComparison comparison, Detail detail) {
    return CsvFormat.byId(MultiFormat.sections(Objects.requireNonNull(comparison,
        "comparison"), this == CSV, Objects.requireNonNull(detail, "detail")));
  }

  /**
   * {@return the summary of {@code comparison} as titled sections, in the order rendered, with
   * cells as this format writes them: {@code national}, {@code regions} (the rows of
   * {@code regions} only), {@code drivers}, {@code basis}, {@code others}} For a caller writing a
   * format of its own, such as an HTML report.
   *
   * @param comparison the comparison
   * @param regions the regions whose rows the region × year table shows; at least one
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  public ImmutableList<Section> sections(Comparison comparison, Set<AlfRegion> regions) {
    return ImmutableList.copyOf(SummaryTables.sections(check(comparison), this == CSV,
        shown(regions)));
  }

  /**
   * {@return {@code comparison} as titled sections, in the order rendered, with cells as this
   * format writes them: the sections of {@link #tables(MultiComparison, Detail)}}
   *
   * @param comparison the rule sets compared with the first
   * @param detail how much to include
   */
  public ImmutableList<Section> sections(MultiComparison comparison, Detail detail) {
    return ImmutableList.copyOf(MultiFormat.sections(Objects.requireNonNull(comparison,
        "comparison"), this == CSV, Objects.requireNonNull(detail, "detail")));
  }

  private static Comparison check(Comparison comparison) {
    return Objects.requireNonNull(comparison, "comparison");
  }

  private static final Set<AlfRegion> ALL = Sets.immutableEnumSet(EnumSet.allOf(AlfRegion.class));

  private static Set<AlfRegion> shown(Set<AlfRegion> regions) {
    Objects.requireNonNull(regions, "regions");
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("regions: give at least one region to show");
    }
    return EnumSet.copyOf(regions);
  }
}
