package se.alf.rules;

/**
 * Where a quality amount withheld for an undermålig grade goes.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum WithheldDestination {
  /** Back to the state: not paid out. */
  RETURNED_TO_STATE,
  /**
   * To the regions that kept their quality amounts, in proportion to their research shares (under
   * the proposal with an unchanged appropriation, their keys).
   */
  REDISTRIBUTED
}
