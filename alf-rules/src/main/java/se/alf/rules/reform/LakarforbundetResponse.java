package se.alf.rules.reform;

import com.google.common.collect.ImmutableSet;
import java.time.Year;
import org.apiguardian.api.API;
import se.alf.programme.MedicalProgramme;
import se.alf.research.Permit;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Basis;
import se.alf.rules.pm2024.Proposal2024;
import se.alf.rules.spi.RuleSetProvider;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * Sveriges läkarförbund's consultation response (remissvar) to memorandum U2024/01035, Stockholm
 * 2024-07-02, as a {@link Reform reform} of the proposal {@code pm-2024}:
 * {@code lakarforbundet-2024}. The union supports every proposal ("tillstyrker samtliga förslag")
 * with two additions, which this reform makes:
 *
 * <ul>
 *   <li>The raise per full-year student "borde ... ske innan den tolfte terminen inleds". Term 12
 *       is first given in VT 2027 ({@link MedicalProgramme#firstSemesterOfTerm}); ALF is paid by
 *       calendar year and VT starts in January, so a raise in 2027 would start <em>with</em>
 *       term 12, not before it. "Before" is read as: from the calendar year before the year term
 *       12 is first given, 2027 − 1 = 2026 (the latest year that is still before; the union
 *       argues the costs exist "redan ... idag" but names no earlier date). This equals the
 *       proposal's 2026 as Region Västerbotten restates it; the union's wording suggests it read
 *       the proposal as raising with term 12. The value follows the programme model.</li>
 *   <li>7.2: research that needs approval by an animal ethics committee (djurförsöksetisk
 *       nämnd, translational research) also satisfies the permit clause.</li>
 * </ul>
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class LakarforbundetResponse {

  private LakarforbundetResponse() {}

  /** The id of this rule set. */
  public static final String ID = "lakarforbundet-2024";

  static final String URL = "https://slf.se/remisser/2024/remiss-av-promemorian-hallbar-och-"
      + "hogkvalitativ-lakarutbildning-och-klinisk-forskning-forslag-till-ett-reviderat-alf-avtal/";

  static final Citation SOURCE = Citation.builder()
      .document("Sveriges läkarförbund, remissvar U2024/01035, 2024-07-02").url(URL)
      .note("Remiss av promemorian Hållbar och högkvalitativ läkarutbildning och klinisk"
          + " forskning – förslag till ett reviderat ALF-avtal; Gem 2024/0065")
      .build();

  static final Citation RAISE = SOURCE.withSection("Övergripande synpunkter").withNote(
      "\"Eftersom kostnadskonsekvenser av det sex-åriga läkarprogrammet redan finns idag borde"
          + " höjningen av ALF-medel per helårsstudent ske innan den tolfte terminen inleds.\""
          + " Reading: from the calendar year before the year term 12 is first given (VT "
          + MedicalProgramme.TWELVE_TERM.firstSemesterOfTerm(12).year() + "): an"
          + " interpretation, ASSUMPTION");

  static final Citation ANIMAL = SOURCE.withSection("7.2").withNote("\"Tillägget kan behöva"
      + " kompletteras för att inkludera klinisk forskning som kräver etiskt tillstånd via"
      + " djurförsöksnämnd. Translationell forskning som avser att lösa ohälsoproblem kan kräva"
      + " djurmodeller\"");

  private static final RuleSet INSTANCE = build();

  /**
   * Returns the rule set {@code lakarforbundet-2024}.
   *
   * @return the rule set
   */
  public static RuleSet ruleSet() {
    return INSTANCE;
  }

  /** Returns the year the raise applies from: the year before term 12 is first given. */
  static Year raiseFrom() {
    return MedicalProgramme.TWELVE_TERM.firstSemesterOfTerm(12).year().minusYears(1);
  }

  private static RuleSet build() {
    RuleSet baseline = Proposal2024.ruleSet();
    return Reform.of(baseline)
        .id(ID)
        .title("Sveriges läkarförbund's response to PM U2024/01035 (2024-07-02)")
        .citation(SOURCE)
        .set(Keys.RAISE_FROM, baseline.firstYear(), raiseFrom(), Basis.ASSUMPTION, RAISE)
        .set(Keys.QUALIFYING_PERMITS, baseline.firstYear(), ImmutableSet.of(
                Permit.MEDICAL_PRODUCTS_AGENCY, Permit.ETHICAL_REVIEW_AUTHORITY,
                Permit.ANIMAL_ETHICS_COMMITTEE), Basis.AGREEMENT, ANIMAL)
        .addStatement(Statement.of("appropriations", "Supports every proposal; stresses that"
            + " the appropriations rise, both for medical education and for clinical research;"
            + " regionalised education (e.g. Linköping's, to the south-east healthcare region)"
            + " raises costs", SOURCE.withSection("Övergripande synpunkter").withNote(
                "\"Läkarförbundet tillstyrker samtliga förslag presenterade i utredningen med de"
                    + " tillägg som lyfts nedan\"")))
        .build();
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
