package se.alf.programme;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.alf.party.Region;
import se.alf.source.Citation;

/**
 * A study site (studieort) of a decentralised medical programme: a town or group of towns where
 * students take their clinical terms, with the number of students per term.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface StudySite {

  /** {@return the name as the source writes it, e.g. {@code "Linköping–Motala–Västervik"}} */
  String name();

  /** {@return the number of students per term at the site (studenter per termin), {@code >= 0}} */
  int studentsPerTerm();

  /** {@return the number of students at the site over all its terms, as the source publishes it} */
  OptionalInt studentsTotal();

  /**
   * {@return the site's share of the students per term in percent, as the source publishes it
   * (seed 001: "Procentuell andel"), or empty where none is published} Data beside the counts, not
   * derived from them: a test checks the two agree within the percent's rounding.
   */
  OptionalInt publishedSharePercent();

  /**
   * {@return the region (healthcare principal) of the site, where it is one region; empty when the
   * site spans more than one (Linköping and Motala are in Östergötland, Västervik in Kalmar län)}
   */
  Optional<Region> region();

  /** {@return the source of the figures} */
  Citation citation();

  /**
   * {@return the number of students over {@code terms} terms: students per term × terms}
   *
   * @param terms the number of terms, not negative
   * @throws IllegalArgumentException if {@code terms} is negative
   */
  default long studentsOver(int terms) {
    checkArgument(terms >= 0, "terms at %s must be >= 0, was %s", name(), terms);
    return (long) studentsPerTerm() * terms;
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(!name().isBlank(), "name of study site must not be blank");
    checkArgument(studentsPerTerm() >= 0, "students per term at %s must be >= 0, was %s",
        name(), studentsPerTerm());
    publishedSharePercent().ifPresent(p -> checkArgument(p >= 0 && p <= 100,
        "published share at %s must be 0–100 %, was %s", name(), p));
    studentsTotal().ifPresent(t -> checkArgument(t >= 0,
        "students total at %s must be >= 0, was %s", name(), t));
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudySite}; {@code studentsTotal} and {@code region} are optional. */
  final class Builder extends ImmutableStudySite.Builder {
    Builder() {}
  }
}
