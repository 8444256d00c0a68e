package se.alf.quality;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultiset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.alf.party.AlfRegion;
import se.alf.source.Citation;

/**
 * The result (resultat, omdöme per panel) of one ALF region in one round of the quality
 * evaluation: a grade per panel where it is published, and for every other panel a note saying
 * why its grade is unknown. Each of the three panels is either graded or unknown, never both.
 *
 * <p>A grade can be published without its panel ("one A, panel not identified"): it is held in
 * {@link #unplacedGrades()}, and every panel it may belong to stays unknown, with its note. There
 * are never more unplaced grades than unknown panels.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface RegionEvaluation {

  /** {@return the ALF region evaluated} */
  AlfRegion region();

  /** {@return the published grades, by panel; panels missing here are unknown} */
  ImmutableMap<Panel, Grade> grades();

  /**
   * For each panel whose grade is unknown, why: what the sources say instead.
   *
   * @return for each panel whose grade is unknown, why: what the sources say instead
   */
  ImmutableMap<Panel, String> unknownNotes();

  /**
   * Grades published without the panel they were given on, e.g. "one A, panel not identified";
   * each belongs to one of the unknown panels. Empty unless the sources give such grades.
   *
   * @return the grades published without their panel, possibly none
   */
  ImmutableMultiset<Grade> unplacedGrades();

  /** {@return the source of the grades (or of what is known)} */
  Citation citation();

  /**
   * {@return the grade of {@code panel}, or empty if it is unknown; see {@link #whyUnknown}}
   *
   * @param panel the panel
   */
  default Optional<Grade> grade(Panel panel) {
    return Optional.ofNullable(grades().get(Objects.requireNonNull(panel, "panel")));
  }

  /**
   * {@return why the grade of {@code panel} is unknown, or empty if it is known}
   *
   * @param panel the panel
   */
  default Optional<String> whyUnknown(Panel panel) {
    return Optional.ofNullable(unknownNotes().get(Objects.requireNonNull(panel, "panel")));
  }

  /** {@return whether the grades of all three panels are known} */
  default boolean isComplete() {
    return grades().size() == Panel.values().length;
  }

  /**
   * {@return the grades that are published, placed or not: {@link #grades()} plus
   * {@link #unplacedGrades()}}
   */
  default ImmutableMultiset<Grade> knownGrades() {
    return ImmutableMultiset.<Grade>builder().addAll(grades().values())
        .addAll(unplacedGrades()).build();
  }

  /**
   * {@return what is published, in words: the placed grades by panel, then the unplaced grades,
   * e.g. {@code "panel 2 C; one A on an unidentified panel"}, or {@code "nothing"}}
   */
  default String describePublished() {
    List<String> parts = new ArrayList<>();
    for (Panel p : Panel.values()) {
      grade(p).ifPresent(g -> parts.add("panel " + p.number() + " " + g.letter()));
    }
    List<String> unplaced = new ArrayList<>();
    for (Grade g : Grade.values()) {
      int n = unplacedGrades().count(g);
      if (n > 0) {
        unplaced.add((n == 1 ? "one" : n == 2 ? "two" : "three") + " " + g.letter());
      }
    }
    if (!unplaced.isEmpty()) {
      parts.add(String.join(" and ", unplaced) + (unplacedGrades().size() == 1
          ? " on an unidentified panel" : " on unidentified panels"));
    }
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  /**
   * {@return a complete evaluation built on this one by assumption: the placed grades are kept; the
   * unplaced grades, best first, are put on the unknown panels, heaviest {@link Panel#weight}
   * first and then by number, so an unplaced A goes on panel 1 if that is unknown; the unknown
   * panels left over get {@code rest}} Which panel an unplaced grade was given on is not
   * published: the result is an assumption, and keeps this evaluation's citation.
   *
   * @param rest the grade assumed for an unknown panel that no unplaced grade fills
   */
  default RegionEvaluation assuming(Grade rest) {
    Objects.requireNonNull(rest, "rest");
    Builder b = builder().region(region()).citation(citation()).putAllGrades(grades());
    List<Grade> unplaced = unplacedGrades().stream().sorted().toList();
    List<Panel> panels = unknownNotes().keySet().stream()
        .sorted(Comparator.comparing(Panel::weight).reversed().thenComparingInt(Panel::number))
        .toList();
    for (int i = 0; i < panels.size(); i++) {
      b.putGrade(panels.get(i), i < unplaced.size() ? unplaced.get(i) : rest);
    }
    return b.build();
  }

  /**
   * {@return the evaluation of {@code region} with the known grades of panels 1, 2 and 3}
   *
   * @param region the ALF region
   * @param panel1 the grade on panel 1
   * @param panel2 the grade on panel 2
   * @param panel3 the grade on panel 3
   * @param citation where the grades are published
   */
  static RegionEvaluation of(AlfRegion region, Grade panel1, Grade panel2, Grade panel3,
      Citation citation) {
    Objects.requireNonNull(panel1, "panel1");
    Objects.requireNonNull(panel2, "panel2");
    Objects.requireNonNull(panel3, "panel3");
    return builder().region(region)
        .putGrade(Panel.SCIENTIFIC_QUALITY, panel1)
        .putGrade(Panel.CLINICAL_SIGNIFICANCE, panel2)
        .putGrade(Panel.PREREQUISITES, panel3)
        .citation(citation)
        .build();
  }

  /**
   * {@return the evaluation of {@code region} with all three grades unknown, for {@code why}}
   *
   * @param region the ALF region
   * @param why what the sources say instead of the grades
   * @param citation where that is said
   */
  static RegionEvaluation unknown(AlfRegion region, String why, Citation citation) {
    Objects.requireNonNull(why, "why");
    Builder b = builder();
    for (Panel p : Panel.values()) {
      b.putUnknownNote(p, why);
    }
    return b.region(region).citation(citation).build();
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    for (Panel p : Panel.values()) {
      boolean graded = grades().containsKey(p);
      boolean unknown = unknownNotes().containsKey(p);
      checkArgument(graded != unknown, "panel %s of %s must be either graded or unknown with a "
          + "note, was %s", p.number(), region(), graded ? "both" : "neither");
    }
    unknownNotes().forEach((p, note) -> checkArgument(!note.isBlank(),
        "note why panel %s of %s is unknown must not be blank", p.number(), region()));
    if (unplacedGrades().size() > unknownNotes().size()) {
      throw new IllegalArgumentException(String.format("%s has %s published without %s panel "
          + "but only %s unknown panels; each must belong to one of them", region(),
          unplacedGrades().size() == 1 ? "a grade" : unplacedGrades().size() + " grades",
          unplacedGrades().size() == 1 ? "its" : "their",
          unknownNotes().size()) + " (grades: " + unplacedGrades().stream().sorted()
          .map(Grade::letter).collect(Collectors.joining(", ")) + ")");
    }
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RegionEvaluation}; each panel needs a grade or a note why it is unknown, and
   * grades published without their panel ({@code addUnplacedGrade}) need as many unknown panels.
   */
  final class Builder extends ImmutableRegionEvaluation.Builder {
    Builder() {}
  }
}
