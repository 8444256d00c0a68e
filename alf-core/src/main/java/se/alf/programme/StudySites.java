package se.alf.programme;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import se.alf.party.Region;
import se.alf.source.Citation;
import se.alf.source.Document;
import se.alf.source.Sources;

/**
 * The study sites (studieorter) of decentralised medical programmes, as the sources publish them.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class StudySites {

  private StudySites() {}

  private static final ImmutableList<StudySite> LIU = ImmutableList.of(
      liu("Linköping–Motala–Västervik", 34, 31, 170, Optional.empty()),
      liu("Kalmar", 20, 19, 100, Optional.of(Region.KALMAR)),
      liu("Norrköping", 24, 22, 120, Optional.of(Region.OSTERGOTLAND)),
      liu("Jönköping", 30, 28, 150, Optional.of(Region.JONKOPING)));

  /**
   * {@return the four main sites (huvudstudieorter) of Linköping University's decentralised
   * programme in the south-east healthcare region, in the order of seed
   * {@code 001_5fd3045e73aeef0c.txt}, slide "Studenter i decentraliserad utbildning": 34, 20, 24
   * and 30 students per term, 108 in all; shares 31, 19, 22 and 28 % as published; 170, 100, 120
   * and 150 students in total, 540 in all}
   */
  public static ImmutableList<StudySite> liuDecentralised() {
    return LIU;
  }

  /**
   * {@return the students per term summed over {@code sites}}
   *
   * @param sites the sites, possibly none
   */
  public static long studentsPerTerm(Iterable<StudySite> sites) {
    Objects.requireNonNull(sites, "sites");
    long sum = 0;
    for (StudySite site : sites) {
      sum += site.studentsPerTerm();
    }
    return sum;
  }

  private static StudySite liu(String name, int perTerm, int sharePercent, int total,
      Optional<Region> region) {
    return StudySite.builder()
        .name(name)
        .studentsPerTerm(perTerm)
        .publishedSharePercent(sharePercent)
        .studentsTotal(total)
        .region(region)
        .citation(Citation.builder()
            .document(Document.SOUTH_EAST_SLIDES.shortName())
            .section("slide \"Studenter i decentraliserad utbildning\"")
            .seedFile(Sources.SEED_SOUTH_EAST_SLIDES)
            .note("\"Ort / Stud per termin / Procentuell andel / Stud totalt\": " + name + " "
                + perTerm + " per term (" + sharePercent + " %), " + total + " in total. "
                + "Terms 1–5 are in Linköping, the clinical terms at the four sites "
                + "(Läkartidningen 2019-03: "
                + "https://lakartidningen.se/aktuellt/nyheter/2019/03/lakarstudenterna-i-kalmar/).")
            .build())
        .build();
  }
}
