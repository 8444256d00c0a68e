package se.alf.rules.spi;

import se.alf.research.ResearchProject;
import se.alf.rules.ConditionResult;
import se.alf.source.Citation;

/**
 * One condition of the definition of clinical research (klinisk forskning): a project is clinical
 * research when it meets every condition of the rule set's {@link ClinicalResearchDefinition}.
 *
 * <p>Implementations must be immutable and thread-safe: a rule set tests projects from any thread.
 *
 * @since 0.1
 */
public interface Condition {

  /**
   * The id of the condition that the research requires the healthcare system's structures and
   * resources (ALF 2014 § 7; kept by PM 7.2).
   */
  String USES_HEALTHCARE_STRUCTURES = "healthcare-structures";

  /**
   * The id of the condition that the research aims to solve a health problem or to identify
   * factors behind health (ALF 2014 § 7; kept by PM 7.2).
   */
  String AIMS_AT_HEALTH = "health-aim";

  /** The id of the condition that the research requires a qualifying permit (PM 7.2). */
  String PERMIT = "permit";

  /** {@return a short id, e.g. {@code healthcare-structures}, {@code permit}} */
  String id();

  /** {@return the condition as the text states it} */
  String description();

  /** {@return where the condition is stated} */
  Citation citation();

  /**
   * Tests {@code project}, reading parameters through {@code step}.
   *
   * @param step the step to read parameters through
   * @param project the project
   * @return whether the project meets the condition, and why
   */
  ConditionResult test(Step step, ResearchProject project);
}
