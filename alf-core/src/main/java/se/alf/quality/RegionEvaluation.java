package se.alf.quality;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.party.AlfRegion;
import se.alf.source.Citation;

/**
 * The result (resultat, omdöme per panel) of one ALF region in one round of the quality
 * evaluation: a grade per panel where it is published, and for every other panel a note saying
 * why its grade is unknown. Each of the three panels is either graded or unknown, never both.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface RegionEvaluation {

  /** The ALF region evaluated. */
  AlfRegion region();

  /** The published grades, by panel; panels missing here are unknown. */
  ImmutableMap<Panel, Grade> grades();

  /** For each panel whose grade is unknown, why: what the sources say instead. */
  ImmutableMap<Panel, String> unknownNotes();

  /** The source of the grades (or of what is known). */
  Citation citation();

  /** Returns the grade of {@code panel}, or empty if it is unknown; see {@link #whyUnknown}. */
  default Optional<Grade> grade(Panel panel) {
    return Optional.ofNullable(grades().get(Objects.requireNonNull(panel, "panel")));
  }

  /** Returns why the grade of {@code panel} is unknown, or empty if it is known. */
  default Optional<String> whyUnknown(Panel panel) {
    return Optional.ofNullable(unknownNotes().get(Objects.requireNonNull(panel, "panel")));
  }

  /** Returns whether the grades of all three panels are known. */
  default boolean isComplete() {
    return grades().size() == Panel.values().length;
  }

  /**
   * Returns the evaluation of {@code region} with the known grades of panels 1, 2 and 3.
   */
  static RegionEvaluation of(AlfRegion region, Grade panel1, Grade panel2, Grade panel3,
      Citation citation) {
    return builder().region(region)
        .putGrade(Panel.SCIENTIFIC_QUALITY, panel1)
        .putGrade(Panel.CLINICAL_SIGNIFICANCE, panel2)
        .putGrade(Panel.PREREQUISITES, panel3)
        .citation(citation)
        .build();
  }

  /** Returns the evaluation of {@code region} with all three grades unknown, for {@code why}. */
  static RegionEvaluation unknown(AlfRegion region, String why, Citation citation) {
    Builder b = builder();
    for (Panel p : Panel.values()) {
      b.putUnknownNote(p, why);
    }
    return b.region(region).citation(citation).build();
  }

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
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegionEvaluation}; each panel needs a grade or a note why it is unknown. */
  final class Builder extends ImmutableRegionEvaluation.Builder {
    Builder() {}
  }
}
