package se.alf.rules;

import java.time.Year;

/** Thrown when a rule set is asked about a year before it applies. */
public final class YearOutsideRuleSetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String ruleSetId;
  private final Year year;

  YearOutsideRuleSetException(String ruleSetId, Year year, Year firstYear) {
    super("year " + year + " is before rule set " + ruleSetId + " applies (from " + firstYear
        + ")");
    this.ruleSetId = ruleSetId;
    this.year = year;
  }

  public String ruleSetId() {
    return ruleSetId;
  }

  public Year year() {
    return year;
  }
}
