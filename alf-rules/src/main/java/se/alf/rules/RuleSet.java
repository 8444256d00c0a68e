package se.alf.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import se.alf.agreement.AgreementLandscape;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.research.ResearchProject;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.SourcedValue;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.spi.RuleBook;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * A version of the ALF agreement as executable rules: the 2014 agreement ({@code alf-2014}), the
 * 2024 proposal ({@code pm-2024}) or a reform derived from one of them.
 *
 * <p>A rule set is a value: its {@link #parameters() parameters} are dated and cited, its
 * {@link #rules() rules} are named slots, and every result it computes carries its explanation.
 * Implementations are immutable and thread-safe; every method is a pure function of its inputs.
 *
 * @since 0.1
 */
public interface RuleSet {

  /** {@return the id, e.g. {@code alf-2014}} */
  String id();

  /** {@return the rule set's title, e.g. {@code "ALF agreement 2014 (in force from 2015)"}} */
  String title();

  /** {@return the document the rule set implements} */
  Citation source();

  /** {@return the first year the rule set applies to} */
  Year firstYear();

  /**
   * {@return the year the rule set's own provisions take effect (for a proposal, the year its
   * changes
   * begin); {@link #classify(ResearchProject)} answers as of this year}
   */
  Year referenceYear();

  /** {@return the rule set this one was derived from, if it is a reform} */
  Optional<RuleSet> baseline();

  /** {@return every number and setting the rule set assumes, dated and cited} */
  Parameters parameters();

  /** {@return the rules, by slot} */
  RuleBook rules();

  /** {@return the provisions that are not computations (governance, names), each cited} */
  ImmutableList<Statement> statements();

  /**
   * {@return every key this rule set's rules may read, by id: the engine's {@link
   * Keys#catalogue()}, the keys of its parameters and the keys it or a rule set in its chain of
   * baselines declares} Each is the one definition of its id (type and constraint) in this rule
   * set; a scenario value is checked against it when a rule reads it.
   */
  ImmutableMap<String, Key<?>> declaredKeys();

  /**
   * {@return the value this rule set's rules read for {@code key} in {@code year} (on 1 January)
   * with {@code scenario}: the rule set's own parameter where it has one, else the scenario's; with
   * where it came from (rule set, the caller's input, a published figure or an assumption of the
   * scenario) and the dated, cited read behind it} A value a rule derives where none is given
   * (e.g. {@code actual-hst} from its base) is not a read: ask the result's explanation.
   *
   * @param <T> the type of the key's values
   * @param key the key
   * @param scenario the scenario that supplies the inputs
   * @param year the year asked about
   * @throws YearOutsideRuleSetException if {@code year} is outside the rule set's years
   * @throws MissingInputException if neither the rule set nor the scenario has a value
   */
  <T> SourcedValue<T> valueOf(Key<T> key, Scenario scenario, Year year);

  /**
   * Computes what every ALF region gets in {@code year}.
   *
   * @param scenario the scenario that supplies the inputs
   * @param year the year to allocate
   * @return every ALF region's allocation; explanations are built on first use
   * @throws YearOutsideRuleSetException if {@code year} is before {@link #firstYear()}
   * @throws MissingInputException if a figure the rules need is neither a parameter nor an input
   */
  Allocation allocate(Scenario scenario, Year year);

  /**
   * As {@link #allocate}, with every explanation recorded while the rules run: for a caller that
   * will read every explanation (e.g. a sensitivity analysis), one evaluation where
   * {@link #allocate}, which builds explanations on first use by evaluating again, would take two.
   * The result is equal to {@link #allocate}'s.
   *
   * @param scenario the scenario that supplies the inputs
   * @param year the year to allocate
   * @return every ALF region's allocation, with its explanations already built
   */
  default Allocation allocateExplained(Scenario scenario, Year year) {
    return allocate(scenario, year);
  }

  /**
   * {@return the minimum full-year students of {@code region} in {@code year}, explained}
   *
   * @param scenario the scenario that supplies the inputs
   * @param region the ALF region
   * @param year the year asked about
   */
  Explained<FullYearStudents> minimumFullYearStudents(Scenario scenario, AlfRegion region,
      Year year);

  /**
   * {@return whether {@code project} is clinical research under this rule set in {@code year}}
   *
   * @param project the research project
   * @param year the year whose definition applies
   */
  Verdict classify(ResearchProject project, Year year);

  /**
   * {@return whether {@code project} is clinical research, as of {@link #referenceYear()}}
   *
   * @param project the research project
   */
  default Verdict classify(ResearchProject project) {
    return classify(project, referenceYear());
  }

  /**
   * {@return when the next quality evaluations are due, as of {@code year}}
   *
   * @param scenario the scenario that supplies the inputs
   * @param year the year asked about
   */
  Explained<EvaluationSchedule> evaluationSchedule(Scenario scenario, Year year);

  /**
   * Validates {@code scenario} in {@code year} against the rules.
   *
   * @param scenario the scenario to check
   * @param year the year to check
   * @return the findings (errors and warnings), empty if none
   */
  ImmutableList<Finding> validate(Scenario scenario, Year year);

  /**
   * Validates the agreement landscape on {@code date} against the rules.
   *
   * @param landscape the agreements to check
   * @param date the day to check
   * @return the findings (errors and warnings), empty if none
   */
  ImmutableList<Finding> validate(AgreementLandscape landscape, LocalDate date);
}
