package se.alf.rules.backtest;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;

/**
 * One figure actually paid, as published, read from the data file shipped with this package
 * ({@code published_actuals.csv}): national or one region's, for a year and a measure, with the
 * source's own wording, the source, its address and the caveat a reader must know.
 *
 * <p>Immutable and thread-safe.
 *
 * @param region the region, or empty for the national figure
 * @param year the year the figure is for
 * @param measure what it measures
 * @param amount the amount in kronor
 * @param asPublished the amount in the source's own words, e.g. {@code 232 miljoner kronor}
 * @param source the source and its quote
 * @param url where to read it
 * @param caveat what limits the figure (empty if nothing)
 * @since 0.1
 */
public record PublishedActual(Optional<AlfRegion> region, Year year, Measure measure,
    Sek amount, String asPublished, String source, String url, String caveat) {

  /**
   * Checks that nothing is null and the amount is positive.
   *
   * @param region the ALF region
   * @param year the year paid
   * @param measure what was paid
   * @param amount the amount, positive
   * @param asPublished the figure as the source writes it
   * @param source the source
   * @param url where the source is
   * @param caveat what to keep in mind about the figure
   */
  public PublishedActual {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(asPublished, "asPublished");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(caveat, "caveat");
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("amount: '" + amount + "' must be positive");
    }
  }

  /** {@return the scope as text: {@code national} or the region's display name} */
  public String scope() {
    return region.map(AlfRegion::displayName).orElse("national");
  }
}
