package se.alf.rules;

import java.time.LocalDate;
import se.alf.rules.param.Key;

/**
 * Thrown when a rule needs a value that neither the rule set nor the scenario holds on the date:
 * a figure that is not published and that the caller must supply (or assume, labelled as such).
 * The message names the key, the date, the rule set and the scenario, and says how to supply it.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class MissingInputException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The id of the key without a value. */
  private final String key;
  /** The day it has no value on. */
  private final LocalDate date;

  /**
   * Says that neither rule set nor scenario has a value of {@code key} on {@code date}.
   *
   * @param key the key without a value
   * @param date the day it has no value on
   * @param ruleSetId the rule set that needed it
   * @param scenarioName the scenario that did not supply it
   */
  public MissingInputException(Key<?> key, LocalDate date, String ruleSetId, String scenarioName) {
    super(key.id() + " (" + key.description() + ") has no value on " + date + " in rule set "
        + ruleSetId + " nor in scenario '" + scenarioName + "'; it is not published, so supply it"
        + " in the scenario under the key '" + key.id() + "' (Scenario.builder(name).input(key,"
        + " year, value), or Scenario.with(name, parameters))");
    this.key = key.id();
    this.date = date;
  }

  /** {@return the id of the missing key} */
  public String key() {
    return key;
  }

  /** {@return the date on which the value was needed} */
  public LocalDate date() {
    return date;
  }
}
