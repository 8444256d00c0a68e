package se.alf.programme;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import se.alf.source.Citation;

/**
 * How many terms (terminer) of a medical programme are mainly preclinical, how many are the
 * scientific degree project and how many carry most of the clinical training, as a source states
 * it (terminsprofil).
 *
 * <p>The preclinical terms are the first ones (Region Västerbotten's response § 6.1.2, seed file
 * {@code 000_13ed2d48ae91e5ee.txt}: "de första fem terminerna"); the sources do not give the
 * position of the degree-project term among
 * the later ones, so {@link #kindOf(int)} answers only what is known. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface TermProfile {

  /** {@return what the profile is of, e.g. {@code "the 11-term medical programme"}} */
  String name();

  /** {@return the number of terms mainly in the preclinical disciplines: terms 1 to this number} */
  int preclinicalTerms();

  /**
   * {@return the number of degree-project terms (vetenskapligt arbete), somewhere after the
   * preclinical}
   */
  int degreeProjectTerms();

  /**
   * {@return the number of terms with most of the clinical training, somewhere after the
   * preclinical}
   */
  int clinicalTerms();

  /** {@return the source of the profile, with a note on how it was read} */
  Citation citation();

  /** {@return the number of terms: preclinical + degree project + clinical} */
  default int terms() {
    return preclinicalTerms() + degreeProjectTerms() + clinicalTerms();
  }

  /**
   * {@return the number of terms of {@code kind}}
   *
   * @param kind the kind of term
   */
  default int count(TermKind kind) {
    switch (kind) {
      case PRECLINICAL:
        return preclinicalTerms();
      case DEGREE_PROJECT:
        return degreeProjectTerms();
      case CLINICAL:
        return clinicalTerms();
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * {@return whether term {@code term} (1-based) is mainly preclinical: true for the first
   * {@link #preclinicalTerms()} terms, false for the rest}
   *
   * @param term the term, 1-based
   * @throws NoSuchTermException if {@code term} is outside 1..{@link #terms()}
   */
  default boolean isMainlyPreclinical(int term) {
    return NoSuchTermException.check(name(), term, terms()) <= preclinicalTerms();
  }

  /**
   * {@return what term {@code term} (1-based) mainly is, where the source says so: preclinical for
   * the first terms; for a later term only if all later terms are of one kind, since the source
   * does not place the degree-project term among the clinical ones}
   *
   * @param term the term, 1-based
   * @throws NoSuchTermException if {@code term} is outside 1..{@link #terms()}
   */
  default Optional<TermKind> kindOf(int term) {
    if (isMainlyPreclinical(term)) {
      return Optional.of(TermKind.PRECLINICAL);
    }
    if (degreeProjectTerms() == 0) {
      return Optional.of(TermKind.CLINICAL);
    }
    return clinicalTerms() == 0 ? Optional.of(TermKind.DEGREE_PROJECT) : Optional.empty();
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(!name().isBlank(), "name of term profile must not be blank");
    for (TermKind kind : TermKind.values()) {
      checkArgument(count(kind) >= 0, "%s terms of %s must be >= 0, was %s",
          kind, name(), count(kind));
    }
    checkArgument(terms() >= 1, "terms of %s must be >= 1, was %s", name(), terms());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TermProfile}; every attribute is required. */
  final class Builder extends ImmutableTermProfile.Builder {
    Builder() {}
  }
}
