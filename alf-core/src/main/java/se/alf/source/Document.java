package se.alf.source;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The documents the library's rules and reference data rest on, each with what a reader needs to
 * find it: publisher, title, date and address where the document gives them.
 *
 * <p>Five of them were read as plain-text copies (the project's seed files, in Swedish); the file
 * name is kept as a secondary locator ({@link #seedFile()}), never as the name a user sees. Web
 * pages quoted for a single fact are cited with their address instead ({@link Citation#web}).
 *
 * <p>A field a document does not give (the response's date, the slides' date, most addresses) is
 * left empty rather than guessed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Document {

  /** The national ALF agreement of 2014 (no public copy of its text was reachable). */
  ALF_2014("ALF 2014", "the Swedish state and seven county councils (landsting)",
      "Avtal mellan svenska staten och vissa landsting om samarbete om utbildning av läkare, "
          + "klinisk forskning och utveckling av hälso- och sjukvården (government file "
          + "U2014/07551/F)",
      "2014-09-11", null, null),

  /**
   * The memorandum U2024/01035 proposing a revised agreement; its text was not reachable, so its
   * proposals are read from {@link #VASTERBOTTEN_RESPONSE}, which follows its section numbers.
   */
  PM_2024("PM U2024/01035", "Regeringskansliet; author Bertil Lindahl",
      "Hållbar och högkvalitativ läkarutbildning och klinisk forskning – förslag till ett "
          + "reviderat ALF-avtal (promemoria U2024/01035)",
      "2024-04-04", null, null),

  /** Region Västerbotten's consultation response (remissvar) to the memorandum; undated. */
  VASTERBOTTEN_RESPONSE("Region Västerbotten, remissvar", "Region Västerbotten",
      "Remissvar: Hållbar och högkvalitativ läkarutbildning och klinisk forskning – förslag till "
          + "ett reviderat ALF-avtal, promemoria U2024/01035",
      null, null, "000_13ed2d48ae91e5ee.txt"),

  /**
   * Slides of Linköping University and Region Östergötland on the south-east healthcare region
   * (SÖSR): the agreements and their dates, and the decentralised medical programme; undated.
   */
  SOUTH_EAST_SLIDES("LiU–Region Östergötland slides",
      "Linköpings universitet and Region Östergötland (Sydöstra sjukvårdsregionen, SÖSR)",
      "Slides: Nationellt ALF-avtal, regionalt ALF-avtal, anknytningsavtal; mål och strategier "
          + "för universitetssjukvården i SÖSR; ny läkarutbildning",
      null, null, "001_5fd3045e73aeef0c.txt"),

  /** Web appendix 2 of Socialstyrelsen's evaluation of university healthcare (2018–2021). */
  USV_APPENDIX("Socialstyrelsen, USV evaluation, web appendix 2", "Socialstyrelsen",
      "Webbilaga 2 – Utförligare svar från de regionala ledningsorganen under intervjuerna "
          + "(utvärdering av universitetssjukvården, period 2018–2021)",
      null, null, "002_86cd0f02ea2423a0.txt"),

  /** The 2018-10-24 memo of Framtidens vårdkompetens on collaboration per healthcare region. */
  HEALTHCARE_REGIONS_MEMO("Framtidens vårdkompetens, PM 2018-10-24",
      "Framtidens vårdkompetens (Socialstyrelsen and UKÄ)",
      "Samverkan kring långsiktig kompetensförsörjning i hälso- och sjukvård (PM)",
      "2018-10-24", null, "003_3f344534afb64a8d.txt"),

  /** The annual report 2023 of the regional healthcare competence council Mellansverige. */
  MELLANSVERIGE_REPORT("Vårdkompetensråd Mellansverige, verksamhetsberättelse 2023",
      "Regionalt vårdkompetensråd Mellansverige",
      "Verksamhetsberättelse 2023, Regionala vårdkompetensrådet Mellansverige",
      null, null, "004_1c6d98940c57bcb2.txt");

  private final String shortName;
  private final String publisher;
  private final String title;
  private final Optional<String> date;
  private final Optional<String> url;
  private final Optional<String> seedFile;

  Document(String shortName, String publisher, String title, String date, String url,
      String seedFile) {
    this.shortName = shortName;
    this.publisher = publisher;
    this.title = title;
    this.date = Optional.ofNullable(date);
    this.url = Optional.ofNullable(url);
    this.seedFile = Optional.ofNullable(seedFile);
  }

  /**
   * {@return the name a citation shows, short enough for a table: {@code "Region Västerbotten,
   * remissvar"}}
   */
  public String shortName() {
    return shortName;
  }

  /** {@return who issued the document} */
  public String publisher() {
    return publisher;
  }

  /** {@return the document's title, in its own language (Swedish)} */
  public String title() {
    return title;
  }

  /** {@return the date the document gives ({@code yyyy-mm-dd}), if it gives one} */
  public Optional<String> date() {
    return date;
  }

  /** {@return a public address of the document, if one is known} */
  public Optional<String> url() {
    return url;
  }

  /**
   * {@return the name of the plain-text copy the project's authors read (a secondary locator only;
   * the
   * copies are not part of the library)}
   */
  public Optional<String> seedFile() {
    return seedFile;
  }

  /**
   * {@return the full reference: publisher, title, date, address and seed file, those the document
   * gives, e.g. {@code "Framtidens vårdkompetens (Socialstyrelsen and UKÄ): Samverkan kring …
   * (PM), 2018-10-24 [seed file 003_3f344534afb64a8d.txt]"}}
   */
  public String reference() {
    StringJoiner s = new StringJoiner(", ");
    s.add(publisher + ": " + title);
    date.ifPresent(s::add);
    StringBuilder out = new StringBuilder(s.toString());
    url.ifPresent(u -> out.append(" <").append(u).append('>'));
    seedFile.ifPresent(f -> out.append(" [seed file ").append(f).append(']'));
    return out.toString();
  }

  /**
   * {@return the document whose seed file is {@code seedFile}, if any}
   *
   * @param seedFile the seed file's name
   */
  public static Optional<Document> bySeedFile(String seedFile) {
    requireNonNull(seedFile, "seedFile");
    return Arrays.stream(values()).filter(d -> d.seedFile.equals(Optional.of(seedFile)))
        .findFirst();
  }

  /**
   * {@return the document whose {@linkplain #shortName() short name} is {@code shortName}, if any}
   *
   * @param shortName the short name
   */
  public static Optional<Document> byShortName(String shortName) {
    requireNonNull(shortName, "shortName");
    return Arrays.stream(values()).filter(d -> d.shortName.equals(shortName)).findFirst();
  }
}
