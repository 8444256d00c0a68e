package se.alf.rules.alf2014;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import org.apiguardian.api.API;
import se.alf.number.Ratio;
import se.alf.programme.MedicalProgramme;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.published.PublishedFigures;
import se.alf.rules.spi.ClinicalResearchDefinition;
import se.alf.rules.spi.LandscapeCheck;
import se.alf.rules.spi.RuleBook;
import se.alf.rules.spi.RuleSetProvider;
import se.alf.rules.spi.ScenarioCheck;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.StandardRuleSet;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * The 2014 agreement ({@code alf-2014}): "Avtal mellan svenska staten och vissa landsting om
 * samarbete om utbildning av läkare, klinisk forskning och utveckling av hälso- och sjukvården",
 * signed 2014-09-11, in force from 2015-01-01.
 *
 * <p>The agreement's own text is not public in reachable form; its rules are implemented from the
 * sources that quote or restate it, each cited. Figures no source gives (the minimum full-year
 * students of most regions, the rate in most years, the formula from grades to money) are inputs
 * of a scenario or parameters marked {@link Basis#ASSUMPTION}.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Alf2014 {

  private Alf2014() {}

  /** The id of this rule set. */
  public static final String ID = "alf-2014";

  /** What the quality share is distributed by in a year (ALF 2014 § 9). */
  public static final Key<QualityBasis> QUALITY_BASIS = Key.of("research.quality-basis",
      QualityBasis.class, "what the quality share is distributed by");

  /** § 7 up to the words on which the two readings of its end differ. */
  private static final String DEFINITION_TEXT = "Den kliniska forskningen förutsätter vårdens"
      + " strukturer och resurser och har som mål att lösa ett ohälsoproblem eller att"
      + " identifiera faktorer som leder till ";

  private static final StandardRuleSet INSTANCE = StandardRuleSet.builder()
      .id(ID)
      .title("ALF agreement 2014 (in force from 2015)")
      .source(Alf2014Sources.AGREEMENT)
      .firstYear(Year.of(2015))
      .parameters(parameters())
      .rules(rules())
      .addAllStatements(statements())
      .build();

  /**
   * Returns the rule set.
   *
   * @return the rule set {@code alf-2014}
   */
  public static RuleSet ruleSet() {
    return INSTANCE;
  }

  private static Parameters parameters() {
    Parameters.Builder p = Parameters.builder()
        .putYear(Keys.EDUCATION_RATE, Year.of(2021), PublishedFigures.EDUCATION_RATE_2021,
            Basis.PUBLISHED, PublishedFigures.EDUCATION_RATE_2021_SOURCE)
        .putFrom(Keys.TERM_12_FROM, Year.of(2015),
            MedicalProgramme.TWELVE_TERM.firstSemesterOfTerm(12).year(), Basis.PUBLISHED,
            Alf2014Sources.TERM_12)
        .putYear(Keys.QUALITY_SHARE, Year.of(2015), Ratio.ZERO, Basis.AGREEMENT,
            Alf2014Sources.QUALITY)
        .putYears(Keys.QUALITY_SHARE, Year.of(2016), Year.of(2017), Ratio.of(1, 10),
            Basis.AGREEMENT, Alf2014Sources.QUALITY)
        .putYear(Keys.QUALITY_SHARE, Year.of(2018), Ratio.of(15, 100), Basis.AGREEMENT,
            Alf2014Sources.QUALITY)
        .putFrom(Keys.QUALITY_SHARE, Year.of(2019), Ratio.of(20, 100), Basis.AGREEMENT,
            Alf2014Sources.QUALITY)
        .putYear(QUALITY_BASIS, Year.of(2015), QualityBasis.NONE, Basis.AGREEMENT,
            Alf2014Sources.QUALITY)
        .putYears(QUALITY_BASIS, Year.of(2016), Year.of(2018), QualityBasis.BIBLIOMETRIC,
            Basis.AGREEMENT, Alf2014Sources.QUALITY)
        .putFrom(QUALITY_BASIS, Year.of(2019), QualityBasis.EVALUATION, Basis.AGREEMENT,
            Alf2014Sources.QUALITY)
        .putFrom(Keys.POINTS_A, Year.of(2015), Ratio.of(2), Basis.ASSUMPTION,
            Alf2014Sources.QUALITY_POINTS)
        .putFrom(Keys.POINTS_B, Year.of(2015), Ratio.ONE, Basis.ASSUMPTION,
            Alf2014Sources.QUALITY_POINTS)
        .putFrom(Keys.POINTS_C, Year.of(2015), Ratio.ZERO, Basis.ASSUMPTION,
            Alf2014Sources.QUALITY_POINTS)
        .putFrom(Keys.EVALUATION_INTERVAL, Year.of(2015), 4, Basis.PUBLISHED,
            Alf2014Sources.EVALUATION)
        .putFrom(Keys.USV_EVALUATION_INTERVAL, Year.of(2015), 4, Basis.PUBLISHED,
            Alf2014Sources.EVALUATION)
        .putYears(Keys.CARRY_OVER_ALLOWED, Year.of(2015), Year.of(2020), false, Basis.AGREEMENT,
            Alf2014Sources.NO_CARRY_OVER)
        .putYear(Keys.CARRY_OVER_ALLOWED, Year.of(2021), true, Basis.AGREEMENT,
            Alf2014Sources.NO_CARRY_OVER
                .withSection("supplementary agreement 2020 (tilläggsavtal)"))
        .putFrom(Keys.CARRY_OVER_ALLOWED, Year.of(2022), false, Basis.AGREEMENT,
            Alf2014Sources.NO_CARRY_OVER);
    // The 2015 shares of research funding (VR1804) are published; the agreement's own keys are
    // not, so the shares are carried forward as a labelled assumption.
    PublishedFigures.RESEARCH_SHARES_2015.forEach((r, share) -> p
        .putYear(Keys.RESEARCH_KEY.of(r), Year.of(2015), share, Basis.PUBLISHED,
            PublishedFigures.RESEARCH_SHARES_2015_SOURCE)
        .putFrom(Keys.RESEARCH_KEY.of(r), Year.of(2016), share, Basis.ASSUMPTION,
            Alf2014Sources.KEYS_CARRIED));
    return p.build();
  }

  private static RuleBook rules() {
    return RuleBook.builder()
        .put(Slots.MINIMUM_STUDENTS, Alf2014Rules::minimumStudents)
        .put(Slots.ACTUAL_STUDENTS, Alf2014Rules::actualStudents)
        .put(Slots.STUDENT_GROWTH, Alf2014Rules::termsGrowth)
        .put(Slots.COMPENSATED_STUDENTS, Alf2014Rules::compensatedStudents)
        .put(Slots.EDUCATION_RATE, Alf2014Rules::educationRate)
        .put(Slots.EDUCATION, Alf2014Rules::education)
        .put(Slots.SUPPLEMENT, Alf2014Rules::noSupplement)
        .put(Slots.RESEARCH_APPROPRIATION, Alf2014Rules::researchAppropriation)
        .put(Slots.RESEARCH, Alf2014Rules::research)
        .put(Slots.CLINICAL_RESEARCH, ClinicalResearchDefinition.of(
            Alf2014Rules.USES_HEALTHCARE, Alf2014Rules.AIMS_AT_HEALTH)
            .withReading(DEFINITION_TEXT + "ökad hälsa", Alf2014Sources.DEFINITION)
            .withReading(DEFINITION_TEXT + "ohälsa", Alf2014Sources.DEFINITION_AS_RESTATED))
        .put(Slots.EVALUATION, Alf2014Rules::evaluation)
        .put(Slots.SCENARIO_CHECKS, ImmutableList.<ScenarioCheck>of(
            Alf2014Checks::studentsBelowMinimum, Alf2014Checks::evaluationOverdue,
            Alf2014Checks::fundsCarriedOver))
        .put(Slots.LANDSCAPE_CHECKS, ImmutableList.<LandscapeCheck>of(
            Alf2014Checks::regionalAgreementInForce, Alf2014Checks::affiliationsBound,
            Alf2014Checks::knownUnknowns))
        .build();
  }

  private static ImmutableList<Statement> statements() {
    return ImmutableList.of(
        Statement.of("name", "Avtal mellan svenska staten och vissa landsting om samarbete om"
            + " utbildning av läkare, klinisk forskning och utveckling av hälso- och sjukvården",
            Alf2014Sources.AGREEMENT),
        Statement.of("purpose", "The state and the seven county councils cooperate on medical"
            + " education, clinical research and the development of healthcare; each ALF region"
            + " has a regional agreement (RALF) between region and university",
            Alf2014Sources.REGIONAL_AGREEMENTS),
        Statement.of("parts", "ALF compensation has two parts: clinical research and medical"
            + " education", Alf2014Sources.TWO_PARTS),
        Statement.of("governance.national-body", "A national steering group (nationell"
            + " styrgrupp) made up of both parties follows the agreement",
            Citation.web("Vetenskapsrådet, utvärderingar",
                "https://vr.se/omvetenskapsradet/alfkansliet/"
                    + "utvarderingar.4.41566e4915b6b1121051e7b4.html")),
        Statement.of("usv", "University healthcare (universitetssjukvård) is defined in § 1 and"
            + " evaluated by Socialstyrelsen every four years; the state may terminate the"
            + " agreement with a county council that does not remedy deficiencies",
            Citation.alf2014("§ 1").withUrl("https://www.hsan.se/aktuellt/utvardering-av-"
                + "universitetssjukvarden/")),
        Statement.of("research-steering", "From 2019, 20 % of research ALF is distributed by"
            + " Vetenskapsrådet's evaluation of clinical research quality",
            Alf2014Sources.QUALITY));
  }

  /** The {@link java.util.ServiceLoader} provider of this rule set. */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public static final class Provider implements RuleSetProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Provider() {}

    @Override
    public RuleSet get() {
      return INSTANCE;
    }
  }
}
