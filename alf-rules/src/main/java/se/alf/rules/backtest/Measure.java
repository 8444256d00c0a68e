package se.alf.rules.backtest;

import java.util.Locale;
import se.alf.rules.Allocation;
import se.alf.rules.Line;
import se.alf.rules.RegionAllocation;

/**
 * What a published actual measures, and the model's figure for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Measure {
  /** All ALF paid: education + research (+ supplements in the model). */
  TOTAL,
  /** The education compensation. */
  EDUCATION,
  /** The clinical-research compensation: base + quality part. */
  RESEARCH;

  /** {@return the id used in the data file, e.g. {@code education}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the measure with data-file id {@code id}}
   *
   * @param field what the id is, for the message
   * @param id the id in the data file
   * @throws IllegalArgumentException naming the field, the value and the ids allowed
   */
  public static Measure ofId(String field, String id) {
    for (Measure m : values()) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException(field + ": '" + id
        + "' is not a measure: write total, education or research");
  }

  /** Returns the model's national figure for this measure. */
  se.alf.money.Sek national(Allocation a) {
    return switch (this) {
      case TOTAL -> a.paidToRegions();
      case EDUCATION -> a.educationTotal();
      case RESEARCH -> a.national(Line.RESEARCH_BASE).plus(a.national(Line.RESEARCH_QUALITY));
    };
  }

  /** Returns the model's figure for one region. */
  se.alf.money.Sek region(RegionAllocation r) {
    return switch (this) {
      case TOTAL -> r.total();
      case EDUCATION -> r.education().value();
      case RESEARCH -> r.research();
    };
  }
}
