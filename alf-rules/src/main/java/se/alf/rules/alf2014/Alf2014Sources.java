package se.alf.rules.alf2014;

import se.alf.programme.MedicalProgramme;
import se.alf.source.Citation;
import se.alf.source.Sources;

/** The citations the 2014 rule set uses, in one place. */
final class Alf2014Sources {

  private Alf2014Sources() {}

  static final Citation AGREEMENT = Citation.builder().document(Sources.ALF_2014)
      .note("Avtal mellan svenska staten och vissa landsting om samarbete om utbildning av läkare,"
          + " klinisk forskning och utveckling av hälso- och sjukvården; signed 2014-09-11, in"
          + " force 2015-01-01")
      .url("https://www.alfvastragotaland.se/exempel-undersida/nationellt-alf-avtal/")
      .seedFile(Sources.SEED_SOUTH_EAST_SLIDES).build();

  static final Citation MINIMUM_HST = Citation.builder()
      .document("Regleringsbrev (appropriation directions) to the seven universities")
      .section("3 Uppdrag")
      .url("https://www.esv.se/statsliggaren/regleringsbrev/?RBID=16724")
      .note("the minimum is set per university and year 'enligt ALF-avtalet', and it is also the"
          + " most the state compensates, e.g. Linköpings universitet 2015: 'ersätts inom"
          + " läkarutbildningen för högst 968 helårsstudenter vilket är det minsta antal"
          + " helårsstudenter som staten förväntar sig att landstinget ska ta emot'")
      .build();

  static final Citation EDUCATION = Citation.builder().document(Sources.ALF_2014)
      .section("education compensation")
      .url("https://www.alfvastragotaland.se/utbildning/fordelningsmodell/fragor-och-svar/")
      .note("'Ersättningen motsvarar en fast summa per student per år' (ALF Västra Götaland); the"
          + " agreement's paragraph on the rate is not public")
      .build();

  static final Citation TWO_PARTS = Citation.web("Vetenskapsrådet, ALF i siffror",
      "https://www.vr.se/uppdrag/klinisk-forskning/alf-i-siffror.html")
      .withNote("ALF compensation has two parts: clinical research and medical education");

  static final Citation QUALITY = Citation.builder().document(Sources.ALF_2014).section("§ 9")
      .url("https://www.sjukhuslakaren.se/nya-alf-avtalet-har-ar-detaljerna/")
      .note("base and quality parts: 2015 fixed keys; 2016–2017 10 % and 2018 15 % by a"
          + " bibliometric model; from 2019 20 % by Vetenskapsrådet's evaluation")
      .build();

  static final Citation KEYS_CARRIED = Citation.builder().document("alf assumption")
      .section("research keys after 2015")
      .note("The agreement's percentage keys are not published; the 2015 shares of"
          + " research funding (VR1804) are carried forward. Replace with a reform.")
      .build();

  /**
   * The year term 12 is first given: VT 2027, the 12-term programme's first intake (HT 2021) plus
   * eleven terms.
   */
  static final Citation TERM_12 = MedicalProgramme.TWELVE_TERM.citation();

  /**
   * The growth in students actually trained with term 12 under the 2014 rule set: the 2014
   * agreement has no rule on term 12, so the programme's terms are taken (an assumption, the one
   * the published scenario made before the growth became a rule).
   */
  static final Citation TERMS_GROWTH = Citation.builder().document("alf assumption")
      .section("growth in students trained with term 12")
      .note("The 2014 agreement has no rule on term 12. The full-year students a region trains"
          + " are taken to grow as the programme does: 12 terms instead of 11 (the memorandum"
          + " U2024/01035 § 6.1.2: the total volume grows by one eleventh). Replace with a"
          + " reform.")
      .build();

  /**
   * Where the students actually trained come from: the input for the year, else the base grown
   * by the rule set's growth from the year term 12 is first given.
   */
  static final Citation ACTUAL_HST = Citation.builder().document("alf rule")
      .section("full-year students actually trained")
      .note("The input actual-hst for the year where given (never multiplied); else the base"
          + " actual-hst.base, × the rule set's growth with term 12 from programme.term-12-from.")
      .build();

  static final Citation QUALITY_POINTS = Citation.builder().document("alf assumption")
      .section("quality points per grade")
      .note("The published sources do not give the formula from grades to money."
          + " Assumed: a region's quality weight is its key times the"
          + " panel-weighted points of its grades, A = 2, B = 1, C = 0. Replace with a reform.")
      .build();

  static final Citation DEFINITION = Citation.builder().document(Sources.ALF_2014).section("§ 7")
      .url("https://www.med.lu.se/intramed/styrning_organisation/ekonomi_alf/alf/alf_utvaerdering")
      .note("'förutsätter vårdens strukturer och resurser och har som mål att lösa ett"
          + " ohälsoproblem eller att identifiera faktorer som leder till ökad hälsa'")
      .build();

  /**
   * The wording of § 7 as Region Västerbotten's response restates it (7.1): "... faktorer som leder
   * till ohälsa", where the Lunds universitet and Vetenskapsrådet pages that quote § 7 have "...
   * ökad hälsa" ({@link #DEFINITION}). Either way the aim is a health problem or the factors
   * behind (ill) health, which is what the health-aim condition asks: the verdicts do not change.
   */
  static final Citation DEFINITION_AS_RESTATED = Citation.builder()
      .document("Region Västerbotten, remissvar U2024/01035").section("7.1")
      .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
      .note("restates the definition ending \"faktorer som leder till ohälsa\"; the Lunds"
          + " universitet and Vetenskapsrådet (2023-03-31) pages quoting ALF 2014 § 7 end \"…"
          + " leder till ökad hälsa\"; the agreement's own text was not reachable")
      .build();

  static final Citation EVALUATION = Citation.web("Vetenskapsrådet, utvärderingar inom ALF",
      "https://vr.se/omvetenskapsradet/alfkansliet/utvarderingar.4.41566e4915b6b1121051e7b4.html")
      .withNote("Vetenskapsrådet evaluates the quality of clinical research every four years, in"
          + " parallel with Socialstyrelsen's evaluation of university healthcare;"
          + " the agreement's paragraph is not known");

  static final Citation NO_SCORES = Citation.builder().document("alf assumption")
      .section("quality weights when no region scores")
      .note("If every region scores zero points, the 2014 quality part is taken to follow the"
          + " keys; the sources do not say. Replace with a reform.")
      .build();

  static final Citation REGIONAL_AGREEMENTS = Citation.builder().document(Sources.ALF_2014)
      .section("§ 16").seedFile(Sources.SEED_SOUTH_EAST_SLIDES)
      .note("'Landsting och universitet som anges i 16 § ska gemensamt utveckla strategier';"
          + " regional agreements were to be concluded by 2015-05-01 (Uppsala universitet)")
      .build();

  static final Citation NO_CARRY_OVER = Citation.builder().document(Sources.ALF_2014)
      .section("unused funds")
      .url("https://www.kliniskastudier.se/nyheter/nyheter/2020-11-04-arets-alf-medel-kan-"
          + "anvandas-aven-under-2021.html")
      .note("'Enligt det nuvarande ALF-avtalet måste outnyttjade medel betalas tillbaka'; a"
          + " supplementary agreement let 2020 funds be used during 2021")
      .build();
}
