package se.alf.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Year;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.spi.Slots;

/**
 * The keys of the parameters the rule sets read and of the inputs a scenario supplies. A rule
 * reads a key from the rule set's parameters first and from the scenario where the rule set has
 * no value (a figure that is not published).
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Keys {

  private Keys() {}

  // --- Students ------------------------------------------------------------------------------

  /** Minimum full-year students the state expects a region to take, as published per year. */
  public static final RegionKey<FullYearStudents> MINIMUM_HST = RegionKey.of("minimum-hst",
      FullYearStudents.class, "minimum full-year students (minsta antal helårsstudenter)")
      .constrained(Key::plausibleStudents);

  /** Full-year students a region actually takes in the year. */
  public static final RegionKey<FullYearStudents> ACTUAL_HST = RegionKey.of("actual-hst",
      FullYearStudents.class, "full-year students actually trained")
      .constrained(Key::plausibleStudents);

  /**
   * Full-year students a region trains a year without term 12 (on the 11-term programme): the base
   * from which the rule set derives {@link #ACTUAL_HST} where no value is given for a year. Before
   * {@link #TERM_12_FROM} the actual is the base; from then on the base × the rule set's growth
   * with term 12 ({@link Slots#STUDENT_GROWTH}). A value of {@code actual-hst} for a year is used
   * as it is and never multiplied.
   */
  public static final RegionKey<FullYearStudents> BASE_HST = RegionKey.of("actual-hst.base",
      FullYearStudents.class, "full-year students trained a year without term 12 (the base the"
          + " growth with term 12 applies to where actual-hst is not given)")
      .constrained(Key::plausibleStudents);

  /** The year from which a region's minimum is aligned to the number it actually trains. */
  public static final RegionKey<Year> MINIMUM_ALIGNED_FROM = RegionKey.of(
      "minimum-hst.aligned-to-actual-from", Year.class,
      "year the minimum is aligned to the full-year students actually trained");

  // --- Programme -----------------------------------------------------------------------------

  /**
   * The first calendar year in which term 12 of the 6-year medical programme is given: the year
   * of the step in full-year students.
   */
  public static final Key<Year> TERM_12_FROM = Key.of("programme.term-12-from", Year.class,
      "first year term 12 of the 6-year medical programme is given (the step in full-year"
          + " students)").requiring(y -> y.getValue() >= 2015 && y.getValue() <= 2100,
              "must be a year from 2015 to 2100");

  /**
   * The number of terms of the 11-term programme that carry most of the clinical training; term 12
   * adds one more, so the students in the clinical terms grow by (n + 1)/n.
   */
  public static final Key<Integer> CLINICAL_TERMS = Key.of("programme.clinical-terms",
      Integer.class, "mainly clinical terms of the 11-term medical programme (term 12 adds one)")
      .requiring(n -> n >= 1 && n <= 11, "must be a whole number of terms from 1 to 11");

  // --- Education -----------------------------------------------------------------------------

  /** The compensation per full-year student and year (ersättning per helårsstudent). */
  public static final Key<Sek> EDUCATION_RATE =
      Key.nonNegativeSek(Key.of("education.rate-per-hst", Sek.class,
      "education compensation per full-year student and year"));

  /** The raised compensation per full-year student for the 6-year programme (PM 6.2.1). */
  public static final Key<Sek> RAISED_EDUCATION_RATE =
      Key.nonNegativeSek(Key.of("education.raised-rate-per-hst",
      Sek.class, "raised education compensation per full-year student (6-year programme)"));

  /** The year the raised rate applies from. */
  public static final Key<Year> RAISE_FROM = Key.of("education.raise-from", Year.class,
      "year the raised rate per full-year student applies from");

  // --- Research ------------------------------------------------------------------------------

  /** The appropriation (anslag) for ALF for clinical research in the year. */
  public static final Key<Sek> RESEARCH_APPROPRIATION =
      Key.nonNegativeSek(Key.of("research.appropriation",
      Sek.class, "appropriation for ALF for clinical research"));

  /** A region's fixed percentage key (procentuell fördelningsnyckel) of research ALF. */
  public static final RegionKey<Ratio> RESEARCH_KEY = RegionKey.of("research.key", Ratio.class,
      "fixed percentage key of research ALF").constrained(Key::nonNegativeRatio);

  /** The share of research ALF distributed by quality (2014 agreement). */
  public static final Key<Ratio> QUALITY_SHARE =
      Key.share(Key.of("research.quality-share", Ratio.class,
      "share of research ALF distributed by quality"));

  /** A region's weight in the bibliometric model that distributed the quality share 2016–2018. */
  public static final RegionKey<Ratio> BIBLIOMETRIC_WEIGHT = RegionKey.of(
      "research.bibliometric-weight", Ratio.class, "weight in the bibliometric model 2016–2018")
      .constrained(Key::nonNegativeRatio);

  /** The grades of the evaluation round whose result applies in the year. */
  public static final RegionKey<RegionEvaluation> EVALUATION_RESULT = RegionKey.of(
      "evaluation.result", RegionEvaluation.class, "grades of the evaluation that applies");

  /** Points a panel graded mycket hög (A) scores in the 2014 quality model. */
  public static final Key<Ratio> POINTS_A =
      Key.nonNegativeRatio(Key.of("research.quality-points.a", Ratio.class,
      "points for a panel graded mycket hög (A)"));

  /** Points a panel graded god–hög (B) scores in the 2014 quality model. */
  public static final Key<Ratio> POINTS_B =
      Key.nonNegativeRatio(Key.of("research.quality-points.b", Ratio.class,
      "points for a panel graded god–hög (B)"));

  /** Points a panel graded undermålig (C) scores in the 2014 quality model. */
  public static final Key<Ratio> POINTS_C =
      Key.nonNegativeRatio(Key.of("research.quality-points.c", Ratio.class,
      "points for a panel graded undermålig (C)"));

  /** The research appropriation an increase is measured against (PM 7.5.1, 7.5.2). */
  public static final Key<Sek> UNCHANGED_RESEARCH_LEVEL =
      Key.nonNegativeSek(Key.of("research.unchanged-level",
      Sek.class, "research appropriation level an increase is measured against"));

  /** The share of an increase distributed by highly cited articles (PM 7.5.2). */
  public static final Key<Ratio> CITED_SHARE = Key.share(Key.of("research.cited-share-of-increase",
      Ratio.class, "share of an increase distributed by highly cited articles"));

  /** A region's count of highly cited articles (högciterade artiklar). */
  public static final RegionKey<Ratio> HIGHLY_CITED_ARTICLES = RegionKey.of(
      "research.highly-cited-articles", Ratio.class, "count of highly cited articles")
      .constrained(Key::nonNegativeRatio);

  /** The share of a region's research ALF that is its quality amount (PM 7.10). */
  public static final Key<Ratio> QUALITY_AMOUNT_SHARE =
      Key.share(Key.of("research.quality-amount-share",
      Ratio.class, "share of research ALF that is the quality amount (kvalitetsbelopp)"));

  /** How much of its quality amount a region loses for undermålig grades (PM 7.10). */
  public static final Key<QualityLoss> QUALITY_LOSS = Key.of("research.quality-loss",
      QualityLoss.class, "how much of its quality amount a region loses for undermålig grades");

  /** Where a quality amount withheld for an undermålig grade goes (PM 7.10). */
  public static final Key<WithheldDestination> WITHHELD_DESTINATION = Key.of(
      "research.withheld-quality-destination", WithheldDestination.class,
      "where a withheld quality amount goes");

  // --- Classification ------------------------------------------------------------------------

  /** The permits that make research clinical research under a permit clause (PM 7.2). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Key<ImmutableSet> QUALIFYING_PERMITS = Key.of(
      "clinical-research.qualifying-permits", ImmutableSet.class,
      "permits that satisfy the permit clause");

  // --- Evaluation and funds ------------------------------------------------------------------

  /** Years between Vetenskapsrådet's evaluations of clinical research quality. */
  public static final Key<Integer> EVALUATION_INTERVAL = Key.of("evaluation.interval-years",
      Integer.class, "years between research quality evaluations")
      .requiring(i -> i > 0, "must be > 0 years");

  /** Years between Socialstyrelsen's evaluations of university healthcare; 0 where ended. */
  public static final Key<Integer> USV_EVALUATION_INTERVAL = Key.of(
      "evaluation.usv-interval-years", Integer.class,
      "years between university-healthcare (USV) evaluations; 0 = no such evaluation")
      .requiring(i -> i >= 0, "must be >= 0 years (0: no such evaluation)");

  /** The year the last research quality evaluation reported. */
  public static final Key<Year> LAST_RESEARCH_EVALUATION = Key.of("evaluation.last-research-round",
      Year.class, "year the last research quality evaluation reported");

  /** The year the last university-healthcare evaluation reported. */
  public static final Key<Year> LAST_USV_EVALUATION = Key.of("evaluation.last-usv-round",
      Year.class, "year the last university-healthcare evaluation reported");

  /** Whether unused funds of the previous year may be used in this one. */
  public static final Key<Boolean> CARRY_OVER_ALLOWED = Key.of("funds.carry-over-allowed",
      Boolean.class, "whether unused funds of the previous year may be used in this one");

  /** Unused ALF funds a region carried from the previous year into this one. */
  public static final RegionKey<Sek> CARRIED_OVER = RegionKey.of("funds.carried-over", Sek.class,
      "unused funds carried from the previous year").constrained(Key::nonNegativeSek);

  // --- The catalogue -------------------------------------------------------------------------

  /** Every key above that is one key, in the order declared. */
  private static final ImmutableList<Key<?>> SINGLE_KEYS = ImmutableList.of(
      TERM_12_FROM,
      CLINICAL_TERMS,
      EDUCATION_RATE,
      RAISED_EDUCATION_RATE,
      RAISE_FROM,
      RESEARCH_APPROPRIATION,
      QUALITY_SHARE,
      POINTS_A,
      POINTS_B,
      POINTS_C,
      UNCHANGED_RESEARCH_LEVEL,
      CITED_SHARE,
      QUALITY_AMOUNT_SHARE,
      QUALITY_LOSS,
      WITHHELD_DESTINATION,
      QUALIFYING_PERMITS,
      EVALUATION_INTERVAL,
      USV_EVALUATION_INTERVAL,
      LAST_RESEARCH_EVALUATION,
      LAST_USV_EVALUATION,
      CARRY_OVER_ALLOWED);

  /** Every family of keys above, one key per ALF region. */
  private static final ImmutableList<RegionKey<?>> FAMILIES = ImmutableList.of(
      MINIMUM_HST,
      ACTUAL_HST,
      BASE_HST,
      MINIMUM_ALIGNED_FROM,
      RESEARCH_KEY,
      BIBLIOMETRIC_WEIGHT,
      EVALUATION_RESULT,
      HIGHLY_CITED_ARTICLES,
      CARRIED_OVER);

  private static final ImmutableMap<String, Key<?>> CATALOGUE = buildCatalogue();

  private static ImmutableMap<String, Key<?>> buildCatalogue() {
    ImmutableMap.Builder<String, Key<?>> b = ImmutableMap.builder();
    SINGLE_KEYS.forEach(k -> b.put(k.id(), k));
    for (RegionKey<?> family : FAMILIES) {
      for (AlfRegion r : AlfRegion.values()) {
        Key<?> k = family.of(r);
        b.put(k.id(), k);
      }
    }
    return b.buildOrThrow();
  }

  /**
   * {@return every key the engine's rules read, by id, with the region families expanded to one key
   * per ALF region: the one definition (type and constraint) of each id} A value put under any key
   * object with one of these ids is checked against this definition (see {@link Parameters}), so a
   * second key object with the same id cannot bypass a constraint.
   */
  public static ImmutableMap<String, Key<?>> catalogue() {
    return CATALOGUE;
  }

  /** {@return the region families of the catalogue, e.g. {@code actual-hst[region]}} */
  public static ImmutableList<RegionKey<?>> families() {
    return FAMILIES;
  }
}
