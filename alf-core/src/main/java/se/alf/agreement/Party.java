package se.alf.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.party.Region;
import se.alf.party.RegionNames;
import se.alf.party.University;
import se.alf.time.NoValueOnDateException;

/**
 * A party to an agreement (<i>avtalspart</i>): the state (<i>svenska staten</i>), a region
 * (<i>landsting</i>, now <i>region</i>) or a university (<i>universitet</i>).
 *
 * <p>Exactly one of {@link #region()} and {@link #university()} is present for a region or a
 * university, neither for the state. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Party {

  /** What kind of party this is. */
  enum Kind {
    /** The Swedish state (<i>svenska staten</i>). */
    STATE,
    /** A region or county council (<i>region</i>, <i>landsting</i>). */
    REGION,
    /** A university (<i>universitet</i>). */
    UNIVERSITY
  }

  /** {@return the kind of party} */
  Kind kind();

  /** {@return the region, for a {@link Kind#REGION} party} */
  Optional<Region> region();

  /** {@return the university, for a {@link Kind#UNIVERSITY} party} */
  Optional<University> university();

  /** {@return the state, as the national agreement's title names it: "svenska staten"} */
  static Party state() {
    return builder().kind(Kind.STATE).build();
  }

  /**
   * {@return {@code region} as a party}
   *
   * @param region the region
   */
  static Party of(Region region) {
    return builder().kind(Kind.REGION).region(region).build();
  }

  /**
   * {@return {@code university} as a party}
   *
   * @param university the university
   */
  static Party of(University university) {
    return builder().kind(Kind.UNIVERSITY).university(university).build();
  }

  /**
   * {@return the party's name on {@code date}: {@code "svenska staten"}, the university's name, or
   * the region's name on that date (see {@link RegionNames})} Like {@link Region#nameOn}, it never
   * substitutes a later name for one no source gives.
   *
   * @param date the day asked about
   * @throws NoValueOnDateException for a region if no source gives its name on {@code date};
   *     {@link #findNameOn} returns empty instead
   */
  default String nameOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return region().map(r -> r.nameOn(date)).orElseGet(this::currentName);
  }

  /**
   * {@return the party's name on {@code date} as {@link #nameOn} does, or empty for a region if no
   * source gives its name on {@code date} (then a reader may show {@link #currentName()}, saying
   * that it is today's name)}
   *
   * @param date the day asked about
   */
  default Optional<String> findNameOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (region().isEmpty()) {
      return Optional.of(currentName());
    }
    return RegionNames.find(region().get(), date).map(v -> v.value());
  }

  /** {@return the party's name today: "svenska staten", the university's or the region's name} */
  default String currentName() {
    switch (kind()) {
      case STATE:
        return "svenska staten";
      case UNIVERSITY:
        return university().orElseThrow().swedishName();
      default:
        return region().orElseThrow().currentName();
    }
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(region().isPresent() == (kind() == Kind.REGION),
        "party of kind %s must %shave a region, had %s", kind(),
        kind() == Kind.REGION ? "" : "not ", region());
    checkArgument(university().isPresent() == (kind() == Kind.UNIVERSITY),
        "party of kind %s must %shave a university, had %s", kind(),
        kind() == Kind.UNIVERSITY ? "" : "not ", university());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}; prefer {@link #state()} and {@code of(...)}. */
  final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
