package se.alf.quality;

import static se.alf.quality.Grade.GOD_HOG;
import static se.alf.quality.Grade.MYCKET_HOG;
import static se.alf.quality.Grade.UNDERMALIG;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import se.alf.party.AlfRegion;
import se.alf.source.Citation;

/**
 * The published rounds of the ALF quality evaluation, exactly as the sources cited here give them:
 * a grade quoted [Q] or restated [P] there is entered with its source; a grade reported only as
 * "one A, panel
 * not identified" is entered as an {@linkplain RegionEvaluation#unplacedGrades() unplaced grade},
 * its possible panels unknown; a grade "not found" or inferred [I] is unknown, with a note, never
 * the inference.
 *
 * <p>Rounds come every {@value #INTERVAL_YEARS} years: the first ran in 2017 and reported in March
 * 2018; the second was postponed one year by the pandemic, ran in 2022 and reported on 2023-03-31
 * (Lund University's news of 2018-03-28; Vetenskapsrådet's report of 2023-03-31).
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Evaluations {

  private Evaluations() {}

  /**
   * The years between rounds (Vetenskapsrådet, utvärderingar inom ALF; the 2024 proposal keeps
   * four years, PM
   * U2024/01035 § 7.9.2, where Region Västerbotten asks for six).
   */
  public static final int INTERVAL_YEARS = 4;

  private static final String LU_2018 = "https://www.med.lu.se/nyheter/180328_kliniskforskning";
  private static final String VR_2023 = "https://www.vr.se/analys/rapporter/vara-rapporter/"
      + "2023-03-31-utvardering-av-den-kliniska-forskningens-kvalitet-vid-de-regioner-som-omfattas"
      + "-av-alf-avtalet.html";
  private static final String UMU_2023 = "https://www.umu.se/nyheter/hoga-betyg-till-umea-och-"
      + "vasterbotten-for-kvaliteten-pa-forskning_11748825/";

  private static final EvaluationRound ROUND_2018 = EvaluationRound.builder()
      .number(1)
      .conducted(Year.of(2017))
      .reportYear(Year.of(2018))
      .citation(Citation.builder().document("Lunds universitet, nyhet 2018-03-28")
          .url(LU_2018)
          .note("LU's news of Vetenskapsrådet's first evaluation (its report is VR1804): "
              + "first round ran 2017, results March 2018 [P]; the exact publication date is not "
              + "in the sources. No region got A on all three panels [P].")
          .build())
      .addResult(RegionEvaluation.of(AlfRegion.STOCKHOLM, MYCKET_HOG, GOD_HOG, GOD_HOG,
          web("Karolinska institutet, rektors blogg 2018-03-28",
              "https://blog.ki.se/rektor/2018/03/28/utvardering-av-klinisk-forskning-visar-pa-"
                  + "vikten-av-utvecklad-samverkan/",
              "A / B / B [Q]: 'Den vetenskapliga produktionens kvalitet: mycket hög kvalitet'; the"
                  + " two others 'god – hög kvalitet'")))
      .addResult(RegionEvaluation.of(AlfRegion.VASTRA_GOTALAND, MYCKET_HOG, GOD_HOG, MYCKET_HOG,
          web("Sahlgrenska universitetssjukhuset, pressmeddelande (Cision)",
              "https://news.cision.com/se/sahlgrenska-universitetssjukhuset/r/goteborgs-universitet-och-vastra-gotalandsregionen-far-toppbetyg-for-sin-kliniska-forskning,c2483821",
              "A / B / A [Q]")))
      .addResult(RegionEvaluation.of(AlfRegion.SKANE, GOD_HOG, MYCKET_HOG, MYCKET_HOG,
          web("Lunds universitet, nyhet 2018-03-28", LU_2018, "B / A / A [Q]")))
      .addResult(RegionEvaluation.of(AlfRegion.UPPSALA, GOD_HOG, GOD_HOG, GOD_HOG,
          web("Uppsala universitet, Medarbetarportalen",
              "https://mp.uu.se/web/nyheter/-/ny-rapport-fran-vetenskapsradet",
              "B / B / B [P]; Uppsala's second round: "
                  + "https://mp.uu.se/web/nyheter/-/"
                  + "mycket-gott-betyg-for-klinisk-forskning-i-uppsala")))
      .addResult(RegionEvaluation.of(AlfRegion.VASTERBOTTEN, GOD_HOG, GOD_HOG, MYCKET_HOG,
          web("Umeå universitet, nyhet 2018-03-28",
              "https://www.umu.se/nyheter/norrlandsk-klinisk-forskning-i-sverige-topp_5811747/",
              "B / B / A [Q]: 'forskningens förutsättningar ... allra högsta betyg, Mycket hög"
                  + " kvalitet'; 'God – hög kvalitet på två områden'")))
      .addResult(RegionEvaluation.of(AlfRegion.OSTERGOTLAND, GOD_HOG, GOD_HOG, GOD_HOG,
          web("Region Östergötland, nyhet 2018-03-29",
              "https://www.regionostergotland.se/Nyhetsarkiv/Nyheter-2018/Bra-betyg-for-ostgotsk-"
                  + "forskning/",
              "B / B / B [Q]: 'inom samtliga tre områden bedömer Vetenskapsrådet att Östergötland"
                  + " håller god-hög kvalitet'")))
      .addResult(RegionEvaluation.of(AlfRegion.OREBRO, GOD_HOG, UNDERMALIG, GOD_HOG,
          web("Örebro universitet, nyhet 2018",
              "https://www.oru.se/nyheter/nyhetsarkiv/nyhetsarkiv-2018/"
                  + "god-kvalitet-i-forskningen-visar-utvardering/",
              "B / C / B [P]: the evaluation \"underkänner den kliniska forskningens "
                  + "samhällsnytta\"")))
      .build();

  private static final EvaluationRound ROUND_2023 = EvaluationRound.builder()
      .number(2)
      .conducted(Year.of(2022))
      .reportYear(Year.of(2023))
      .published(LocalDate.of(2023, 3, 31))
      .citation(web("Vetenskapsrådet, rapport 2023-03-31", VR_2023,
          "Second round postponed one year by the pandemic, ran 2022, reported 2023-03-31 [P] "
              + "(Vetenskapsrådet)"))
      .addResult(RegionEvaluation.of(AlfRegion.STOCKHOLM, MYCKET_HOG, GOD_HOG, GOD_HOG,
          web("Karolinska institutet, nyhet",
              "https://nyheter.ki.se/alf-utvarderingen-vagledning-for-att-starka-den-kliniska-"
                  + "forskningen-annu-mer",
              "A / B / B [Q]")))
      .addResult(RegionEvaluation.of(AlfRegion.VASTRA_GOTALAND, MYCKET_HOG, GOD_HOG, MYCKET_HOG,
          web("Sahlgrenska Liv",
              "https://sahlgrenskaliv.se/ny-utvardering-topplacering-for-klinisk-forskning-i-"
                  + "vastra-gotaland/",
              "A / B / A [P] (same result again)")))
      .addResult(RegionEvaluation.unknown(AlfRegion.SKANE,
          "not found in the sources; B / B / B would be an inference [I], not entered",
          notFound()))
      .addResult(RegionEvaluation.of(AlfRegion.UPPSALA, MYCKET_HOG, MYCKET_HOG, GOD_HOG,
          web("Uppsala universitet, Medarbetarportalen",
              "https://mp.uu.se/web/nyheter/-/mycket-gott-betyg-for-klinisk-forskning-i-uppsala",
              "A / A / B [P]; the only region with A on panel 2")))
      .addResult(RegionEvaluation.of(AlfRegion.VASTERBOTTEN, GOD_HOG, GOD_HOG, MYCKET_HOG,
          web("Umeå universitet, nyhet", UMU_2023,
              "B / B / A [P]; only VGR and Västerbotten got A on panel 3")))
      .addResult(RegionEvaluation.unknown(AlfRegion.OSTERGOTLAND,
          "not found in the sources; B / B / B would be an inference [I], not entered", notFound()))
      .addResult(RegionEvaluation.unknown(AlfRegion.OREBRO,
          "not found per panel; Region Örebro län says 'godkänd på alla områden' [Q], so no"
              + " panel is C; B on panels 2 and 3 would be an inference [I], not entered",
          web("Region Örebro län, nyhet 2023-04-04",
              "https://www.regionorebrolan.se/sv/aktuellt/positiv-utveckling-nar-regionens-"
                  + "kliniska-forskning-utvarderas/",
              "'Resultatet ... är godkänd på alla områden. Det är en förbättring jämfört med"
                  + " förra utvärderingen från 2018.' [Q]; panel letters not in the excerpt")))
      .build();

  /** {@return the first round: carried out 2017, reported March 2018} */
  public static EvaluationRound round2018() {
    return ROUND_2018;
  }

  /** {@return the second round: carried out 2022, reported 2023-03-31} */
  public static EvaluationRound round2023() {
    return ROUND_2023;
  }

  /** {@return the published rounds, oldest first} */
  public static ImmutableList<EvaluationRound> all() {
    return ImmutableList.of(ROUND_2018, ROUND_2023);
  }

  private static Citation web(String document, String url, String note) {
    return Citation.builder().document(document).url(url).note(note).build();
  }

  private static Citation notFound() {
    return web("Umeå universitet, nyhet", UMU_2023,
        "2023 grades not found; Umeå reports that most regions got B on panels 1 and 2 [P], from "
            + "which B on panels 1–2 could be inferred [I]");
  }
}
