package se.alf.rules.param;

/**
 * What a value rests on: the text of an agreement, a published figure, an assumption, or the
 * caller's own input. Results built on an {@link #ASSUMPTION} say so.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Basis {
  /** The text of the agreement or the proposal sets it. */
  AGREEMENT,
  /** A figure published by a public source (a regulation letter, an agency, a region). */
  PUBLISHED,
  /**
   * Not published: an explicitly labelled assumption so that the rules can run. Replace it with
   * your own figure; never read it as a fact.
   */
  ASSUMPTION,
  /** Given by the caller in a scenario. */
  INPUT;

  /** {@return whether a value on this basis is an assumption} */
  public boolean isAssumption() {
    return this == ASSUMPTION;
  }
}
