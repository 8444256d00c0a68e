/**
 * Reports people open: {@link se.alf.examples.report.HtmlReport} writes a comparison as one
 * self-contained HTML file (inline CSS, inline SVG charts, no scripts, nothing fetched) that an
 * analyst can mail. The numbers and texts come from the library's rendering package
 * ({@link se.alf.rules.report}); the charts from {@link se.alf.examples.chart}.
 */
package se.alf.examples.report;
