package se.alf.rules.report;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.alf.party.AlfRegion;
import se.alf.rules.compare.Comparison;
import se.alf.rules.provenance.Stamp;

/**
 * The renderings of a {@link Comparison}. Each is a pure function of the comparison, with a
 * deterministic order: regions in {@link se.alf.party.AlfRegion} order, years ascending, lines in
 * {@link se.alf.rules.Line} order. Every value resting on an assumption is footnoted; the notes
 * list each assumption with its value, dates and source. Text and Markdown end with a footer: the
 * comparison's {@link Comparison#stamp() stamp} and provenance score ({@link #footer}).
 *
 * <pre>{@code
 * String csv = Format.CSV.render(comparison);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Format {

  /**
   * An aligned text table for a terminal: per region and year, each line with the left value,
   * the right value and the difference right − left; kronor in Swedish format
   * ({@code "79 547,00 kr"}), full-year students exact ({@code "968 HST"}, or
   * {@code "9600/11 ≈ 872,73 HST"}, exact then rounded, when the decimals do not end); a last
   * column of footnote numbers of the assumptions the row rests on. Then the national totals, the
   * parameters, statements and verdicts that differ, the numbered assumptions, and the footer.
   */
  TEXT {
    @Override
    public String render(Comparison comparison, Set<AlfRegion> regions) {
      return TextFormat.render(Objects.requireNonNull(comparison, "comparison"), shown(regions))
          + footer(comparison.stamp());
    }

    @Override
    public String footer(Stamp stamp) {
      return "\n" + String.join("\n", Objects.requireNonNull(stamp, "stamp").lines()) + "\n";
    }
  },

  /**
   * CSV for spreadsheets (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote
   * or line break quoted with doubled quotes), one header row
   * {@code region,year,line,left,right,difference,unit,assumption} and one row per region × year
   * × line.
   *
   * <ul>
   *   <li>{@code region}: the region's display name, e.g. {@code Örebro}; {@code line}: the
   *       {@link se.alf.rules.Line} constant, e.g. {@code MINIMUM_STUDENTS}.
   *   <li>Numbers are plain decimals with a point and no grouping. Kronor ({@code unit} =
   *       {@code SEK}) have exactly two decimals and are exact (öre). Full-year students
   *       ({@code unit} = {@code HST}) have at least two decimals and are exact whenever the
   *       value has a finite decimal expansion ({@code 968.00}, {@code 357.50}, {@code 0.125});
   *       a value without one (e.g. 9600/11) is rounded half to even to two decimals
   *       ({@code 872.73}), and each of the three columns is rounded on its own. The exact ratio
   *       is always {@link Comparison#line(se.alf.party.AlfRegion, java.time.Year,
   *       se.alf.rules.Line)}.
   *   <li>{@code assumption}: the ids of the parameters marked as assumptions that either value
   *       rests on, sorted and separated by {@code ;}; empty if none.
   * </ul>
   *
   * <p>The stamp is not in the table ({@link #footer} is empty): a command line writes
   * {@link Stamp#lines()} to standard error.
   */
  CSV {
    @Override
    public String render(Comparison comparison, Set<AlfRegion> regions) {
      return CsvFormat.render(Objects.requireNonNull(comparison, "comparison"), shown(regions));
    }

    @Override
    public String footer(Stamp stamp) {
      Objects.requireNonNull(stamp, "stamp");
      return "";
    }
  },

  /**
   * Markdown for reports: national totals, a table per region (year, line, left, right,
   * difference, assumption notes), then sections for the parameters, statements and verdicts
   * that differ, the numbered assumptions, and the footer.
   */
  MARKDOWN {
    @Override
    public String render(Comparison comparison, Set<AlfRegion> regions) {
      return MarkdownFormat.render(Objects.requireNonNull(comparison, "comparison"),
          shown(regions)) + footer(comparison.stamp());
    }

    @Override
    public String footer(Stamp stamp) {
      return "\n" + String.join("\n\n", Objects.requireNonNull(stamp, "stamp").lines()) + "\n";
    }
  };

  /**
   * {@return {@code comparison} in this format, every region's lines}
   *
   * @param comparison the comparison
   */
  public String render(Comparison comparison) {
    return render(comparison, EnumSet.allOf(AlfRegion.class));
  }

  /**
   * {@return {@code comparison} in this format, the lines of {@code regions} only (in
   * {@link AlfRegion} order); the national totals, parameters, statements, verdicts and
   * assumptions stay those of the whole comparison, and a text or Markdown rendering of fewer
   * than all regions says which it shows}
   *
   * @param comparison the comparison
   * @param regions the regions whose lines are shown; at least one
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  public abstract String render(Comparison comparison, Set<AlfRegion> regions);

  private static Set<AlfRegion> shown(Set<AlfRegion> regions) {
    Objects.requireNonNull(regions, "regions");
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("regions: give at least one region to show");
    }
    return EnumSet.copyOf(regions);
  }

  /**
   * {@return the footer of a rendering in this format: after an empty line, the stamp
   * ({@code Stamp: alf 0.1.0 · alf-2014, pm-2024 · sha256 …}) and the provenance score, each on
   * its own line (in Markdown, its own paragraph); empty in CSV, whose output is one table}
   *
   * @param stamp the stamp of the result rendered, e.g. {@link Comparison#stamp()}
   */
  public abstract String footer(Stamp stamp);
}
