package se.alf.rules;

/**
 * A line of a region's allocation, as a comparison lists them.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Line {
  /** Minimum full-year students (minsta antal helårsstudenter), also the most compensated. */
  MINIMUM_STUDENTS,
  /** Full-year students compensated: the actual number, at most the minimum. */
  COMPENSATED_STUDENTS,
  /** ALF compensation for medical education (ALF för utbildning av läkare). */
  EDUCATION,
  /** The base part of ALF for clinical research (basbelopp). */
  RESEARCH_BASE,
  /** The quality part of ALF for clinical research (kvalitetsbelopp / kvalitetsbaserad del). */
  RESEARCH_QUALITY,
  /** A supplement outside the two parts (e.g. for regionalised education, in a reform). */
  SUPPLEMENT,
  /** Education + research + supplement. */
  TOTAL;

  /** {@return whether the line counts students rather than money} */
  public boolean isStudents() {
    return this == MINIMUM_STUDENTS || this == COMPENSATED_STUDENTS;
  }
}
