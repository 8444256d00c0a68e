/**
 * Comparison (jämförelse) of two rule sets on one scenario over a range of years, as data a test
 * suite can assert on. {@link se.alf.rules.compare.Comparison} is a value that
 * {@code ComparisonEngine} computes; each kind of {@link se.alf.rules.compare.Difference} is its
 * own record: per ALF region, year and {@link se.alf.rules.Line line} a
 * {@link se.alf.rules.compare.MoneyLine} (kronor) or {@link se.alf.rules.compare.StudentLine}
 * (full-year students) with both values, the difference right − left and both explanations;
 * national totals with the amount returned to the state; the parameters, statements and verdicts
 * on research projects that differ; and the assumptions the comparison rests on.
 * {@link se.alf.rules.report.Format} renders a comparison as text, CSV or Markdown.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
 *     .withProjects(ResearchProjects.all())
 *     .over(Scenarios.published(), Year.of(2024), Year.of(2030));
 * c.students(AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS).rightStudents(); // 800 HST
 * c.money(AlfRegion.OREBRO, Year.of(2026), Line.TOTAL).differenceAmount();           // Sek
 * System.out.print(Format.TEXT.render(c));
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; nothing does I/O.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules.compare;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
