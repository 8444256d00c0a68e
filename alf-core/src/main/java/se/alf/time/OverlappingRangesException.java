package se.alf.time;

/**
 * Thrown when a {@link Timeline} is built with two values whose date ranges overlap, so that one
 * date would have two answers. The message names the timeline and both ranges.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class OverlappingRangesException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The name of the timeline whose values overlap. */
  private final String timeline;

  OverlappingRangesException(String timeline, DatedValue<?> first, DatedValue<?> second) {
    super(timeline + ": ranges must not overlap, but " + first.rangeText() + " (" + first.value()
        + ") overlaps " + second.rangeText() + " (" + second.value() + ")");
    this.timeline = timeline;
  }

  /** {@return the name of the timeline that was being built} */
  public String timeline() {
    return timeline;
  }
}
