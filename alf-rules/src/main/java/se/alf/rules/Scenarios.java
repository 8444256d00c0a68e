package se.alf.rules;

import java.time.Year;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.EvaluationRound;
import se.alf.quality.Evaluations;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.published.PublishedFigures;
import se.alf.source.Citation;

/**
 * Ready scenarios. {@link #published()} holds every published figure the rules need, with its
 * source, and fills each gap with an explicitly labelled {@link Basis#ASSUMPTION}: a round,
 * illustrative value that lets the rules run and that a caller replaces with real figures
 * ({@link Scenario#with}). Results built on it list the assumptions they rest on.
 *
 * <p>The assumptions, and why each was chosen, are listed in the README ("The published
 * scenario").
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Scenarios {

  private Scenarios() {}

  private static final Year FIRST = Year.of(2015);

  /** Linköpings universitet's minimum for 2015, the only one published (regleringsbrev). */
  private static final FullYearStudents LIU_MINIMUM_2015 = FullYearStudents.of(968);

  /** The research appropriation assumed from 2016 (see the citation where it is put). */
  private static final Sek ASSUMED_RESEARCH = Sek.ofKronor(1_750_000_000L);

  private static final Citation MINIMUM_LIU_2015 = Citation.builder()
      .document("Regleringsbrev för budgetåret 2015 avseende Linköpings universitet")
      .section("3 Uppdrag").url("https://www.esv.se/statsliggaren/regleringsbrev/?RBID=16724")
      .note("'ersätts inom läkarutbildningen för högst 968 helårsstudenter'").build();

  private static final Citation RESEARCH_2015 = Citation.builder()
      .document("Vetenskapsrådet, VR1804 (2018)").section("English summary")
      .url("https://5dok.org/article/reports-three-expert-panels-utv%C3%A4rdering-kliniska-"
          + "forskningens-kvalitet.y961lp4r")
      .note("'In 2015, the total amount of alf funding for clinical research was approximately"
          + " 1 700 million sek'").build();

  private static final Citation ROUND_TIMING = Citation.web("ALF Västra Götaland",
      "https://www.alfvastragotaland.se/senaste-nytt/"
          + "extra-alf-tilldelning-satsas-inom-tre-omraden/")
      .withNote("an evaluation reported in March 2018 moved money 'från och med nästa år' (2019);"
          + " each round is taken to apply from the year after it reports");

  private static Citation assumption(String what, String why) {
    return Citation.builder().document("alf assumption").section(what)
        .note(why + " Not a published figure: replace it with your own.").build();
  }

  private static final Scenario PUBLISHED = build();

  /** {@return the published figures, with labelled assumptions where none is published} */
  public static Scenario published() {
    return PUBLISHED;
  }

  private static Scenario build() {
    Scenario.Builder s = Scenario.builder("published").description("published figures with"
        + " sources; labelled assumptions where nothing is published");
    students(s);
    money(s);
    evaluations(s);
    return s.build();
  }

  /** Läkartidningen 2006-05: places on the medical programme, autumn 2006, per university. */
  static final String INTAKE_2006_URL =
      "https://lakartidningen.se/notiser/2006/05/lakarutbildning-pa-ki-popularast/";

  /** Autumn 2006 places (Läkartidningen 2006-05); Linköping's 60 is the scale's anchor. */
  private static final long LIU_PLACES_2006 = 60L;

  /**
   * The assumed minimum of a region with no published minimum: Linköping's published 2015 minimum
   * (968) scaled by the university's autumn-2006 places against Linköping's 60, to whole students
   * (half up). Package-private for the test that re-derives each value by hand.
   */
  static long scaledMinimum(long places2006) {
    return (968 * places2006 * 2 + LIU_PLACES_2006) / (2 * LIU_PLACES_2006);
  }

  /**
   * Returns the autumn-2006 places of a university (Läkartidningen 2006-05: KI 132, GU 87,
   * UU 76, LU 88, UmU 79, LiU 60; Örebro had no programme yet).
   */
  static long places2006(AlfRegion r) {
    return switch (r) {
      case STOCKHOLM -> 132;
      case VASTRA_GOTALAND -> 87;
      case SKANE -> 88;
      case UPPSALA -> 76;
      case VASTERBOTTEN -> 79;
      case OSTERGOTLAND -> LIU_PLACES_2006;
      case OREBRO -> throw new IllegalArgumentException("places-2006[orebro]: Örebro's"
          + " programme began in 2011, so it had no places in 2006");
    };
  }

  private static Citation scaledCitation(AlfRegion r, long places, long minimum) {
    String check = switch (r) {
      case VASTRA_GOTALAND -> " Check: VGR's published education money, 108 MSEK in 2024"
          + " (alfvastragotaland.se), ÷ 79 547 kr = 1 358 HST, 3 % below.";
      case SKANE -> " Check: Skåne's ALF-GU of about 120 MSEK (intramed.lu.se, c. 2024)"
          + " ÷ 79 547 kr = 1 509 HST, 6 % above.";
      case VASTERBOTTEN -> " Check: Umeå admits 100 a term from 2009 (Läkartidningen 2009-02)"
          + " × 11 terms = 1 100 HST, 14 % below.";
      default -> "";
    };
    return Citation.builder().document("alf assumption")
        .section("minimum full-year students, " + r.displayName())
        .url(INTAKE_2006_URL)
        .note("No minimum is published for this region. Derived: Linköping's published 2015"
            + " minimum (968 HST) × this university's places in autumn 2006 (" + places
            + ", Läkartidningen 2006-05) ÷ Linköping's (60) = 968 × " + places + " ÷ 60 ≈ "
            + minimum + ". The scale assumes every programme grew like Linköping's between"
            + " 2006 and 2015." + check + " Seven regions together: 9 138 HST × 79 547 kr ="
            + " 726.9 MSEK, 92 % of UKÄ's 2021 education line (789.7 MSEK, an upper bound"
            + " that includes dental money). Not a published figure: replace it with your own.")
        .build();
  }

  private static void students(Scenario.Builder s) {
    Citation liuCarried = assumption("minimum full-year students", "Only the 2015 minimum is"
        + " published; it is carried forward.");
    Citation orebro = assumption("minimum full-year students, Örebro", "No minimum is published;"
        + " 715 = 65 students per term (Örebro's first intake, riksdagen written question 2011)"
        + " × 11 terms.");
    Citation actualIsMinimum = assumption("actual full-year students", "Not published; the"
        + " students trained a year without term 12 are taken equal to the minimum. From the year"
        + " term 12 is first given, the rule set grows them by its own growth (12/11 under"
        + " alf-2014 and pm-2024, 6/5 under vasterbotten-2024); give actual-hst for a year to"
        + " replace the derived number.");
    Citation actualOrebro = assumption("actual full-year students, Örebro", "Not published;"
        + " 800 a year without term 12 illustrates a region that trains more than its minimum, as"
        + " PM 6.1.2 says Örebro does. From the year term 12 is first given, the rule set grows"
        + " them by its own growth; give actual-hst for a year to replace the derived number.");
    for (AlfRegion r : AlfRegion.values()) {
      Key<FullYearStudents> minimum = Keys.MINIMUM_HST.of(r);
      Key<FullYearStudents> actual = Keys.BASE_HST.of(r);
      if (r == AlfRegion.OSTERGOTLAND) {
        s.put(minimum, FIRST, LIU_MINIMUM_2015, Basis.PUBLISHED, MINIMUM_LIU_2015);
        s.putFrom(minimum, FIRST.plusYears(1), LIU_MINIMUM_2015, Basis.ASSUMPTION,
            liuCarried);
        s.putFrom(actual, FIRST, LIU_MINIMUM_2015, Basis.ASSUMPTION, actualIsMinimum);
      } else if (r == AlfRegion.OREBRO) {
        s.putFrom(minimum, FIRST, FullYearStudents.of(715), Basis.ASSUMPTION, orebro);
        s.putFrom(actual, FIRST, FullYearStudents.of(800), Basis.ASSUMPTION, actualOrebro);
      } else {
        long places = places2006(r);
        FullYearStudents scaled = FullYearStudents.of(scaledMinimum(places));
        s.putFrom(minimum, FIRST, scaled, Basis.ASSUMPTION,
            scaledCitation(r, places, scaledMinimum(places)));
        s.putFrom(actual, FIRST, scaled, Basis.ASSUMPTION, actualIsMinimum);
      }
    }
  }

  private static void money(Scenario.Builder s) {
    s.put(Keys.RESEARCH_APPROPRIATION, FIRST, Sek.ofKronor(1_700_000_000L), Basis.PUBLISHED,
        RESEARCH_2015);
    Citation research = assumption("research appropriation", "No appropriation is published for"
        + " later years; 1 750 MSEK is the level implied by Läkartidningen 2016-11 ('20 procent"
        + " ... drygt 350 miljoner kronor'). Against UKÄ's research line (the universities'"
        + " payments to the regions, 1 809 MSEK in 2017 rising to 1 929 MSEK in 2021, an upper"
        + " bound that includes dental money; UKÄ's annual report 2019: 'totalt 1,8 miljarder"
        + " kronor' in 2018) it is 3–9 % low; alf backtest shows each year.");
    s.putFrom(Keys.RESEARCH_APPROPRIATION, FIRST.plusYears(1), ASSUMED_RESEARCH,
        Basis.ASSUMPTION, research);
    s.putFrom(Keys.UNCHANGED_RESEARCH_LEVEL, FIRST, ASSUMED_RESEARCH,
        Basis.ASSUMPTION, assumption("unchanged research level", "The level an increase is"
            + " measured against (PM 7.5.1) is taken as the assumed appropriation, so the"
            + " published scenario has no increase."));
    s.putFrom(Keys.EDUCATION_RATE, FIRST, PublishedFigures.EDUCATION_RATE_2021, Basis.ASSUMPTION,
        assumption("education rate per full-year student", "Only the 2021 rate (79 547 kr,"
            + " Läkartidningen 2021-12) is published. Index assumption: 0 % a year, the 2021"
            + " rate in every year (no indexation rule is published). The published figures"
            + " suggest about 2.8 % a year: UKÄ's education line grew from 705.6 (2017) to 789.7"
            + " MSEK (2021), 2.85 % a year, and VGR's education money from 108 (2024) to 111 MSEK"
            + " (2025), 2.8 %; alf backtest shows the cost of the 0 %."));
    s.putFrom(Keys.RAISED_EDUCATION_RATE, FIRST, Sek.ofKronor(128_492), Basis.ASSUMPTION,
        assumption("raised education rate", "The memorandum gives no size; 128 492 kr is what the"
            + " regions asked for (Läkartidningen 2021-12), used for illustration."));
    s.putFrom(Keys.CITED_SHARE, FIRST, Ratio.of(1, 2), Basis.ASSUMPTION,
        assumption("share of an increase by highly cited articles", "PM 7.5.2 gives no share;"
            + " one half is used for illustration."));
    s.putFrom(Keys.QUALITY_AMOUNT_SHARE, FIRST, Ratio.of(1, 5), Basis.ASSUMPTION,
        assumption("quality amount share", "PM 7.10 gives no share; the 2014 agreement's 20 %"
            + " is used."));
    s.putFrom(Keys.QUALITY_LOSS, FIRST, QualityLoss.WHOLE_AMOUNT, Basis.ASSUMPTION,
        assumption("quality amount lost", "PM 7.10: a region graded undermålig 'tappar sitt"
            + " kvalitetsbelopp'; grades are per panel, and how they make a region's grade is not"
            + " said: any undermålig panel is taken to cost the whole quality amount."));
    s.putFrom(Keys.WITHHELD_DESTINATION, FIRST, WithheldDestination.RETURNED_TO_STATE,
        Basis.ASSUMPTION, assumption("withheld quality amounts", "PM 7.10 does not say where a"
            + " lost quality amount goes; returned to the state, as unused ALF is."));
    Citation weightsAreKeys = assumption("bibliometric weights and highly cited articles",
        "Not published; taken proportional to the 2015 research keys, so they move nothing.");
    PublishedFigures.RESEARCH_SHARES_2015.forEach((r, key) -> {
      s.putFrom(Keys.BIBLIOMETRIC_WEIGHT.of(r), FIRST, key, Basis.ASSUMPTION, weightsAreKeys);
      s.putFrom(Keys.HIGHLY_CITED_ARTICLES.of(r), FIRST, key, Basis.ASSUMPTION, weightsAreKeys);
    });
  }

  private static void evaluations(Scenario.Builder s) {
    applyRound(s, Evaluations.round2018(), Year.of(2019), Year.of(2023));
    applyRound(s, Evaluations.round2023(), Year.of(2024), null);
    Citation vr = Evaluations.round2023().citation();
    s.put(Keys.LAST_RESEARCH_EVALUATION, Year.of(2018).atDay(1), Year.of(2023).atDay(1),
        Year.of(2018), Basis.PUBLISHED, Evaluations.round2018().citation());
    s.putFrom(Keys.LAST_RESEARCH_EVALUATION, Year.of(2023), Year.of(2023), Basis.PUBLISHED, vr);
    Citation usv = Citation.web("Socialstyrelsen, utvärdering av universitetssjukvården",
        "https://ki.se/samverkan/halso-och-sjukvarden/alf-och-usv-utvarderingar-2022/usv-"
            + "utvarderingen")
        .withNote("1st round reported March 2018; 2nd round (2018–2021) reported May 2023");
    s.put(Keys.LAST_USV_EVALUATION, Year.of(2018).atDay(1), Year.of(2023).atDay(1),
        Year.of(2018), Basis.PUBLISHED, usv);
    s.putFrom(Keys.LAST_USV_EVALUATION, Year.of(2023), Year.of(2023), Basis.PUBLISHED, usv);
  }

  /** The round's grades apply from {@code from} to {@code to} (inclusive, or on if null). */
  private static void applyRound(Scenario.Builder s, EvaluationRound round, Year from, Year to) {
    for (AlfRegion r : AlfRegion.values()) {
      RegionEvaluation result = round.result(r);
      boolean complete = result.isComplete();
      RegionEvaluation graded = complete ? result : assumeGodHog(result);
      StringBuilder assumed = new StringBuilder();
      for (Panel p : Panel.values()) {
        if (result.grade(p).isEmpty()) {
          assumed.append(assumed.length() == 0 ? "" : ", ").append("panel ").append(p.number())
              .append(' ').append(graded.grade(p).orElseThrow().letter());
        }
      }
      String why = (result.unplacedGrades().isEmpty() ? ""
          : "Grades published without their panel are placed on the unknown panels, the best"
              + " grade on the heaviest unknown panel first (panel 1 weighs 1/2): the panel is"
              + " assumed. ")
          + (result.unplacedGrades().size() == result.unknownNotes().size() ? ""
              : (result.unplacedGrades().isEmpty() ? "Panels without a published grade"
                  : "Panels still without a grade") + " are taken as god–hög (B), the grade most"
                  + " regions had. ")
          + "Assumed: " + assumed + "; published: " + result.describePublished() + ".";
      Citation citation = complete ? result.citation().withNote(ROUND_TIMING.note().get())
          : assumption("grades of " + r.displayName() + ", round " + round.reportYear(), why);
      Basis basis = complete ? Basis.PUBLISHED : Basis.ASSUMPTION;
      Key<RegionEvaluation> key = Keys.EVALUATION_RESULT.of(r);
      if (to == null) {
        s.putFrom(key, from, graded, basis, citation);
      } else {
        s.put(key, from.atDay(1), to.plusYears(1).atDay(1), graded, basis, citation);
      }
    }
  }

  /**
   * Completes {@code result}: grades published without their panel go on its unknown panels,
   * best grade on the heaviest panel first (an assumption); the panels left get god–hög (B).
   */
  private static RegionEvaluation assumeGodHog(RegionEvaluation result) {
    return result.assuming(Grade.GOD_HOG);
  }
}
