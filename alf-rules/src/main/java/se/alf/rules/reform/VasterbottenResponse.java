package se.alf.rules.reform;

import java.time.Year;
import java.util.Objects;
import org.apiguardian.api.API;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.MedicalProgramme;
import se.alf.programme.TermKind;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenario;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.pm2024.Proposal2024;
import se.alf.rules.spi.Condition;
import se.alf.rules.spi.RuleSetProvider;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;
import se.alf.source.Document;
import se.alf.source.Sources;

/**
 * Region Västerbotten's consultation response (remissvar) to memorandum U2024/01035, as a
 * {@link Reform reform} of the proposal {@code pm-2024}: {@code vasterbotten-2024}. Source: seed
 * {@code 000_13ed2d48ae91e5ee.txt}, which follows the memorandum's section numbers; every change
 * cites its section.
 *
 * <ul>
 *   <li>6.1.1: a flat supplement for ALF regions that regionalise their medical education,
 *       uprated like the rest of ALF ({@link #SUPPLEMENT}: the response gives no size, so the
 *       caller supplies it; {@link #REGIONALISES}: Västerbotten and Östergötland).</li>
 *   <li>6.1.2: the growth with term 12 is one fifth (clinical terms 6/5), not one eleventh; it
 *       grows the students the regions actually train as well as the minimum, so the demand is
 *       costed ({@code programme.clinical-terms}: 5; {@code programme.term-12-from}: 2027, an
 *       assumption where the response also says 2026).</li>
 *   <li>6.2.1: the raised rate per full-year student from 2024, not 2026.</li>
 *   <li>7.2: no permit clause in the definition of clinical research.</li>
 *   <li>7.5.1: the current percentage keys until 2027, then research ALF by each region's share
 *       of full-year students ({@link #STUDENT_SHARE_FROM}).</li>
 *   <li>7.5.2: no part of an increase by highly cited articles.</li>
 *   <li>7.9.2: quality evaluations every six years.</li>
 *   <li>5.2, 5.3.2, 6.1.1, 6.4, 7.3, 7.6, 7.7: statements where the response differs.</li>
 * </ul>
 *
 * <p>The rule set is <em>not</em> registered with {@link java.util.ServiceLoader}: it cannot run
 * on {@link se.alf.rules.Scenarios#published()} from 2026 without the caller's supplement amount.
 * Find it with {@link Reforms#vasterbotten()} or {@link Reforms#byId(String)}.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class VasterbottenResponse {

  private VasterbottenResponse() {}

  /** The id of this rule set. */
  public static final String ID = "vasterbotten-2024";

  private static final String SEED = Sources.SEED_VASTERBOTTEN_RESPONSE;

  /** The response as a whole. */
  static final Citation SOURCE = Citation.builder()
      .document(Document.VASTERBOTTEN_RESPONSE.shortName()).seedFile(SEED)
      .note("Remissvar Hållbar och högkvalitativ läkarutbildning och klinisk forskning – förslag"
          + " till ett reviderat ALF-avtal, Promemoria U2024/01035; undated").build();

  static Citation section(String section, String note) {
    return Citation.seed(SEED, section).withNote(note);
  }

  static final Citation SUPPLEMENT_SOURCE = section("6.1.1", "\"de ALF-regioner som väljer att"
      + " regionalisera sin läkarutbildning [bör] i alla fall till viss del kompenseras för de"
      + " merkostnader som detta innebär genom exempelvis ett schablonbelopp som skrivs upp i"
      + " samma takt som de övriga ALF-ersättningen\"");

  static final Citation GROWTH = section("6.1.2", "\"Det medför att regionerna 2026 inte tar emot"
      + " en elftedel fler studenter, utan en femtedel\": five mainly clinical terms become six");

  /**
   * The mainly clinical terms of the 11-term programme: § 6.1.2 says the first five terms are
   * mainly preclinical and one more is the degree project, so 11 − 5 − 1 = 5.
   */
  static final Citation CLINICAL_TERMS = section("6.1.2", "\"I realitet är det bara fem"
      + " terminer där läkarutbildningen har sin majoritet av den kliniska träningen då de första"
      + " fem terminerna på läkarutbildningen till största delen är inom de prekliniska"
      + " ämnesdisciplinerna samt att ytterligare en termin utgörs av ett vetenskapligt"
      + " arbete\": 5 of 11 terms");

  /**
   * The year of the step: § 6.1.2 gives two. It supports the increase "från och med 2027 i samband
   * med att den tolfte terminen ... ges för första gången", and two sentences later says the
   * regions take "en femtedel" more students "2026". 2027 is taken: ASSUMPTION.
   */
  static final Citation TERM_12_YEAR = section("6.1.2", "Two years: \"öka ALF-regionernas antal"
      + " helårsstudenter från och med 2027 i samband med att den tolfte terminen på den nya"
      + " 6-åriga läkarutbildningen ges för första gången\" (2027); \"regionernas förväntas ta"
      + " emot en elftedel fler studenter 2026\" and \"regionerna 2026 inte tar emot en elftedel"
      + " fler studenter, utan en femtedel\" (2026). Taken: 2027, the year term 12 is first given"
      + " (VT 2027) and the one the response supports; 2026 is read as a slip. An"
      + " interpretation: ASSUMPTION; set programme.term-12-from in a reform to ask about 2026");

  static final Citation RAISE = section("6.2.1", "\"förordar Region Västerbotten att den"
      + " planerade höjningen per helårsstudent tidigareläggs, då den ökade kostnaden gäller redan"
      + " från våren 2024\"");

  static final Citation NO_PERMIT = section("7.2", "\"Region Västerbotten avvisar förslaget att"
      + " utöka definitionen av klinisk forskning med tillägget '…och som kräver tillstånd av"
      + " Läkemedelsverket eller Etikprövningsmyndigheten'\"");

  static final Citation KEYS_UNTIL = section("7.5.1, 6.1.1", "7.5.1: \"fortsatt använda"
      + " nuvarande procentuella fördelning mellan ALF-regionerna fram till 2027. Oavsett om"
      + " anslagen är oförändrade eller vid en ökning av ALF-ersättningen ska sedan en ny princip"
      + " som baseras på helårsstudenter användas\"; 6.1.1: \"ersättningen för såväl utbildning"
      + " som forskning baseras på andelen helårsstudenter\"");

  static final Citation NO_CITED = section("7.5.2", "\"förslaget att basera en del av"
      + " fördelningen på högciterade artiklar [utgör inte] en adekvat spegling av den kliniska"
      + " forskning som ALF-avtalet avser att stötta\"");

  static final Citation QUALITY = section("7.10", "\"Sammantaget styrker dock Region Västerbotten"
      + " förslaget utifrån förutsättningen att staten tillskjuter medel enligt punkt 7.5.2\"");

  static final Citation EVALUATION = section("7.9.2", "\"förespråkar längre tidsintervall än fyra"
      + " år, förslagsvis sex år\"");

  // --- New keys --------------------------------------------------------------------------------

  /**
   * The flat supplement (schablonbelopp) per ALF region that regionalises its medical education,
   * in kronor of the {@link #SUPPLEMENT_BASE_YEAR base year}. The response gives no size: this
   * key has no value in the rule set; supply it in the scenario for the base year (or use
   * {@link #withSupplement(Sek)}).
   */
  public static final Key<Sek> SUPPLEMENT = Key.nonNegativeSek(Key.of(
      "reform.regionalisation-supplement", Sek.class, "flat supplement per ALF region that"
          + " regionalises its medical education, in kronor of the base year (Region"
          + " Västerbotten's response § 6.1.1; no size given: supply it)"));

  /**
   * The year the supplement starts and for which its amount is given; later years are uprated by
   * the research appropriation relative to it.
   */
  public static final Key<Year> SUPPLEMENT_BASE_YEAR = Key.of(
      "reform.regionalisation-supplement.base-year", Year.class,
      "year the regionalisation supplement starts, in whose kronor its amount is given");

  /** Whether an ALF region regionalises its medical education (regionaliserad läkarutbildning). */
  public static final RegionKey<Boolean> REGIONALISES = RegionKey.of(
      "reform.regionalises-education", Boolean.class,
      "whether the ALF region regionalises its medical education");

  /** The first year research ALF is distributed by each region's share of full-year students. */
  public static final Key<Year> STUDENT_SHARE_FROM = Key.of("reform.research-by-students-from",
      Year.class, "first year research ALF is distributed by shares of full-year students");

  /** The value of {@link #SUPPLEMENT_BASE_YEAR} in this rule set (an assumption). */
  private static final Year BASE_YEAR = Proposal2024.ruleSet().referenceYear();

  private static final RuleSet INSTANCE = build();

  /**
   * Returns the rule set {@code vasterbotten-2024}.
   *
   * @return the rule set
   */
  public static RuleSet ruleSet() {
    return INSTANCE;
  }

  /**
   * Returns a reform of {@code vasterbotten-2024} ({@code vasterbotten-2024-supplement}) in which
   * the supplement is {@code amountInBaseYear} in the base year, marked as the caller's input.
   *
   * @param amountInBaseYear the supplement in the base year
   * @return the rule set {@code vasterbotten-2024-supplement}
   */
  public static RuleSet withSupplement(Sek amountInBaseYear) {
    Objects.requireNonNull(amountInBaseYear, "amountInBaseYear");
    amountInBaseYear.requireNonNegative(SUPPLEMENT.id());
    Year base = BASE_YEAR;
    return Reform.of(INSTANCE)
        .id(ID + "-supplement")
        .title("Region Västerbotten's response with a supplement of " + amountInBaseYear.format()
            + " (" + base + ")")
        .citation(SUPPLEMENT_SOURCE)
        .set(SUPPLEMENT, base, amountInBaseYear, Basis.INPUT, callerAmount())
        .build();
  }

  /**
   * Returns {@code scenario} with the supplement {@code amountInBaseYear} as an input from the
   * base year on.
   *
   * @param scenario the scenario to add the input to
   * @param amountInBaseYear the supplement in the base year
   * @return a copy of {@code scenario} with the input
   */
  public static Scenario withSupplement(Scenario scenario, Sek amountInBaseYear) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(amountInBaseYear, "amountInBaseYear");
    amountInBaseYear.requireNonNegative(SUPPLEMENT.id());
    Year base = BASE_YEAR;
    return scenario.with(scenario.name() + "+supplement", Parameters.builder()
        .putFrom(SUPPLEMENT, base, amountInBaseYear, Basis.INPUT, callerAmount()).build());
  }

  private static Citation callerAmount() {
    return Citation.builder().document("caller input").section(SUPPLEMENT.id())
        .note("the response (§ 6.1.1) gives no size; the amount is the caller's").build();
  }

  private static RuleSet build() {
    RuleSet baseline = Proposal2024.ruleSet();
    VasterbottenRules rules = new VasterbottenRules(baseline);
    Year first = baseline.firstYear();
    Reform.Builder r = Reform.of(baseline)
        .id(ID)
        .title("Region Västerbotten's response to PM U2024/01035 (2024)")
        .citation(SOURCE)
        // 6.1.1: the supplement.
        .declare(SUPPLEMENT)
        .declare(SUPPLEMENT_BASE_YEAR)
        .declare(REGIONALISES)
        .set(SUPPLEMENT_BASE_YEAR, first, BASE_YEAR, Basis.ASSUMPTION, Citation.builder()
            .document("alf assumption").section(SUPPLEMENT_BASE_YEAR.id())
            .note("The response (§ 6.1.1) dates neither the supplement nor its uprating."
                + " It is taken to start with the proposal's new agreement (2026, the proposal's"
                + " own assumed start) and to be given in 2026 kronor. 'Skrivs upp i samma takt"
                + " som de övriga ALF-ersättningen' is read as: grows with the research"
                + " appropriation relative to 2026, since the appropriation is the part of ALF"
                + " the state uprates (education moves with student numbers as well). Replace"
                + " with a reform.").build())
        .replace(Slots.SUPPLEMENT, rules.supplementRule())
        // 6.1.2: one fifth, not one eleventh, from the year term 12 is first given.
        .replace(Proposal2024.STUDENT_GROWTH, VasterbottenRules::clinicalGrowth)
        .set(Keys.CLINICAL_TERMS, first, MedicalProgramme.ELEVEN_TERM.termProfile()
            .count(TermKind.CLINICAL), Basis.PUBLISHED, CLINICAL_TERMS)
        .set(Keys.TERM_12_FROM, first, MedicalProgramme.TWELVE_TERM.firstSemesterOfTerm(12)
            .year(), Basis.ASSUMPTION, TERM_12_YEAR)
        // 6.2.1: the raise from 2024.
        .set(Keys.RAISE_FROM, first, Year.of(2024), Basis.AGREEMENT, RAISE)
        // 7.2: no permit clause.
        .replace(Slots.CLINICAL_RESEARCH, baseline.rules().get(Slots.CLINICAL_RESEARCH)
            .without(Condition.PERMIT))
        // 7.5.1: keys until 2027, then shares of full-year students.
        .declare(STUDENT_SHARE_FROM)
        .set(STUDENT_SHARE_FROM, first, Year.of(2027), Basis.ASSUMPTION, KEYS_UNTIL.withNote(
            KEYS_UNTIL.note().orElseThrow() + ". Reading: 'fram till 2027' = up to the start of"
                + " 2027, so 2026 is the last year on the keys and 2027 the first on full-year"
                + " students, the year the response ties the other changes to (term 12, 6.1.2);"
                + " 'till och med 2027' would have included it. An interpretation: ASSUMPTION"))
        .replace(Proposal2024.RESEARCH_SHARES, rules.sharesRule())
        // 7.5.2: nothing by highly cited articles.
        .set(Keys.CITED_SHARE, first, Ratio.ZERO, Basis.ASSUMPTION, NO_CITED.withNote(
            NO_CITED.note().orElse("") + "; the response asks for a broader approach to be"
                + " investigated and names no share: 0 is an interpretation"))
        // 7.9.2: every six years.
        .set(Keys.EVALUATION_INTERVAL, Proposal2024.ruleSet().referenceYear(), 6,
            Basis.AGREEMENT, EVALUATION);
    regionalisation(r);
    statements(r);
    return r.build();
  }

  private static void regionalisation(Reform.Builder r) {
    Year first = Proposal2024.ruleSet().firstYear();
    Citation umea = section("5.3.2", "\"Umeå universitet har regionaliserat nuvarande 5,5-åriga"
        + " läkarutbildning till samtliga regioner i Norra sjukvårdsregionen och har för avsikt"
        + " att även regionalisera den nya 6-åriga läkarutbildningen\"");
    Citation linkoping = Citation.seed(Sources.SEED_SOUTH_EAST_SLIDES,
        "slide \"Studenter i decentraliserad utbildning\"").withNote("LiU's clinical terms at"
            + " four main sites: Linköping–Motala–Västervik, Kalmar, Norrköping, Jönköping"
            + " (108 students per term); Sveriges läkarförbund 2024-07-02: \"Läkarutbildningen i"
            + " Linköpings universitet är exempelvis regionaliserad till sydöstra"
            + " sjukvårdsregionen\"");
    Citation none = Citation.builder().document("alf assumption")
        .section(REGIONALISES.family()).note("The sources read name no regionalised medical"
            + " programme for this ALF region; taken as not regionalising. Replace with a"
            + " reform.").build();
    for (AlfRegion region : AlfRegion.values()) {
      if (region == AlfRegion.VASTERBOTTEN) {
        r.set(REGIONALISES.of(region), first, true, Basis.PUBLISHED, umea);
      } else if (region == AlfRegion.OSTERGOTLAND) {
        r.set(REGIONALISES.of(region), first, true, Basis.PUBLISHED, linkoping);
      } else {
        r.set(REGIONALISES.of(region), first, false, Basis.ASSUMPTION, none);
      }
    }
  }

  private static void statements(Reform.Builder r) {
    r.replaceStatement(Statement.of("name", "Supports renaming the agreement, but \"utveckling"
        + " av hälso- och sjukvården\" should read \"utveckling av hälso- och sjukvård genom ny"
        + " kunskap och nyttiggörande av klinisk forskning\"", section("5.2",
            "\"Region Västerbotten stödjer förslaget att anpassa ALF-avtalets namn\"")));
    r.replaceStatement(Statement.of("parts", "ALF has two parts (education and clinical"
        + " research), both based on each region's share of full-year students, plus a flat"
        + " supplement for ALF regions that regionalise their medical education",
        section("5.1, 6.1.1", "\"Region Västerbotten förespråkar att ersättningen för såväl"
            + " utbildning som forskning baseras på andelen helårsstudenter\"")));
    r.replaceStatement(Statement.of("vil", "Supports high-quality work-integrated learning on"
        + " equal terms, but it cannot be had on equal terms by ALF regions that regionalise"
        + " their programme without compensation for the extra costs", section("5.3.2",
            "\"verksamhetsintegrerat lärande av hög kvalitet [kan] inte ... bedrivas på"
                + " likvärdiga villkor för de ALF-regioner som väljer att regionalisera"
                + " läkarutbildningen\"")));
    r.replaceStatement(Statement.of("governance.national-body", "Rejects the proposed steering"
        + " model and its acronym (GUNS); the parties to the agreement must hold the decision"
        + " mandate, and the national group's mandate should be inquired into further",
        section("7.7, 7.8.1", "\"Region Västerbotten avvisar förslaget till ny styrmodell,"
            + " inklusive den föreslagna akronymen\"")));
    r.replaceStatement(Statement.of("usv", "Agrees that Socialstyrelsen's university-healthcare"
        + " evaluation ends as now run, but wants a national incentive structure and guidelines"
        + " for university healthcare, key indicators folded into Vetenskapsrådet's evaluation"
        + " (with Socialstyrelsen) and a simple yearly follow-up",
        section("6.4, 7.3, 7.9.1", "\"Det är därför viktigt att någon form av nationella"
            + " riktlinjer för universitetssjukvård fortsatt finns och följs upp\"")));
    r.replaceStatement(Statement.of("cooperation", "Agrees that the agreement should encourage"
        + " cooperation between ALF regions; it should also settle how costs that arise in"
        + " another region through research cooperation are handled", section("7.6",
            "\"bör beakta såväl positiva som negativa aspekter av hur kostnader som uppkommer i"
                + " annan region relaterade till forskningssamverkan ska hanteras\"")));
    r.addStatement(Statement.of("education-funding", "The compensation per full-year student"
        + " should be raised substantially and rest on current student numbers, not on the 2013"
        + " calculation", section("6.2.1", "\"argumenterar också för att ersättningen ska höjas"
            + " substantiellt\"; \"ska utgå från aktuella siffror och inte på beräkningar från"
            + " 2013\"")));
    r.addStatement(Statement.of("research-protected", "A raise of education compensation must"
        + " not be taken from research ALF", section("7.5.1", "\"det vore förödande för den"
            + " kliniska forskningen om en justering av ersättningsnivån avseende ALF-ersättningen"
            + " för läkarutbildningen tas från ALF-ersättningen för klinisk forskning\"")));
    r.addStatement(Statement.of("quality-incentive", "Supports the resource distribution model"
        + " provided the state adds funds (7.5.2), but finds no incentive to reach mycket hög"
        + " when god–hög already earns the quality amount", section("7.10",
            "\"det [är] oklart vilket incitament som driver en region mot omdömet mycket hög"
                + " kvalitet\"")));
  }

  /**
   * The {@link java.util.ServiceLoader} provider of this rule set, ready to be registered once
   * the callers that run every registered rule set on the published scenario supply the
   * supplement amount.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public static final class Provider implements RuleSetProvider {

    /** Creates the provider. */
    public Provider() {}

    @Override
    public RuleSet get() {
      return INSTANCE;
    }
  }
}
