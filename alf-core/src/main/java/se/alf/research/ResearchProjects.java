package se.alf.research;

import com.google.common.collect.ImmutableList;
import se.alf.source.Citation;
import se.alf.source.Sources;

/**
 * Example research projects from the consultation on the 2024 proposal, each with its source: the
 * kinds of research that Region Västerbotten (its consultation response, § 7.2; seed file
 * {@code 000_13ed2d48ae91e5ee.txt}) says
 * are clinical research without a permit, and projects that do need the permits the proposal and
 * Sveriges läkarförbund name. The projects are illustrations of those kinds, not real projects.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class ResearchProjects {

  private ResearchProjects() {}

  private static final String NO_PERMIT = "Region Västerbotten: \"det finns kliniskt relevant "
      + "forskning som inte faller under etikprövningslagen\", e.g. ";

  /**
   * Clinically relevant health-data research without any permit (Region Västerbotten § 7.2).
   *
   * @return such a project
   */
  public static ResearchProject healthData() {
    return clinical("Clinically relevant health-data research", ResearchKind.HEALTH_DATA,
        Citation.builder().document(Sources.PM_2024).section("7.2")
            .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
            .note(NO_PERMIT + "\"kliniskt relevant hälsodataforskning\"").build());
  }

  /**
   * {@return a study of how healthcare is organised, without any permit (Region Västerbotten, §
   * 7.2)}
   */
  public static ResearchProject healthcareOrganisation() {
    return clinical("Study of the organisation of healthcare",
        ResearchKind.HEALTHCARE_ORGANISATION,
        Citation.builder().document(Sources.PM_2024).section("7.2")
            .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
            .note(NO_PERMIT + "\"forskning avseende hälso- och sjukvårdens organisering\"")
            .build());
  }

  /**
   * {@return a study of cell handling and logistics for advanced therapies, without any permit
   * (Region
   * Västerbotten, remissvar § 7.2: "viss forskning")}
   */
  public static ResearchProject cellHandlingAdvancedTherapies() {
    return clinical("Cell handling and logistics in advanced therapies",
        ResearchKind.CELL_HANDLING_ADVANCED_THERAPIES,
        Citation.builder().document(Sources.PM_2024).section("7.2")
            .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
            .note(NO_PERMIT + "\"viss forskning avseende cellhantering och logistik inom "
                + "avancerade terapier\"").build());
  }

  /**
   * {@return a clinical drug trial that needs permits from Läkemedelsverket and
   * Etikprövningsmyndigheten,
   * the two bodies of the proposed clause (PM U2024/01035 § 7.2)}
   */
  public static ResearchProject drugTrial() {
    return clinical("Clinical drug trial", ResearchKind.CLINICAL_TRIAL,
        Citation.builder().document(Sources.PM_2024).section("7.2")
            .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
            .note("The proposed clause: \"…och som kräver tillstånd av Läkemedelsverket eller "
                + "Etikprövningsmyndigheten\"; the trial is an illustration that needs both.")
            .build(),
        Permit.MEDICAL_PRODUCTS_AGENCY, Permit.ETHICAL_REVIEW_AUTHORITY);
  }

  /**
   * {@return a translational study with animal experiments that needs only the approval of an
   * animal
   * ethics committee, as Sveriges läkarförbund describes (its consultation response of 2024-07-02)}
   */
  public static ResearchProject translationalAnimalStudy() {
    return clinical("Translational study with animal experiments",
        ResearchKind.TRANSLATIONAL_ANIMAL, Permit.ANIMAL_ETHICS_COMMITTEE.citation(),
        Permit.ANIMAL_ETHICS_COMMITTEE);
  }

  /** {@return all the examples, in the order above} */
  public static ImmutableList<ResearchProject> all() {
    return ImmutableList.of(healthData(), healthcareOrganisation(), cellHandlingAdvancedTherapies(),
        drugTrial(), translationalAnimalStudy());
  }

  private static ResearchProject clinical(String title, ResearchKind kind, Citation citation,
      Permit... permits) {
    return ResearchProject.builder()
        .title(title)
        .usesHealthcareStructures(true)
        .aimsAtHealthProblem(true)
        .addKind(kind)
        .addPermits(permits)
        .citation(citation)
        .build();
  }
}
