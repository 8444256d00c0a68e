package se.alf.party;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.alf.source.Citation;
import se.alf.source.Sources;
import se.alf.time.DatedValue;
import se.alf.time.NoValueOnDateException;
import se.alf.time.Timeline;

/**
 * The names of the 21 regions over time (the <i>namn</i> of each landsting or region), each with
 * the source that gives it.
 *
 * <p>Until 2019 most regions were called <i>landsting</i> (county council); the last seven became
 * regions on 2019-01-01 (Reglab, "Nya regioner 2019"). The word <i>region</i> replaced
 * <i>landsting</i> in the statutes only from 2020-01-01 (prop. 2018/19:162, bet. 2019/20:KU3), but
 * by then every landsting already used a region name, so that change renamed no one.
 *
 * <p><b>How far back the names go.</b> A range starts either on a sourced date of change (e.g.
 * 2019-01-01 for Region Stockholm) or, where no change date was found, on the first date a source
 * is known to use the name ("as used on"): the date of the 2014 agreement for its seven parties
 * (SKL's press release of 2014-09-12), 2017 for the seven that stayed landsting that year
 * (Läkartidningen, December 2016), and 2018-10-24 for names known only from seed
 * {@code 003_3f344534afb64a8d.txt} (Region Gotland, Region Halland, Region Norrbotten). A name
 * holds until the next known name; before a region's first known name there is no value and
 * {@link #nameOn} throws {@link NoValueOnDateException}: the earlier names are not invented.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RegionNames {

  private static final LocalDate ALF_2014_SIGNED = LocalDate.of(2014, 9, 11);
  private static final LocalDate Y2015 = LocalDate.of(2015, 1, 1);
  private static final LocalDate Y2017 = LocalDate.of(2017, 1, 1);
  private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
  private static final LocalDate SEED_003_DATE = LocalDate.of(2018, 10, 24);
  private static final String MEMO_2018 = "the memo of Framtidens vårdkompetens (2018-10-24)";

  /** SKL's press release of 2014-09-12 naming the seven county councils party to ALF 2014. */
  static final Citation SKL_2014 = Citation.builder()
      .document("SKL press release 2014-09-12, \"Samarbete inom forskning och utbildning för "
          + "bättre vård\"")
      .url("http://www.mynewsdesk.com/se/news/samarbete-inom-forskning-och-utbildning-foer-baettre-vaard-92591")
      .note("names of the county councils party to the agreement signed 2014-09-11")
      .build();

  /** Reglab: the seven regions formed on 2019-01-01, by name. */
  static final Citation REGLAB_2019 = Citation.builder()
      .document("Reglab, \"Nya regioner 2019\"")
      .url("https://www.reglab.se/nyheter/nya-regioner-2019/")
      .note("on 2019-01-01 seven new regions were formed: Region Dalarna, Region Västerbotten, "
          + "Region Stockholm, Region Kalmar län, Region Sörmland, Region Värmland, "
          + "Region Blekinge")
      .build();

  /** Läkartidningen, December 2016: the seven landsting that remain in 2017, by name. */
  static final Citation LAKARTIDNINGEN_2016 = Citation.builder()
      .document("Läkartidningen 2016-12, \"Snart fler regioner än landsting\"")
      .url("https://lakartidningen.se/aktuellt/nyheter/2016/12/snart-fler-regioner-an-landsting/")
      .note("next year (2017) there will be only seven landsting: Stockholms läns landsting, "
          + "Landstinget Sörmland, Landstinget i Kalmar län, Landstinget Blekinge, Landstinget i "
          + "Värmland, Landstinget Dalarna, Västerbottens läns landsting")
      .build();

  private static Citation seed003(String region) {
    return Citation.seed(Sources.SEED_HEALTHCARE_REGIONS, "table of healthcare regions")
        .withNote("name as used for " + region + " on 2018-10-24; no change date found");
  }

  /**
   * Vårdfokus 2015-01-02: six landsting are called regions from 2015; the name as a seed writes it.
   */
  private static Citation regions2015(String name, String nameSource) {
    return Citation.builder()
        .document("Vårdfokus 2015-01-02, \"Sex landsting ombildas till regioner\"")
        .url("https://www.vardfokus.se/vardorganisation/sex-landsting-ombildas-till-regioner/")
        .note("Jönköping, Örebro, Gävleborg, Östergötland, Kronoberg and Jämtland are called "
            + "regions from 2015; the name '" + name + "' as " + nameSource + " writes it")
        .build();
  }

  private static final Citation UPPSALA_2017 = Citation.builder()
      .document("Region Uppsala, \"Namnbyte\"")
      .url("http://www.lul.se/sv/Om-Region-Uppsala/Namnbyte/")
      .note("in 2017 Landstinget i Uppsala län and Regionförbundet merged and became Region "
          + "Uppsala; its assemblies are called region- from January 2017")
      .build();

  private static final Citation VASTMANLAND_2017 = Citation.builder()
      .document("Landstinget Västmanland press release 2016-05-31")
      .url("http://www.mynewsdesk.com/se/region-vastmanland/pressreleases/ja-till-att-landstinget-blir-region-vaestmanland-1424823")
      .note("Landstinget Västmanland changes its name to Region Västmanland on 2017-01-01 "
          + "(board decision; the name Region Västmanland is also the one the 2018-10-24 memo of "
          + "Framtidens vårdkompetens uses)")
      .build();

  private static final Citation VASTERNORRLAND_2018 = Citation.builder()
      .document("Taltidningen Västernorrland 2017 v26, \"Landstinget byter namn\"")
      .url("https://www.taltidningenvasternorrland.se/ybladet/2017/v26/landstinget-byter-namn/")
      .note("Landstinget Västernorrland changes its name to Region Västernorrland from 2018-02-01")
      .build();

  private static final Citation STOCKHOLM_2019 = Citation.builder()
      .document("Region Stockholm, \"Landstinget blir Region Stockholm\" (2018-12)")
      .url("https://www.regionstockholm.se/nyheter-stockholms-lans-landsting/2018/12/landstinget-blir-region-stockholm/")
      .note("Stockholms läns landsting changes its name to Region Stockholm on 2019-01-01")
      .build();

  private static final ImmutableMap<Region, Timeline<String>> NAMES = build();

  private RegionNames() {}

  private static ImmutableMap<Region, Timeline<String>> build() {
    Map<Region, Timeline.Builder<String>> b = new EnumMap<>(Region.class);
    for (Region r : Region.values()) {
      b.put(r, Timeline.builder("name of region " + r.countyCode() + " (" + r.currentName() + ")"));
    }
    b.get(Region.STOCKHOLM)
        .add(ALF_2014_SIGNED, Y2019, "Stockholms läns landsting", SKL_2014)
        .addFrom(Y2019, "Region Stockholm", STOCKHOLM_2019);
    b.get(Region.UPPSALA)
        .add(ALF_2014_SIGNED, Y2017, "Landstinget i Uppsala län", SKL_2014)
        .addFrom(Y2017, "Region Uppsala", UPPSALA_2017);
    b.get(Region.SODERMANLAND)
        .add(Y2017, Y2019, "Landstinget Sörmland", LAKARTIDNINGEN_2016)
        .addFrom(Y2019, "Region Sörmland", REGLAB_2019);
    b.get(Region.OSTERGOTLAND)
        .add(ALF_2014_SIGNED, Y2015, "Landstinget i Östergötland", SKL_2014)
        .addFrom(Y2015, "Region Östergötland",
            regions2015("Region Östergötland",
                "the LiU–Region Östergötland slides (RALF 2015-03-24)"));
    b.get(Region.JONKOPING)
        .addFrom(Y2015, "Region Jönköpings län",
            regions2015("Region Jönköpings län",
                "the LiU–Region Östergötland slides (affiliation agreement 2017-03-23)"));
    b.get(Region.KRONOBERG)
        .addFrom(Y2015, "Region Kronoberg", regions2015("Region Kronoberg", MEMO_2018));
    b.get(Region.KALMAR)
        .add(Y2017, Y2019, "Landstinget i Kalmar län", LAKARTIDNINGEN_2016)
        .addFrom(Y2019, "Region Kalmar län", REGLAB_2019);
    b.get(Region.GOTLAND).addFrom(SEED_003_DATE, "Region Gotland", seed003("Gotland"));
    b.get(Region.BLEKINGE)
        .add(Y2017, Y2019, "Landstinget Blekinge", LAKARTIDNINGEN_2016)
        .addFrom(Y2019, "Region Blekinge", REGLAB_2019);
    b.get(Region.SKANE).addFrom(ALF_2014_SIGNED, "Region Skåne", SKL_2014);
    b.get(Region.HALLAND).addFrom(SEED_003_DATE, "Region Halland", seed003("Halland"));
    b.get(Region.VASTRA_GOTALAND).addFrom(ALF_2014_SIGNED, "Västra Götalandsregionen", SKL_2014);
    b.get(Region.VARMLAND)
        .add(Y2017, Y2019, "Landstinget i Värmland", LAKARTIDNINGEN_2016)
        .addFrom(Y2019, "Region Värmland", REGLAB_2019);
    b.get(Region.OREBRO)
        .add(ALF_2014_SIGNED, Y2015, "Örebro läns landsting", SKL_2014)
        .addFrom(Y2015, "Region Örebro län", regions2015("Region Örebro län", MEMO_2018));
    b.get(Region.VASTMANLAND)
        .add(LocalDate.of(2016, 5, 31), Y2017, "Landstinget Västmanland", VASTMANLAND_2017)
        .addFrom(Y2017, "Region Västmanland", VASTMANLAND_2017);
    b.get(Region.GAVLEBORG)
        .addFrom(Y2015, "Region Gävleborg", regions2015("Region Gävleborg", MEMO_2018));
    b.get(Region.VASTERNORRLAND)
        .add(Y2017, LocalDate.of(2018, 2, 1), "Landstinget Västernorrland", Citation.builder()
            .from(LAKARTIDNINGEN_2016)
            .note("Landstinget Västernorrland takes over regional development in 2017 under that "
                + "name; it is renamed only from 2018-02-01 (Taltidningen Västernorrland 2017 v26)")
            .build())
        .addFrom(LocalDate.of(2018, 2, 1), "Region Västernorrland", VASTERNORRLAND_2018);
    b.get(Region.JAMTLAND_HARJEDALEN)
        .addFrom(Y2015, "Region Jämtland Härjedalen",
            regions2015("Region Jämtland Härjedalen", MEMO_2018));
    b.get(Region.VASTERBOTTEN)
        .add(ALF_2014_SIGNED, Y2019, "Västerbottens läns landsting", SKL_2014)
        .addFrom(Y2019, "Region Västerbotten", REGLAB_2019);
    b.get(Region.NORRBOTTEN).addFrom(SEED_003_DATE, "Region Norrbotten", seed003("Norrbotten"));
    b.get(Region.DALARNA)
        .add(Y2017, Y2019, "Landstinget Dalarna", LAKARTIDNINGEN_2016)
        .addFrom(Y2019, "Region Dalarna", REGLAB_2019);
    ImmutableMap.Builder<Region, Timeline<String>> out = ImmutableMap.builder();
    b.forEach((r, t) -> out.put(r, t.build()));
    return out.build();
  }

  /**
   * {@return the names of {@code region} over time, each with its citation}
   *
   * @param region the region
   */
  public static Timeline<String> of(Region region) {
    return NAMES.get(Objects.requireNonNull(region, "region"));
  }

  /**
   * {@return the name of {@code region} on {@code date}}
   *
   * @param region the region
   * @param date the day asked about
   * @throws NoValueOnDateException if {@code date} is before the first known name of the region
   */
  public static String nameOn(Region region, LocalDate date) {
    return of(region).valueAt(date);
  }

  /**
   * {@return the name of {@code region} on {@code date} with its citation, or empty if the date is
   * before the region's first known name}
   *
   * @param region the region
   * @param date the day asked about
   */
  public static Optional<DatedValue<String>> find(Region region, LocalDate date) {
    return of(region).find(Objects.requireNonNull(date, "date"));
  }
}
