package se.alf.rules.report;

/**
 * How much of a comparison a rendering shows ({@link Format#render(
 * se.alf.rules.compare.Comparison, Detail)}). Every rendering starts with the summary, in the same
 * order in every format: the national totals per year, the region × year table of the difference
 * in totals, the lines that drive the difference, what the figures rest on (values read, by basis)
 * and what else differs.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Detail {
  /** The summary only: one screen to read first. The default. */
  SUMMARY,
  /**
   * The summary, then the detail: per region and year every line on both sides with its
   * assumptions, the national totals of every line, the parameters, scenario inputs, statements
   * and verdicts that differ, the numbered assumptions and the sources.
   */
  FULL
}
