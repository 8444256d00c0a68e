package se.alf.source;

/**
 * The names of the documents the library cites, and the seed files that hold them, as constants
 * for citations and annotations. Each is one of the {@linkplain Document listed documents}, which
 * carry publisher, title, date and address; the seed file names are secondary locators only (the
 * project's authors read the documents as plain-text copies, which are not part of the library).
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Sources {

  private Sources() {}

  /**
   * The national agreement "Avtal mellan svenska staten och vissa landsting om samarbete om
   * utbildning av läkare, klinisk forskning och utveckling av hälso- och sjukvården", signed
   * 2014-09-11, in force 2015-01-01 ({@link Document#ALF_2014}).
   */
  public static final String ALF_2014 = "ALF 2014";

  /**
   * The memorandum U2024/01035 "Hållbar och högkvalitativ läkarutbildning och klinisk forskning –
   * förslag till ett reviderat ALF-avtal" (Bertil Lindahl, 2024) ({@link Document#PM_2024}).
   */
  public static final String PM_2024 = "PM U2024/01035";

  /**
   * Seed file of Region Västerbotten's consultation response (remissvar) to PM U2024/01035
   * ({@link Document#VASTERBOTTEN_RESPONSE}).
   */
  public static final String SEED_VASTERBOTTEN_RESPONSE = "000_13ed2d48ae91e5ee.txt";

  /**
   * Seed file of the slides of LiU and Region Östergötland on the south-east healthcare region:
   * agreements, sites and students per term ({@link Document#SOUTH_EAST_SLIDES}).
   */
  public static final String SEED_SOUTH_EAST_SLIDES = "001_5fd3045e73aeef0c.txt";

  /**
   * Seed file of Socialstyrelsen's web appendix 2 to its evaluation of university healthcare
   * ({@link Document#USV_APPENDIX}).
   */
  public static final String SEED_USV_APPENDIX = "002_86cd0f02ea2423a0.txt";

  /**
   * Seed file of the memo 2018-10-24 of Framtidens vårdkompetens: the healthcare regions and their
   * forums ({@link Document#HEALTHCARE_REGIONS_MEMO}).
   */
  public static final String SEED_HEALTHCARE_REGIONS = "003_3f344534afb64a8d.txt";

  /**
   * Seed file of the annual report 2023 of the regional healthcare competence council
   * Mellansverige ({@link Document#MELLANSVERIGE_REPORT}).
   */
  public static final String SEED_MELLANSVERIGE_REPORT = "004_1c6d98940c57bcb2.txt";
}
