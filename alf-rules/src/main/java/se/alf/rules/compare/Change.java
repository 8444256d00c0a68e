package se.alf.rules.compare;

/**
 * How an item (a parameter, a statement, a condition) differs between the two sides.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Change {
  /** Present in the left rule set only. */
  ONLY_LEFT,
  /** Present in the right rule set only. */
  ONLY_RIGHT,
  /** Present in both, with different content. */
  CHANGED,
  /**
   * A parameter present in both with the same value on every date, cited, dated or based
   * differently (e.g. a published figure the proposal's text restates): not a change of value.
   */
  RECITED;

  /**
   * Returns the change as a reader writes it: "only in alf-2014", "changed", …
   *
   * @param leftId the left rule set's id
   * @param rightId the right rule set's id
   * @return the change in words
   */
  public String describe(String leftId, String rightId) {
    switch (this) {
      case ONLY_LEFT: return "only in " + leftId;
      case ONLY_RIGHT: return "only in " + rightId;
      case RECITED: return "same values, cited differently";
      default: return "changed";
    }
  }
}
