package se.alf.source;

/**
 * The names of the documents the library cites, and the seed files that hold them.
 *
 * <p>The seed files are plain-text copies of the source documents under {@code shared/seeds/} of
 * the project; their {@code README.md} says what each holds.
 */
public final class Sources {

  private Sources() {}

  /**
   * The national agreement "Avtal mellan svenska staten och vissa landsting om samarbete om
   * utbildning av läkare, klinisk forskning och utveckling av hälso- och sjukvården", signed
   * 2014-09-11, in force 2015-01-01.
   */
  public static final String ALF_2014 = "ALF 2014";

  /**
   * The memorandum U2024/01035 "Hållbar och högkvalitativ läkarutbildning och klinisk forskning –
   * förslag till ett reviderat ALF-avtal" (Bertil Lindahl, 2024).
   */
  public static final String PM_2024 = "PM U2024/01035";

  /** Region Västerbotten's consultation response (remissvar) to PM U2024/01035. */
  public static final String SEED_VASTERBOTTEN_RESPONSE = "000_13ed2d48ae91e5ee.txt";

  /** Slides of the south-east healthcare region: agreements, sites and students per term. */
  public static final String SEED_SOUTH_EAST_SLIDES = "001_5fd3045e73aeef0c.txt";

  /** Socialstyrelsen, web appendix 2 to its evaluation of university healthcare. */
  public static final String SEED_USV_APPENDIX = "002_86cd0f02ea2423a0.txt";

  /** Memo 2018-10-24 (Framtidens vårdkompetens): the healthcare regions and their forums. */
  public static final String SEED_HEALTHCARE_REGIONS = "003_3f344534afb64a8d.txt";

  /** Annual report 2023 of the regional healthcare competence council Mellansverige. */
  public static final String SEED_MELLANSVERIGE_REPORT = "004_1c6d98940c57bcb2.txt";

  /** The project's researched fact sheet, {@code shared/domain/facts.md}. */
  public static final String FACTS = "facts.md";
}
