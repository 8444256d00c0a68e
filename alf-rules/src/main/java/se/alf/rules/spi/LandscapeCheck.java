package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.alf.agreement.AgreementLandscape;
import se.alf.rules.Finding;

/**
 * A validation of an agreement landscape on a date against the rule set.
 *
 * <p>Implementations must be immutable and thread-safe: a rule set runs them from any thread.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface LandscapeCheck {
  /**
   * Checks {@code landscape} on {@code date}.
   *
   * @param context the context the rules run in
   * @param landscape the agreements
   * @param date the day checked
   * @return the findings, empty if none
   */
  ImmutableList<Finding> check(RuleContext context, AgreementLandscape landscape, LocalDate date);
}
