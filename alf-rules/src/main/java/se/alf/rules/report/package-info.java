/**
 * Rendering: the one place where alf turns results into text. {@link se.alf.rules.report.Format}
 * renders a {@link se.alf.rules.compare.Comparison} as aligned text, CSV (RFC 4180) or Markdown;
 * {@link se.alf.rules.report.Table} is the one table writer and {@link se.alf.rules.report.Csv}
 * the one CSV cell rule (quoting, CRLF, formula cells neutralised), used by the library and the
 * command line alike; {@link se.alf.rules.report.Texts} is the one way to write a value (kronor
 * {@code "79 547,00 kr"}, full-year students {@code "9600/11 ≈ 872,73 HST"}).
 *
 * <pre>{@code
 * String csv = Format.CSV.render(comparison);
 * String md = new Table("Region", "Total>").row("Örebro", "79 547,00 kr").render(Format.MARKDOWN);
 * }</pre>
 *
 * <p>Every rendering is a pure function of its input; nothing does I/O.
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules.report;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
