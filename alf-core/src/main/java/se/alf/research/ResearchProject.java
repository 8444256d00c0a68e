package se.alf.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.alf.source.Citation;

/**
 * A research project (forskningsprojekt), described by what the definition of clinical research
 * (klinisk forskning, ALF 2014 § 7) asks about it: research that "förutsätter vårdens strukturer
 * och resurser och har som mål att lösa ett ohälsoproblem eller att identifiera faktorer som leder
 * till ökad hälsa" (as Lund University and Vetenskapsrådet quote § 7), and the permits the 2024
 * proposal would add (PM U2024/01035 § 7.2).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ResearchProject {

  /** {@return the title; {@code "(untitled)"} if not given} */
  @Value.Default
  default String title() {
    return "(untitled)";
  }

  /** {@return whether the project presupposes the structures and resources of healthcare} */
  boolean usesHealthcareStructures();

  /**
   * {@return whether it aims to solve a health problem or to identify factors that lead to better
   * health}
   */
  boolean aimsAtHealthProblem();

  /** {@return the permits the project needs (and has); empty if it needs none} */
  ImmutableSet<Permit> permits();

  /** {@return the kinds of research the project is; may be empty} */
  ImmutableSet<ResearchKind> kinds();

  /** {@return the source of the project, for the library's cited examples} */
  Optional<Citation> citation();

  /**
   * {@return whether the project needs {@code permit}}
   *
   * @param permit the permit
   */
  default boolean needs(Permit permit) {
    return permits().contains(Objects.requireNonNull(permit, "permit"));
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(!title().isBlank(), "title of research project must not be blank");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResearchProject}; {@code usesHealthcareStructures} and
   * {@code aimsAtHealthProblem} are required.
   */
  final class Builder extends ImmutableResearchProject.Builder {
    Builder() {}
  }
}
