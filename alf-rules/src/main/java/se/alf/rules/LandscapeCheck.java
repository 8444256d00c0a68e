package se.alf.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import se.alf.agreement.AgreementLandscape;

/** A validation of an agreement landscape on a date against the rule set. */
@FunctionalInterface
public interface LandscapeCheck {
  ImmutableList<Finding> check(RuleContext context, AgreementLandscape landscape, LocalDate date);
}
