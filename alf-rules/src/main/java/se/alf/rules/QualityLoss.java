package se.alf.rules;

/**
 * How much of its quality amount (kvalitetsbelopp) a region loses for an undermålig grade under
 * the proposal (PM 7.10: "en region som får omdömet undermålig kvalitet tappar sitt
 * kvalitetsbelopp men bibehåller sitt basbelopp"). The grades are given per panel; how a region's
 * three panel grades make its "omdöme" is not in the sources, so this is an input.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum QualityLoss {
  /**
   * Any panel graded undermålig costs the whole quality amount: the closest reading of the text.
   */
  WHOLE_AMOUNT,
  /** Each panel graded undermålig costs its slice of the quality amount, by panel weight. */
  PANEL_SLICE
}
