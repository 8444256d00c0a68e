package se.alf.rules.contract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.param.Basis;
import se.alf.rules.Horizon;
import se.alf.rules.Keys;
import se.alf.rules.param.Parameters;
import se.alf.rules.Scenario;
import se.alf.source.Citation;

/**
 * One generated case of a contract property: a year, a research appropriation (in öre, odd ones
 * included), and for each ALF region its actual full-year students, its three panel grades and
 * its count of highly cited articles. {@link #applyTo} lays the case over a scenario.
 *
 * <p>Instances are immutable.
 */
public final class GeneratedCase {

  /** The citation of every generated value. */
  public static final Citation GENERATED = Citation.of("contract kit", "generated case");

  private final Year year;
  private final Sek appropriation;
  private final ImmutableMap<AlfRegion, FullYearStudents> students;
  private final ImmutableMap<AlfRegion, ImmutableList<Grade>> grades;
  private final ImmutableMap<AlfRegion, Ratio> articles;

  GeneratedCase(Year year, Sek appropriation, ImmutableMap<AlfRegion, FullYearStudents> students,
      ImmutableMap<AlfRegion, ImmutableList<Grade>> grades,
      ImmutableMap<AlfRegion, Ratio> articles) {
    this.year = Objects.requireNonNull(year, "year");
    this.appropriation = Objects.requireNonNull(appropriation, "appropriation");
    this.students = Objects.requireNonNull(students, "students");
    this.grades = Objects.requireNonNull(grades, "grades");
    this.articles = Objects.requireNonNull(articles, "articles");
  }

  public Year year() {
    return year;
  }

  public Sek appropriation() {
    return appropriation;
  }

  public ImmutableMap<AlfRegion, FullYearStudents> students() {
    return students;
  }

  /** Each region's grades on panels 1, 2 and 3. */
  public ImmutableMap<AlfRegion, ImmutableList<Grade>> grades() {
    return grades;
  }

  public ImmutableMap<AlfRegion, Ratio> articles() {
    return articles;
  }

  /** Returns a copy in which {@code region} has {@code value} actual full-year students. */
  public GeneratedCase withStudents(AlfRegion region, FullYearStudents value) {
    return new GeneratedCase(year, appropriation, replace(students, region, value), grades,
        articles);
  }

  /** Returns a copy in which {@code region} has the grades {@code panels} (panels 1, 2, 3). */
  public GeneratedCase withGrades(AlfRegion region, List<Grade> panels) {
    return new GeneratedCase(year, appropriation, students, replace(grades, region,
        ImmutableList.copyOf(panels)), articles);
  }

  private static <V> ImmutableMap<AlfRegion, V> replace(ImmutableMap<AlfRegion, V> map,
      AlfRegion region, V value) {
    ImmutableMap.Builder<AlfRegion, V> b = ImmutableMap.builder();
    map.forEach((r, v) -> b.put(r, r == region ? value : v));
    return b.buildOrThrow();
  }

  /** Returns {@code base} with this case's values from {@value Horizon#FIRST} on. */
  public Scenario applyTo(Scenario base) {
    return applyTo(base, ImmutableList.copyOf(AlfRegion.values()));
  }

  /**
   * Returns {@code base} with this case's values from {@value Horizon#FIRST} on, the regions'
   * values given in the order {@code regions} (each ALF region once).
   */
  public Scenario applyTo(Scenario base, List<AlfRegion> regions) {
    Year from = Year.of(Horizon.FIRST);
    Parameters.Builder p = Parameters.builder();
    p.putFrom(Keys.RESEARCH_APPROPRIATION, from, appropriation, Basis.INPUT, GENERATED);
    for (AlfRegion r : regions) {
      List<Grade> g = grades.get(r);
      p.putFrom(Keys.ACTUAL_HST.of(r), from, students.get(r), Basis.INPUT, GENERATED)
          .putFrom(Keys.HIGHLY_CITED_ARTICLES.of(r), from, articles.get(r), Basis.INPUT,
              GENERATED)
          .putFrom(Keys.EVALUATION_RESULT.of(r), from,
              RegionEvaluation.of(r, g.get(0), g.get(1), g.get(2), GENERATED), Basis.INPUT,
              GENERATED);
    }
    return base.with("generated", p.build());
  }

  @Override
  public String toString() {
    return year + ", appropriation " + appropriation.format() + ", students " + students
        + ", grades " + grades + ", articles " + articles;
  }
}
