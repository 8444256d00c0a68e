package se.alf.time;

import java.time.LocalDate;
import java.util.NoSuchElementException;

/**
 * Thrown when a {@link Timeline} is asked for a date outside every range it holds. The message
 * names the timeline, the date asked for, and the ranges it does hold.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class NoValueOnDateException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  /** The name of the timeline asked. */
  private final String timeline;
  /** The day asked about. */
  private final LocalDate date;

  NoValueOnDateException(String timeline, LocalDate date, String known) {
    super(timeline + " has no value on " + date + "; it holds values over " + known);
    this.timeline = timeline;
    this.date = date;
  }

  /** {@return the name of the timeline that was asked} */
  public String timeline() {
    return timeline;
  }

  /** {@return the date that was asked for} */
  public LocalDate date() {
    return date;
  }
}
