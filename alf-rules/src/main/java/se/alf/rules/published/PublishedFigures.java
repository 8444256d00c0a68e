package se.alf.rules.published;

import com.google.common.collect.ImmutableMap;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.source.Citation;

/**
 * Figures published outside any one rule set, each with its citation: read by the rule sets that
 * rest on them and by the published scenario alike.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class PublishedFigures {

  private PublishedFigures() {}

  /**
   * Each ALF region's share of the research funding in 2015, in whole percent (Vetenskapsrådet,
   * VR1804): 27, 21, 20, 12, 11, 8 and 2, summing to 101; used as weights, so the rounding to whole
   * percent does not matter to the sum.
   */
  public static final ImmutableMap<AlfRegion, Ratio> RESEARCH_SHARES_2015 =
      ImmutableMap.<AlfRegion, Ratio>builder()
          .put(AlfRegion.STOCKHOLM, Ratio.of(27, 100))
          .put(AlfRegion.VASTRA_GOTALAND, Ratio.of(21, 100))
          .put(AlfRegion.SKANE, Ratio.of(20, 100))
          .put(AlfRegion.UPPSALA, Ratio.of(12, 100))
          .put(AlfRegion.VASTERBOTTEN, Ratio.of(11, 100))
          .put(AlfRegion.OSTERGOTLAND, Ratio.of(8, 100))
          .put(AlfRegion.OREBRO, Ratio.of(2, 100))
          .buildOrThrow();

  /** Where {@link #RESEARCH_SHARES_2015} is published. */
  public static final Citation RESEARCH_SHARES_2015_SOURCE = Citation.builder()
      .document("Vetenskapsrådet, VR1804 (2018)")
      .section("English summary, shares of 2015 research funding")
      .url("https://5dok.org/article/reports-three-expert-panels-utv%C3%A4rdering-kliniska-"
          + "forskningens-kvalitet.y961lp4r")
      .note("KI/Stockholm 27 %, GU/VGR 21 %, LU/Skåne 20 %, UU/Uppsala 12 %, UmU/Västerbotten"
          + " 11 %, LiU/Östergötland 8 %, ÖRU/Örebro 2 %; whole percent, summing to 101, used as"
          + " weights")
      .build();

  /** The education rate per full-year student in 2021, 79 547 kr (Läkartidningen 2021-12). */
  public static final Sek EDUCATION_RATE_2021 = Sek.ofKronor(79_547);

  /** Where {@link #EDUCATION_RATE_2021} is published. */
  public static final Citation EDUCATION_RATE_2021_SOURCE = Citation.web("Läkartidningen 2021-12",
      "https://lakartidningen.se/aktuellt/nyheter/2021/12/"
          + "regionerna-kraver-mer-pengar-for-lakarnas-utbildning/")
      .withNote("'dagens belopp på 79 547 kronor per helårsstudent och år'");
}
