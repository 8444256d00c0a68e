package se.alf.agreement;

/**
 * The kind of an agreement in the ALF hierarchy (<i>avtalstyp</i>).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum AgreementKind {
  /** The national agreement (<i>ALF-avtalet</i>) between the state and the regions. */
  NATIONAL,
  /** A regional ALF agreement (<i>regionalt ALF-avtal</i>, RALF) of a region and its university. */
  REGIONAL,
  /**
   * An affiliation agreement (<i>anknytningsavtal</i>, also <i>hängavtal</i>) that ties other
   * regions to a regional agreement.
   */
  AFFILIATION
}
