package se.alf.rules.spi;

import com.google.common.collect.ImmutableList;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.programme.FullYearStudents;
import se.alf.rules.EvaluationSchedule;

/**
 * The rule slots every rule set fills; a reform may replace the rule in any of them.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Slots {

  private Slots() {}

  /** Minimum full-year students of a region (minsta antal helårsstudenter). */
  public static final RuleId<RegionRule<FullYearStudents>> MINIMUM_STUDENTS =
      RuleId.of("minimum-students", RegionRule.class, "minimum full-year students of a region");

  /**
   * Full-year students a region actually trains in the year: the input {@code actual-hst} where
   * given, else derived from the base {@code actual-hst.base} and the rule set's growth with
   * term 12.
   */
  public static final RuleId<RegionRule<FullYearStudents>> ACTUAL_STUDENTS =
      RuleId.of("actual-students", RegionRule.class, "full-year students a region trains");

  /**
   * The growth in full-year students when term 12 is first given, as the rule set reads it (the
   * 2014 agreement has no such rule; its rule set takes the programme's terms, 12/11).
   */
  public static final RuleId<NationalRule<Ratio>> STUDENT_GROWTH = RuleId.of("student-growth",
      NationalRule.class, "growth in full-year students when term 12 is first given");

  /** Full-year students compensated: the actual number, at most the minimum. */
  public static final RuleId<RegionRule<FullYearStudents>> COMPENSATED_STUDENTS =
      RuleId.of("compensated-students", RegionRule.class, "full-year students compensated");

  /** The compensation per full-year student and year in the context's year. */
  public static final RuleId<NationalRule<Sek>> EDUCATION_RATE =
      RuleId.of("education-rate", NationalRule.class, "rate per full-year student");

  /** ALF compensation for medical education of a region. */
  public static final RuleId<RegionRule<Sek>> EDUCATION =
      RuleId.of("education", RegionRule.class, "education compensation of a region");

  /** A supplement outside the two parts (none in the agreements; a reform may add one). */
  public static final RuleId<RegionRule<Sek>> SUPPLEMENT =
      RuleId.of("supplement", RegionRule.class, "supplement of a region");

  /** The research appropriation of the year. */
  public static final RuleId<NationalRule<Sek>> RESEARCH_APPROPRIATION =
      RuleId.of("research-appropriation", NationalRule.class, "research appropriation");

  /** The distribution of the research appropriation over the regions. */
  public static final RuleId<NationalRule<ResearchDistribution>> RESEARCH =
      RuleId.of("research", NationalRule.class, "distribution of research compensation");

  /** The definition of clinical research. */
  public static final RuleId<ClinicalResearchDefinition> CLINICAL_RESEARCH =
      RuleId.of("clinical-research", ClinicalResearchDefinition.class,
          "definition of clinical research");

  /** When the next quality evaluations are due. */
  public static final RuleId<NationalRule<EvaluationSchedule>> EVALUATION =
      RuleId.of("evaluation", NationalRule.class, "evaluation schedule");

  /** The checks of a scenario. */
  public static final RuleId<ImmutableList<ScenarioCheck>> SCENARIO_CHECKS =
      RuleId.of("scenario-checks", ImmutableList.class, "validation of a scenario");

  /** The checks of an agreement landscape. */
  public static final RuleId<ImmutableList<LandscapeCheck>> LANDSCAPE_CHECKS =
      RuleId.of("landscape-checks", ImmutableList.class, "validation of an agreement landscape");
}
