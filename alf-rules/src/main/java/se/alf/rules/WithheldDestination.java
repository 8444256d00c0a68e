package se.alf.rules;

/** Where a quality amount withheld for an undermålig grade goes. */
public enum WithheldDestination {
  /** Back to the state: not paid out. */
  RETURNED_TO_STATE,
  /** To the other regions, in proportion to their research keys. */
  REDISTRIBUTED_BY_KEYS
}
