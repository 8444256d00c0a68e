package se.alf.programme;

/**
 * Thrown when a term number is outside a programme's terms 1..n. The message names the programme,
 * the term asked for and the valid range.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class NoSuchTermException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The term asked for. */
  private final int term;
  /** How many terms the programme has. */
  private final int terms;

  NoSuchTermException(String programme, int term, int terms) {
    super("term " + term + " is not a term of " + programme + "; valid terms are 1.." + terms);
    this.term = term;
    this.terms = terms;
  }

  /** {@return the term number that was asked for} */
  public int term() {
    return term;
  }

  /** {@return the number of terms the programme has: the valid range is 1..terms} */
  public int terms() {
    return terms;
  }

  static int check(String programme, int term, int terms) {
    if (term < 1 || term > terms) {
      throw new NoSuchTermException(programme, term, terms);
    }
    return term;
  }
}
