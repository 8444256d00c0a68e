package se.alf.rules;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Objects;
import org.immutables.value.Value;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;

/**
 * What one ALF region gets in one year under one rule set, line by line, each line with its
 * explanation. {@link #total()} = education + research base + research quality + supplement.
 *
 * <p>Immutable and thread-safe (an Immutables value); its builder is for one thread.
 *
 * @since 0.1
 */
@Value.Immutable
public interface RegionAllocation {

  /** {@return the ALF region} */
  AlfRegion region();

  /** {@return the year allocated} */
  Year year();

  /**
   * {@return the minimum full-year students (minsta antal helårsstudenter), also the most
   * compensated, explained}
   */
  Explained<FullYearStudents> minimumStudents();

  /**
   * {@return the full-year students compensated: the actual number, at most the minimum, explained}
   */
  Explained<FullYearStudents> compensatedStudents();

  /** {@return the ALF compensation for medical education, explained} */
  Explained<Sek> education();

  /** {@return the base part of ALF for clinical research (basbelopp), explained} */
  Explained<Sek> researchBase();

  /** {@return the quality part of ALF for clinical research (kvalitetsbelopp), explained} */
  Explained<Sek> researchQuality();

  /** {@return a supplement outside the two parts (zero unless a rule set pays one), explained} */
  Explained<Sek> supplement();

  /** {@return the sum of the money lines} */
  @Value.Derived
  default Sek total() {
    return education().value().plus(researchBase().value()).plus(researchQuality().value())
        .plus(supplement().value());
  }

  /** {@return the research compensation: base + quality} */
  default Sek research() {
    return researchBase().value().plus(researchQuality().value());
  }

  /**
   * {@return the value of {@code line}: an amount in kronor or a count of full-year students, as an
   * exact ratio}
   *
   * @param line the line
   */
  default Ratio value(Line line) {
    Objects.requireNonNull(line, "line");
    switch (line) {
      case MINIMUM_STUDENTS: return minimumStudents().value().value();
      case COMPENSATED_STUDENTS: return compensatedStudents().value().value();
      case TOTAL: return total().toRatio();
      default: return money(line).value().toRatio();
    }
  }

  /**
   * {@return the amount of the money line {@code line}}
   *
   * @param line a money line (not a student line)
   * @throws IllegalArgumentException if {@code line} counts students
   */
  default Sek amount(Line line) {
    Objects.requireNonNull(line, "line");
    return line == Line.TOTAL ? total() : money(line).value();
  }

  /**
   * {@return the explanation of {@code line}}
   *
   * @param line the line
   */
  default Explanation explanation(Line line) {
    Objects.requireNonNull(line, "line");
    switch (line) {
      case MINIMUM_STUDENTS: return minimumStudents().explanation();
      case COMPENSATED_STUDENTS: return compensatedStudents().explanation();
      case TOTAL: return explain();
      default: return money(line).explanation();
    }
  }

  private Explained<Sek> money(Line line) {
    switch (line) {
      case EDUCATION: return education();
      case RESEARCH_BASE: return researchBase();
      case RESEARCH_QUALITY: return researchQuality();
      case SUPPLEMENT: return supplement();
      default: throw new IllegalArgumentException("line " + line + " counts full-year students,"
          + " not kronor; amount(line) takes a money line: EDUCATION, RESEARCH_BASE,"
          + " RESEARCH_QUALITY, SUPPLEMENT or TOTAL");
    }
  }

  /** {@return the explanation of the total: one tree with every line beneath it} */
  default Explanation explain() {
    return Explanation.builder()
        .label(() -> "Total ALF, " + region().displayName() + ", " + year())
        .value(total())
        .formula("education + research base + research quality + supplement")
        .steps(ImmutableList.of(education().explanation(), researchBase().explanation(),
            researchQuality().explanation(), supplement().explanation()))
        .build();
  }

  /**
   * {@return a short summary, what {@code toString()} prints: e.g. {@code "Örebro 2027: total
   * 146 791 938,08 kr (education 112 138 472,73 kr, research 34 653 465,35 kr, supplement
   * 0,00 kr; minimum 9600/11 ≈ 872,73 HST, compensated 9600/11 ≈ 872,73 HST)"}} The figures are
   * values; {@link #explain()} says why.
   */
  default String toDisplayString() {
    return region().displayName() + " " + year() + ": total " + total().format() + " (education "
        + education().value().format() + ", research " + research().format() + ", supplement "
        + supplement().value().format() + "; minimum " + minimumStudents().value().format()
        + ", compensated " + compensatedStudents().value().format() + ")";
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegionAllocation}. */
  final class Builder extends ImmutableRegionAllocation.Builder {
    Builder() {}
  }
}
