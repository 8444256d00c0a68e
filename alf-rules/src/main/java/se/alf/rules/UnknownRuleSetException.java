package se.alf.rules;

import java.util.Collection;

/**
 * Thrown when a rule set is asked for by an id no provider brings.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class UnknownRuleSetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The id asked for. */
  private final String id;

  /**
   * Returns the exception for {@code id}, naming the {@code known} ids.
   *
   * @param id the id asked for
   * @param known the ids the providers bring
   */
  public UnknownRuleSetException(String id, Collection<String> known) {
    super("rule set '" + id + "' is not known; the known rule sets are " + known);
    this.id = id;
  }

  /** {@return the id that was asked for} */
  public String id() {
    return id;
  }
}
