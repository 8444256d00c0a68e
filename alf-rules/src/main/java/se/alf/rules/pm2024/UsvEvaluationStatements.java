package se.alf.rules.pm2024;

import com.google.common.collect.ImmutableList;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;
import se.alf.source.Sources;

/**
 * What the regions said about Socialstyrelsen's evaluation of university healthcare (USV) in seed
 * 002 (web appendix 2 of the evaluation: the answers of the regional management bodies, RLO), as
 * cited statements. They bear on the memorandum's end of the USV evaluation (PM U2024/01035 6.4)
 * and its evaluation interval (7.9): the evaluation covered 2018–2021, its design dates from 2015,
 * and regions criticised its interval and its survey.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class UsvEvaluationStatements {

  private UsvEvaluationStatements() {}

  private static Citation seed(String section, String quote) {
    return Citation.seed(Sources.SEED_USV_APPENDIX, section).withNote(quote);
  }

  private static final ImmutableList<Statement> ALL = ImmutableList.of(
      Statement.of("usv.evaluation-period",
          "The second USV evaluation covered the period 2018–2021 (bears on PM 6.4).",
          seed("RLO Stockholm; RLO Örebro län", "'under hela perioden 2018–2021'")),
      Statement.of("usv.design-of-2015",
          "Region Örebro län: the evaluation was designed in 2015 and is partly outdated; care is"
              + " now organised by patient and theme, not by specialty (bears on PM 6.4).",
          seed("RLO Örebro län, synpunkter vid Socialstyrelsens möte", "'Utvärderingen som"
              + " utformades 2015 är i viss mån föråldrad idag.'")),
      Statement.of("usv.interval-too-short",
          "Region Skåne: the evaluation interval is too short; six years is usual in research"
              + " (bears on PM 7.9, where Region Västerbotten also asks for six years).",
          seed("RLO Skåne", "'intervallet för utvärdering är för kort. Vanligt inom forskning"
              + " är sex år.'")),
      Statement.of("usv.survey-criticised",
          "Several regions criticised the survey: questions misunderstood (Stockholm, Örebro"
              + " län), data outside Socialstyrelsen's remit such as ethics file numbers"
              + " (Östergötland), figures that could be collected otherwise (Örebro län), too much"
              + " weight on formalities (Skåne) (bears on PM 6.4).",
          seed("RLO Stockholm, Östergötland, Skåne, Örebro län", "e.g. 'Några av svaren i"
              + " enkäten verkar vara rena missförstånd'; 'rensa gärna enkäten från insamling av"
              + " vissa sakuppgifter, t.ex. diarienummer på etikansökningar'")));

  /** {@return the statements, in the order above} */
  public static ImmutableList<Statement> all() {
    return ALL;
  }
}
