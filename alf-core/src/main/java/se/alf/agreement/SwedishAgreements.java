package se.alf.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import se.alf.party.AlfRegion;
import se.alf.party.Region;
import se.alf.source.Citation;
import se.alf.source.Sources;

/**
 * The Swedish agreements the sources name, with what they tell of the dates.
 *
 * <p>Dates that no source gives are unknown, bounded only by what is sourced, and the same kind of
 * evidence is weighed the same way for every agreement:
 * <ul>
 *   <li>no RALF can precede the national agreement signed 2014-09-11, and no agreement takes
 *       effect before it is signed (the lower bounds);
 *   <li><b>a dated source that describes an agreement as the present basis of a collaboration or
 *       a forum shows it in force by the source's date</b> (the upper bound, {@link #inForceBy}).
 *       The one dated source of this kind is the memo of 2018-10-24 (Framtidens vårdkompetens, seed
 *       file {@code 003}): it puts Västerbotten's RALF and its hängavtal (NUSS), Östergötland's
 *       RALF and its affiliation of Jönköping and Kalmar (USB: LiU and the three county councils,
 *       resting on the R-ALF), and Stockholm's RALF "from 2016" in force by then.
 * </ul>
 * An agreement that no dated source describes as current and whose start no source gives (the RALFs
 * of Västra Götaland, Uppsala and Örebro) has no upper bound: a known unknown, which no date can
 * show in force ({@link Agreement#startUnbounded()}, {@link AgreementLandscape#knownUnknowns()}).
 *
 * <p>Not included, because no source found calls them affiliation agreements: Örebro's clinical
 * placements in Värmland and Dalarna (Läkartidningen 2007; Örebro University 2020), and any
 * arrangements of Uppsala, Skåne or Västra Götaland with neighbouring regions (formal status not
 * found).
 */
final class SwedishAgreements {

  static final String NATIONAL_ID = "alf-2014";
  static final LocalDate NATIONAL_SIGNED = LocalDate.of(2014, 9, 11);
  private static final LocalDate SEED_003_DATE = LocalDate.of(2018, 10, 24);
  private static final LocalDate Y2015 = LocalDate.of(2015, 1, 1);

  private SwedishAgreements() {}

  static ImmutableList<Agreement> all() {
    return ImmutableList.of(national(),
        ralf(AlfRegion.STOCKHOLM)
            .signed(DateBounds.between(NATIONAL_SIGNED, LocalDate.of(2016, 12, 31)))
            .inForceFrom(DateBounds.inYear(Year.of(2016)))
            .citation(seed003("KI–SLL (Stockholm)",
                "\"Genom det regionala ALF-avtalet från 2016 organiseras samverkan på tre "
                    + "nivåer\"; whether 2016 is the year of signing or of taking effect is not "
                    + "said: modelled as taking effect in 2016, signed not after that year"))
            .build(),
        ralf(AlfRegion.VASTRA_GOTALAND)
            .signed(DateBounds.unknownNotBefore(NATIONAL_SIGNED))
            .inForceFrom(DateBounds.unknownNotBefore(NATIONAL_SIGNED))
            .citation(regionalAgreementsExist("Västra Götaland"))
            .build(),
        ralf(AlfRegion.SKANE)
            .signed(DateBounds.between(NATIONAL_SIGNED, LocalDate.of(2015, 12, 31)))
            .inForceFrom(DateBounds.inYear(Year.of(2015)))
            .citation(Citation.builder().document("Lunds universitet, Intramed, \"Om ALF\"")
                .url("https://www.intramed.lu.se/forska/alf-anslag-och-ansokan/om-alf")
                .note("Skåne's RALF: \"since 2015\" (Lunds universitet, Intramed, \"Om ALF\"); "
                    + "day of signing and of taking effect unknown")
                .build())
            .build(),
        ralf(AlfRegion.UPPSALA)
            .signed(DateBounds.inYear(Year.of(2015)))
            .inForceFrom(DateBounds.unknownNotBefore(Y2015))
            .citation(Citation.builder().document("Uppsala universitet, regional agreement")
                .url("https://www.uu.se/en/staff/organisation-and-governance/regulations/"
                    + "regional-agreement-between-uppsala-university-and-uppsala-county-council-"
                    + "on-cooperation-in-training-of-doctors-clinical-research-and-healthcare-"
                    + "development")
                .note("\"Regional Agreement between Uppsala University and Uppsala County "
                    + "Council\", 2015; the national agreement required the "
                    + "regional ones to be concluded by 2015-05-01; day of taking effect unknown")
                .build())
            .build(),
        ralf(AlfRegion.VASTERBOTTEN)
            .signed(DateBounds.inYear(Year.of(2015)))
            .inForceFrom(inForceBy(Y2015))
            .citation(seed003("Norrlands universitetssjukvårdsstyrelse (NUSS)",
                "\"regleras delvis genom det regionala ALF-avtal som tecknades 2015\" (UmU and "
                    + "Västerbottens läns landsting); in force by the memo's date 2018-10-24"))
            .build(),
        hangavtalVasterbotten(),
        ralf(AlfRegion.OSTERGOTLAND)
            .signed(DateBounds.on(LocalDate.of(2015, 3, 24)))
            .inForceFrom(inForceBy(LocalDate.of(2015, 3, 24)))
            .citation(Citation.seed(Sources.SEED_SOUTH_EAST_SLIDES, "slide 1")
                .withNote("\"Regionalt ALF-avtal 2015-03-24 – Linköpings universitet och Region "
                    + "Östergötland\"; in force by 2018-10-24: the memo of Framtidens "
                    + "vårdkompetens (Universitetssjukvårdsberedningen, USB) says the "
                    + "collaboration rests on the R-ALF"))
            .build(),
        affiliationOstergotland(),
        ralf(AlfRegion.OREBRO)
            .signed(DateBounds.unknownNotBefore(NATIONAL_SIGNED))
            .inForceFrom(DateBounds.unknownNotBefore(NATIONAL_SIGNED))
            .citation(regionalAgreementsExist("Örebro"))
            .build());
  }

  private static Agreement national() {
    Agreement.Builder b = Agreement.builder()
        .id(NATIONAL_ID)
        .kind(AgreementKind.NATIONAL)
        .title("Avtal mellan svenska staten och vissa landsting om samarbete om utbildning av "
            + "läkare, klinisk forskning och utveckling av hälso- och sjukvården")
        .addParty(Party.state())
        .signed(DateBounds.on(NATIONAL_SIGNED))
        .inForceFrom(DateBounds.on(Y2015))
        .citation(Citation.builder().document(Sources.ALF_2014).section("title and dates")
            .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
            .url("https://www.alfvastragotaland.se/exempel-undersida/nationellt-alf-avtal/")
            .note("title as Region Västerbotten's response names the agreement: \"Avtalet mellan "
                + "svenska staten och vissa landsting om samarbete om utbildning av läkare, "
                + "klinisk forskning och utveckling av hälso- och sjuk-vården, det s.k. "
                + "ALF-avtalet\" (Region Västerbotten, remissvar, opening paragraph; "
                + "the title here writes \"sjukvården\"); signed 2014-09-11: "
                + "\"Nationellt ALF-avtal 2014-09-11 – Staten och sju universitetslandsting\" "
                + "(LiU–Region Östergötland slides, slide 1); in force since 2015-01-01 "
                + "(alfvastragotaland.se); the seven county councils as SKL's press release of "
                + "2014-09-12 names them (http://www.mynewsdesk.com/se/news/samarbete-inom-"
                + "forskning-och-utbildning-foer-baettre-vaard-92591)")
            .build());
    for (AlfRegion a : AlfRegion.values()) {
      b.addParty(Party.of(a.region()));
    }
    return b.build();
  }

  private static Agreement affiliationOstergotland() {
    LocalDate signed = LocalDate.of(2017, 3, 23);
    return Agreement.builder()
        .id("anknytning-ostergotland-2017")
        .kind(AgreementKind.AFFILIATION)
        .title("Anknytningsavtal till RALF: LiU/Region Östergötland med Region Jönköpings län och "
            + "Landstinget Kalmar län")
        .addParties(Party.of(AlfRegion.OSTERGOTLAND.university()),
            Party.of(Region.OSTERGOTLAND), Party.of(Region.JONKOPING), Party.of(Region.KALMAR))
        .signed(DateBounds.on(signed))
        .inForceFrom(inForceBy(signed))
        .parentId(ralfId(AlfRegion.OSTERGOTLAND))
        .alfRegion(AlfRegion.OSTERGOTLAND)
        .addAffiliatedRegions(Region.JONKOPING, Region.KALMAR)
        .citation(Citation.seed(Sources.SEED_SOUTH_EAST_SLIDES, "slide 1")
            .withNote("\"Anknytningsavtal till RALF 2017-03-23 – LiU/RÖ med Region Jönköpings län "
                + "och Landstinget Kalmar län\"; the day it took effect is not given. In force by "
                + "2018-10-24: the memo of Framtidens vårdkompetens "
                + "(Universitetssjukvårdsberedningen, USB) describes USB as \"en formaliserad "
                + "samverkan mellan Linköpings universitet och de tre landstingen i "
                + "sjukvårdsregionen\" that \"utgår från det regionala ALF-avtalet, R-ALF\", which "
                + "Jönköping and Kalmar are bound by only through this agreement"))
        .build();
  }

  private static Agreement hangavtalVasterbotten() {
    return Agreement.builder()
        .id("anknytning-vasterbotten")
        .kind(AgreementKind.AFFILIATION)
        .title("Hängavtal till RALF Umeå universitet – Region Västerbotten med Region "
            + "Norrbotten, Region Jämtland Härjedalen och Region Västernorrland")
        .addParties(Party.of(AlfRegion.VASTERBOTTEN.university()), Party.of(Region.VASTERBOTTEN),
            Party.of(Region.NORRBOTTEN), Party.of(Region.JAMTLAND_HARJEDALEN),
            Party.of(Region.VASTERNORRLAND))
        .signed(DateBounds.between(Y2015, SEED_003_DATE))
        .inForceFrom(inForceBy(Y2015))
        .parentId(ralfId(AlfRegion.VASTERBOTTEN))
        .alfRegion(AlfRegion.VASTERBOTTEN)
        .addAffiliatedRegions(Region.NORRBOTTEN, Region.JAMTLAND_HARJEDALEN, Region.VASTERNORRLAND)
        .citation(seed003("Norrlands universitetssjukvårdsstyrelse (NUSS)",
            "\"Kopplat till avtalet finns hängavtal med övriga regioner och landsting i "
                + "sjukvårdsregionen, Region Norrbotten, Region Jämtland Härjedalen och Region "
                + "Västernorrland\"; no date; whether one agreement or three is not said "
                + "(modelled as one); not before the RALF (2015), in place by 2018-10-24"))
        .build();
  }

  /**
   * The start of an agreement that the memo of 2018-10-24 (seed {@code 003}) describes as the
   * present basis of a collaboration or forum: not before {@code earliest}, not after the memo.
   */
  static DateBounds inForceBy(LocalDate earliest) {
    return DateBounds.between(earliest, SEED_003_DATE);
  }

  private static Agreement.Builder ralf(AlfRegion alf) {
    return Agreement.builder()
        .id(ralfId(alf))
        .kind(AgreementKind.REGIONAL)
        .title("Regionalt ALF-avtal " + alf.university().swedishName() + " – "
            + alf.region().currentName())
        .addParties(Party.of(alf.university()), Party.of(alf.region()))
        .parentId(NATIONAL_ID)
        .alfRegion(alf);
  }

  static String ralfId(AlfRegion alf) {
    return "ralf-" + alf.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Citation seed003(String section, String note) {
    return Citation.seed(Sources.SEED_HEALTHCARE_REGIONS, section).withNote(note);
  }

  private static Citation regionalAgreementsExist(String alfRegion) {
    return Citation.builder()
        .document("Vetenskapsrådet, \"Vad är ALF-avtalet?\"")
        .url("https://www.vr.se/omvetenskapsradet/alfkansliet/vadaralfavtalet.4.700afd7415b26c5fdee17941.html")
        .note("the national agreement \"kompletteras av regionala avtal\"; no source found "
            + "gives the date of the RALF of " + alfRegion + ": unknown, not before the national "
            + "agreement (2014-09-11)")
        .build();
  }
}
