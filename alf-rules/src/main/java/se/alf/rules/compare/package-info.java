/**
 * Comparison (jämförelse) of two rule sets on one scenario over a range of years, as data a test
 * suite can assert on: per ALF region, year and {@link se.alf.rules.Line line} both values, the
 * difference (right − left) and both explanations; national totals with the amount returned to the
 * state; the parameters, statements and verdicts on research projects that differ; and the
 * assumptions the comparison rests on. {@link se.alf.rules.compare.Format} renders a comparison as
 * an aligned text table, CSV or Markdown.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(RuleSets.alf2014(), RuleSets.proposal2024())
 *     .withProjects(ResearchProjects.all())
 *     .over(Scenarios.published(), Year.of(2024), Year.of(2030));
 * c.line(AlfRegion.OREBRO, Year.of(2026), Line.MINIMUM_STUDENTS).difference(); // 85
 * System.out.print(Format.TEXT.render(c));
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; nothing does I/O.
 */
@AlfStyle
package se.alf.rules.compare;

import se.alf.style.AlfStyle;
