package se.alf.research;

import se.alf.source.Citation;

/**
 * A permit (tillstånd) from a public body that a research project may need. The 2024 proposal
 * (PM U2024/01035 § 7.2) would add to the definition of clinical research "…och som kräver
 * tillstånd av Läkemedelsverket eller Etikprövningsmyndigheten"; Sveriges läkarförbund asked for
 * approval by an animal ethics committee to count as well (its consultation response of
 * 2024-07-02).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Permit {

  /** Läkemedelsverket, the Swedish Medical Products Agency (e.g. for clinical drug trials). */
  MEDICAL_PRODUCTS_AGENCY("Läkemedelsverket", Citation.pm2024("7.2")),

  /** Etikprövningsmyndigheten, the Swedish Ethical Review Authority. */
  ETHICAL_REVIEW_AUTHORITY("Etikprövningsmyndigheten", Citation.pm2024("7.2")),

  /** A djurförsöksetisk nämnd, a regional animal ethics committee (djurförsöksnämnd). */
  ANIMAL_ETHICS_COMMITTEE("djurförsöksetisk nämnd", Citation.builder()
      .document("Sveriges läkarförbund, remissvar U2024/01035, 2024-07-02")
      .section("7.2")
      .url("https://slf.se/remisser/2024/remiss-av-promemorian-hallbar-och-hogkvalitativ-"
          + "lakarutbildning-och-klinisk-forskning-forslag-till-ett-reviderat-alf-avtal/")
      .note("The clause should also cover research that needs approval from an animal ethics "
          + "committee (translational research) [P]; Region Västerbotten's response does not "
          + "mention it")
      .build());

  private final String swedishName;
  private final Citation citation;

  Permit(String swedishName, Citation citation) {
    this.swedishName = swedishName;
    this.citation = citation;
  }

  /** {@return the Swedish name, e.g. {@code "Läkemedelsverket"}} */
  public String swedishName() {
    return swedishName;
  }

  /** {@return the source that names this permit in the ALF debate} */
  public Citation citation() {
    return citation;
  }
}
