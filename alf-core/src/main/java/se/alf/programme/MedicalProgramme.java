package se.alf.programme;

import java.time.YearMonth;
import java.util.Optional;
import se.alf.source.Citation;
import se.alf.source.Document;
import se.alf.source.Sources;

/**
 * The Swedish medical programme (läkarprogrammet) leading to the medical degree (läkarexamen): the
 * 5.5-year programme of 11 terms, being phased out, and the 6-year programme of 12 terms that
 * replaced it from HT 2021.
 *
 * <p>Sources: the LiU–Region Östergötland slides (seed file {@code 001_5fd3045e73aeef0c.txt}:
 * "Ny sexårig läkarutbildning som är legitimationsgrundande – start HT 2021"), Sveriges
 * läkarförbund (https://slf.se/rad-och-stod/utbildning/grundutbildning/: 330 hp and 360 hp) and
 * Läkartidningen
 * (https://lakartidningen.se/?p=303047: the VT 2021 cohort is the last on the 330 hp programme,
 * which can be completed until the end of December 2029). Each constant's {@link #citation()}
 * says which source gives which fact.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum MedicalProgramme {

  /**
   * The 5.5-year programme of 11 terms and 330 hp (högskolepoäng), which leads to a degree but not
   * to a licence: allmäntjänstgöring (AT) of at least 18 months comes after it.
   */
  ELEVEN_TERM(11, 330, false, null, Semester.vt(2021), YearMonth.of(2029, 12),
      Citation.builder()
          .document("Läkarprogrammet 330 hp (5,5 år)")
          .url("https://slf.se/rad-och-stod/utbildning/grundutbildning/")
          .note("SLF: students who began in spring 2021 or earlier follow a programme of 330 hp, "
              + "5.5 years, then AT for legitimation. Last intake VT 2021 and completion by "
              + "December 2029: https://lakartidningen.se/?p=303047 and Örebro universitet 2020 "
              + "(https://www.oru.se/nyheter/nyhetsarkiv/nyhetsarkiv-2020/orebro-universitet-far-"
              + "examensratt-for-nya-lakarprogrammet/). Its first intake is not in the sources.")
          .build()),

  /**
   * The 6-year programme of 12 terms and 360 hp, which grants the licence (legitimation) on its
   * own; its first intake was HT 2021 at all seven universities.
   */
  TWELVE_TERM(12, 360, true, Semester.ht(2021), null, null,
      Citation.builder()
          .document(Document.SOUTH_EAST_SLIDES.shortName())
          .section("slide \"Ny läkarutbildning\"")
          .seedFile(Sources.SEED_SOUTH_EAST_SLIDES)
          .url("https://slf.se/rad-och-stod/utbildning/grundutbildning/")
          .note("The slides: \"Ny sexårig läkarutbildning som är legitimationsgrundande – start HT "
              + "2021\". SLF: 360 hp from autumn 2021. UKÄ approved all seven universities in "
              + "November 2020 (Läkartidningen 2020-11: https://lakartidningen.se/aktuellt/nyheter/"
              + "2020/11/nya-lakarutbildningen-far-tummen-upp/). Term 12 first given VT 2027 "
              + "(counting HT 2021 as term 1 [I]; "
              + "first graduates at the end of VT 2027: https://lakartidningen.se/?p=303047).")
          .build());

  private final int terms;
  private final int credits;
  private final boolean grantsLicence;
  private final Semester firstIntake;
  private final Semester lastIntake;
  private final YearMonth lastGraduation;
  private final Citation citation;

  MedicalProgramme(int terms, int credits, boolean grantsLicence, Semester firstIntake,
      Semester lastIntake, YearMonth lastGraduation, Citation citation) {
    this.terms = terms;
    this.credits = credits;
    this.grantsLicence = grantsLicence;
    this.firstIntake = firstIntake;
    this.lastIntake = lastIntake;
    this.lastGraduation = lastGraduation;
    this.citation = citation;
  }

  /** {@return the number of terms: 11 or 12} */
  public int terms() {
    return terms;
  }

  /** {@return the size in higher-education credits (högskolepoäng, hp): 330 or 360} */
  public int credits() {
    return credits;
  }

  /**
   * {@return whether the degree itself grants the licence (legitimationsgrundande): true for the
   * 12-term programme; the 11-term one needs AT after the degree}
   */
  public boolean grantsLicence() {
    return grantsLicence;
  }

  /** {@return the first intake if the sources give it: HT 2021 for the 12-term programme} */
  public Optional<Semester> knownFirstIntake() {
    return Optional.ofNullable(firstIntake);
  }

  /**
   * {@return the first intake: HT 2021 for the 12-term programme}
   *
   * @throws NotInSourcesException for the 11-term programme, whose first intake the sources do
   *     not give
   */
  public Semester firstIntake() {
    return knownFirstIntake().orElseThrow(() -> new NotInSourcesException(
        "the first intake of " + description() + " is not in the sources; they give only its "
            + "last intake, " + lastIntake));
  }

  /**
   * {@return the last intake, if there is one: VT 2021 for the 11-term programme (students who
   * began before 2021-07-01 follow the old rules); empty for the 12-term programme}
   */
  public Optional<Semester> lastIntake() {
    return Optional.ofNullable(lastIntake);
  }

  /**
   * {@return the month by which students must graduate: December 2029 for the 11-term programme;
   * empty for the 12-term programme, which has no such limit}
   */
  public Optional<YearMonth> lastGraduation() {
    return Optional.ofNullable(lastGraduation);
  }

  /**
   * {@return how many terms are mainly preclinical, degree project and clinical, as Region
   * Västerbotten's response (§ 6.1.2, seed file {@code 000_13ed2d48ae91e5ee.txt}) reads them:
   * 5 + 1 + 5 for the 11-term programme, and
   * 5 + 1 + 6 for the 12-term programme, whose added term is clinical}
   */
  public TermProfile termProfile() {
    return this == ELEVEN_TERM ? TermProfiles.ELEVEN_TERM : TermProfiles.TWELVE_TERM;
  }

  /**
   * {@return the semester in which term {@code term} was first given: term 12 of the 12-term
   * programme was first given in VT 2027 (HT 2021 plus 11 terms)}
   *
   * @param term the term, 1-based
   * @throws NoSuchTermException if {@code term} is outside 1..{@link #terms()}
   * @throws NotInSourcesException for the 11-term programme, whose first intake is not known
   */
  public Semester firstSemesterOfTerm(int term) {
    NoSuchTermException.check(description(), term, terms);
    return firstIntake().plusTerms(term - 1);
  }

  /** {@return the sources of the facts of this programme} */
  public Citation citation() {
    return citation;
  }

  /** {@return e.g. {@code "the 12-term medical programme (360 hp)"}} */
  public String description() {
    return "the " + terms + "-term medical programme (" + credits + " hp)";
  }
}
