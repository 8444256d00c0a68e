package se.alf.rules.compare;

import java.time.Year;
import java.util.Objects;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.Line;
import se.alf.rules.explain.Explanation;
import se.alf.rules.report.Texts;

/**
 * A line of full-year students ({@link Line#MINIMUM_STUDENTS}, {@link Line#COMPENSATED_STUDENTS})
 * of one region and year under both rule sets, exact. The {@link #difference()} is a ratio, as it
 * may be negative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leftStudents the left rule set's count
 * @param rightStudents the right rule set's count
 * @since 0.1
 */
public record StudentLine(AlfRegion region, Year year, Line line, FullYearStudents leftStudents,
    FullYearStudents rightStudents, Explanation leftExplanation, Explanation rightExplanation)
    implements LineComparison {

  /**
   * Checks that every part is given and that {@code line} counts students.
   *
   * @param region the ALF region
   * @param year the year
   * @param line a student line
   * @param leftStudents the left rule set's number
   * @param rightStudents the right rule set's number
   * @param leftExplanation the left number's explanation
   * @param rightExplanation the right number's explanation
   */
  public StudentLine {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(leftStudents, "leftStudents");
    Objects.requireNonNull(rightStudents, "rightStudents");
    Objects.requireNonNull(leftExplanation, "leftExplanation");
    Objects.requireNonNull(rightExplanation, "rightExplanation");
    if (!line.isStudents()) {
      throw new IllegalArgumentException("line " + line + " counts kronor, not full-year"
          + " students: it is a MoneyLine");
    }
  }

  @Override
  public Ratio left() {
    return leftStudents.value();
  }

  @Override
  public Ratio right() {
    return rightStudents.value();
  }

  /**
   * Returns e.g. {@code "Örebro 2027 minimum students 715 HST → 9600/11 ≈ 872,73 HST
   * (+1735/11 ≈ +157,73 HST)"}.
   */
  @Override
  public String toString() {
    return title() + " " + Texts.students(leftStudents) + " → " + Texts.students(rightStudents)
        + " (" + Texts.signed(difference(), Unit.HST) + ")";
  }
}
