package se.alf.rules;

import java.time.Year;

/**
 * Thrown when a rule set is asked about a year before it applies, or after the last year alf
 * models ({@link Horizon#LAST}).
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class YearOutsideRuleSetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The id of the rule set asked. */
  private final String ruleSetId;
  /** The year asked about. */
  private final Year year;

  /**
   * A year before {@code firstYear}, the first year of rule set {@code ruleSetId}.
   *
   * @param ruleSetId the rule set asked
   * @param year the year asked about
   * @param firstYear the first year the rule set applies
   */
  public YearOutsideRuleSetException(String ruleSetId, Year year, Year firstYear) {
    super("year " + year + " is before rule set " + ruleSetId + " applies (from " + firstYear
        + ")");
    this.ruleSetId = ruleSetId;
    this.year = year;
  }

  /**
   * A year after {@link Horizon#LAST}, asked of rule set {@code ruleSetId}.
   *
   * @param ruleSetId the rule set asked
   * @param year the year asked about
   */
  public YearOutsideRuleSetException(String ruleSetId, Year year) {
    super("year " + year + " is after the last year alf models (" + Horizon.FIRST + " to "
        + Horizon.LAST + "), asked of rule set " + ruleSetId);
    this.ruleSetId = ruleSetId;
    this.year = year;
  }

  /** {@return the id of the rule set asked} */
  public String ruleSetId() {
    return ruleSetId;
  }

  /** {@return the year asked} */
  public Year year() {
    return year;
  }
}
