package se.alf.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResearchProjectTest {

  @Test
  void permitsByTheirSwedishNames() {
    // Seed 000_13ed2d48ae91e5ee.txt § 7.2: "tillstånd av Läkemedelsverket eller
    // Etikprövningsmyndigheten"; facts.md § 3.3 (SLF): djurförsöksnämnd.
    assertEquals("Läkemedelsverket", Permit.MEDICAL_PRODUCTS_AGENCY.swedishName());
    assertEquals("Etikprövningsmyndigheten", Permit.ETHICAL_REVIEW_AUTHORITY.swedishName());
    assertEquals("djurförsöksetisk nämnd", Permit.ANIMAL_ETHICS_COMMITTEE.swedishName());
    assertEquals(Optional.of("7.2"), Permit.MEDICAL_PRODUCTS_AGENCY.citation().section());
    assertTrue(Permit.ANIMAL_ETHICS_COMMITTEE.citation().url().orElseThrow()
        .startsWith("https://slf.se/remisser/2024/"));
  }

  @Test
  void seedExamplesOfClinicalResearchWithoutPermits() {
    // Seed 000 § 7.2: "kliniskt relevant hälsodataforskning, forskning avseende hälso- och
    // sjukvårdens organisering, eller viss forskning avseende cellhantering och logistik inom
    // avancerade terapier": clinical research that needs no permit.
    for (ResearchProject p : ImmutableSet.of(ResearchProjects.healthData(),
        ResearchProjects.healthcareOrganisation(),
        ResearchProjects.cellHandlingAdvancedTherapies())) {
      assertEquals(ImmutableSet.of(), p.permits(), p.title());
      assertTrue(p.usesHealthcareStructures() && p.aimsAtHealthProblem(), p.title());
      assertEquals(Optional.of("000_13ed2d48ae91e5ee.txt"), p.citation().orElseThrow().seedFile());
    }
    assertEquals(ImmutableSet.of(ResearchKind.HEALTH_DATA), ResearchProjects.healthData().kinds());
    assertEquals(ImmutableSet.of(ResearchKind.HEALTHCARE_ORGANISATION),
        ResearchProjects.healthcareOrganisation().kinds());
    assertEquals(ImmutableSet.of(ResearchKind.CELL_HANDLING_ADVANCED_THERAPIES),
        ResearchProjects.cellHandlingAdvancedTherapies().kinds());
  }

  @Test
  void examplesWithPermits() {
    ResearchProject trial = ResearchProjects.drugTrial();
    assertEquals(ImmutableSet.of(Permit.MEDICAL_PRODUCTS_AGENCY, Permit.ETHICAL_REVIEW_AUTHORITY),
        trial.permits());
    assertTrue(trial.needs(Permit.MEDICAL_PRODUCTS_AGENCY));
    assertFalse(trial.needs(Permit.ANIMAL_ETHICS_COMMITTEE));
    // facts.md § 3.3 (SLF): translational research needing only animal-ethics approval.
    ResearchProject animal = ResearchProjects.translationalAnimalStudy();
    assertEquals(ImmutableSet.of(Permit.ANIMAL_ETHICS_COMMITTEE), animal.permits());
    assertEquals(ImmutableSet.of(ResearchKind.TRANSLATIONAL_ANIMAL), animal.kinds());
    assertEquals(5, ResearchProjects.all().size());
    assertTrue(ResearchProjects.all().stream().allMatch(p -> p.citation().isPresent()));
  }

  @Test
  void buildsAsTheDesignSketchDoes() {
    ResearchProject p = ResearchProject.builder().usesHealthcareStructures(true)
        .aimsAtHealthProblem(true).permits(Set.of()).build();
    assertEquals("(untitled)", p.title());
    assertEquals(ImmutableSet.of(), p.kinds());
    assertEquals(Optional.empty(), p.citation());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> ResearchProject.builder().aimsAtHealthProblem(true).build());
    assertTrue(missing.getMessage().contains("usesHealthcareStructures"), missing.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> ResearchProject.builder().title(" ").usesHealthcareStructures(true)
            .aimsAtHealthProblem(true).build());
    assertEquals("title of research project must not be blank", blank.getMessage());
  }

  @Test
  void equalsAndNulls() {
    ResearchProject a = ResearchProjects.healthData();
    new EqualsTester()
        .addEqualityGroup(a, ResearchProjects.healthData(),
            ResearchProject.builder().from(a).build())
        .addEqualityGroup(ResearchProject.builder().from(a).aimsAtHealthProblem(false).build())
        .addEqualityGroup(ResearchProjects.drugTrial())
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(a);
  }
}
