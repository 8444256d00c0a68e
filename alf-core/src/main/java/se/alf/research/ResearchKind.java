package se.alf.research;

/**
 * A kind of research (forskningstyp) that the debate on the definition of clinical research names.
 * Region Västerbotten (consultation response § 7.2, seed file {@code 000_13ed2d48ae91e5ee.txt})
 * names the first three as clinically relevant research that needs no permit; Sveriges läkarförbund
 * names translational research with animal experiments (its consultation response of 2024-07-02).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ResearchKind {
  /** Clinically relevant health-data research (kliniskt relevant hälsodataforskning). */
  HEALTH_DATA,
  /**
   * Research on how healthcare is organised (forskning avseende hälso- och sjukvårdens
   * organisering).
   */
  HEALTHCARE_ORGANISATION,
  /**
   * Research on cell handling and logistics in advanced therapies (forskning avseende
   * cellhantering och logistik inom avancerade terapier).
   */
  CELL_HANDLING_ADVANCED_THERAPIES,
  /** A clinical trial (klinisk prövning), e.g. of a medicinal product. */
  CLINICAL_TRIAL,
  /** Translational research with animal experiments (translationell forskning, djurförsök). */
  TRANSLATIONAL_ANIMAL,
  /** Any other kind (annan forskning). */
  OTHER
}
