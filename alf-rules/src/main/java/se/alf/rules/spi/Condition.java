package se.alf.rules.spi;

import se.alf.research.ResearchProject;
import se.alf.rules.ConditionResult;
import se.alf.source.Citation;

/**
 * One condition of the definition of clinical research (klinisk forskning): a project is clinical
 * research when it meets every condition of the rule set's {@link ClinicalResearchDefinition}.
 */
public interface Condition {

  /** A short id, e.g. {@code healthcare-structures}, {@code permit}. */
  String id();

  /** The condition as the text states it. */
  String description();

  Citation citation();

  /** Tests {@code project}, reading parameters through {@code step}. */
  ConditionResult test(Step step, ResearchProject project);
}
