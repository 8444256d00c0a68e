package se.alf.programme;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Year;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A cohort (kull): the students admitted to a medical programme in one semester, who go through
 * its terms together, one term per semester, the first in the semester of intake.
 *
 * <p>The model has no drop-outs, delays or transfers: the cohort keeps its size through every
 * term. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Cohort {

  /** {@return the programme the cohort follows} */
  MedicalProgramme programme();

  /** {@return the semester of intake (antagningstermin), in which the cohort studies term 1} */
  Semester intake();

  /** {@return the number of students, {@code >= 0}} */
  int size();

  /**
   * {@return the cohort of {@code size} students admitted to {@code programme} in {@code intake}}
   *
   * @param programme the programme
   * @param intake the semester of intake
   * @param size the number of students admitted, not negative
   * @throws IllegalArgumentException if {@code size} is negative or {@code intake} is outside the
   *     programme's intakes
   */
  static Cohort of(MedicalProgramme programme, Semester intake, int size) {
    return builder().programme(programme).intake(intake).size(size).build();
  }

  /**
   * {@return the term the cohort studies in {@code semester}: 1 in the semester of intake, and so
   * on; empty before the intake and after the last term}
   *
   * @param semester the semester asked about
   */
  default OptionalInt termIn(Semester semester) {
    Objects.requireNonNull(semester, "semester");
    long term = (long) intake().termsUntil(semester) + 1;
    return term >= 1 && term <= programme().terms() ? OptionalInt.of((int) term)
        : OptionalInt.empty();
  }

  /** {@return the semester in which the cohort studies its last term} */
  default Semester lastSemester() {
    return intake().plusTerms(programme().terms() - 1);
  }

  /**
   * {@return the full-year students (HST) the cohort makes up in the calendar year {@code year}:
   * its size times the terms it studies in that year (VT and HT of the year), divided by 2} A
   * term is counted in the year of its semester.
   *
   * @param year the calendar year asked about
   */
  default FullYearStudents fullYearStudentsIn(Year year) {
    Objects.requireNonNull(year, "year");
    int terms = 0;
    for (Season season : Season.values()) {
      if (termIn(Semester.of(season, year)).isPresent()) {
        terms++;
      }
    }
    return FullYearStudents.ofStudentTerms(size(), terms);
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(size() >= 0, "size of cohort %s must be >= 0, was %s", intake(), size());
    programme().knownFirstIntake().ifPresent(first -> checkArgument(!intake().isBefore(first),
        "intake %s of %s must not be before its first intake %s", intake(),
        programme().description(), first));
    programme().lastIntake().ifPresent(last -> checkArgument(!intake().isAfter(last),
        "intake %s of %s must not be after its last intake %s", intake(),
        programme().description(), last));
    Semester latest = Semester.ht(Semester.MAX_YEAR).plusTerms(1 - programme().terms());
    checkArgument(!intake().isAfter(latest), "intake %s of %s must not be after %s: its %s terms "
        + "would end after the year %s", intake(), programme().description(), latest,
        programme().terms(), Semester.MAX_YEAR);
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cohort}; every attribute is required. */
  final class Builder extends ImmutableCohort.Builder {
    Builder() {}
  }
}
