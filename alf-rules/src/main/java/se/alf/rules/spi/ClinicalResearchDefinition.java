package se.alf.rules.spi;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import se.alf.source.Citation;

/**
 * The definition of clinical research (klinisk forskning) of a rule set: the conditions a research
 * project must all meet. A reform may drop a condition ({@link #without}) or add one.
 *
 * <p>Where the sources word the definition differently, each wording is kept as a
 * {@link Reading} with its source ({@link #readings()}); the conditions are what decides a
 * verdict, and they are read so that every reading gives the same verdict.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ClinicalResearchDefinition {

  private final ImmutableList<Condition> conditions;
  private final ImmutableList<Reading> readings;

  private ClinicalResearchDefinition(ImmutableList<Condition> conditions,
      ImmutableList<Reading> readings) {
    this.conditions = conditions;
    this.readings = readings;
  }

  /**
   * {@return the definition made of {@code conditions}, all of which must be met; no readings}
   *
   * @param conditions the conditions, in order
   */
  public static ClinicalResearchDefinition of(Condition... conditions) {
    return new ClinicalResearchDefinition(ImmutableList.copyOf(conditions), ImmutableList.of());
  }

  /** {@return the conditions a project must all meet, in order} */
  public ImmutableList<Condition> conditions() {
    return conditions;
  }

  /** {@return the wordings of the definition that the sources give, each with its source} */
  public ImmutableList<Reading> readings() {
    return readings;
  }

  /**
   * {@return a copy with {@code condition} added at the end}
   *
   * @param condition the condition to add
   */
  public ClinicalResearchDefinition with(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return new ClinicalResearchDefinition(ImmutableList.<Condition>builder().addAll(conditions)
        .add(condition).build(), readings);
  }

  /**
   * {@return a copy with the wording {@code text}, as {@code citation} gives it, added}
   *
   * @param text the wording
   * @param citation where it is given
   */
  public ClinicalResearchDefinition withReading(String text, Citation citation) {
    return new ClinicalResearchDefinition(conditions, ImmutableList.<Reading>builder()
        .addAll(readings).add(new Reading(text, citation)).build());
  }

  /**
   * {@return a copy without the condition {@code id}}
   *
   * @param id the condition's id
   * @throws IllegalArgumentException if there is no condition {@code id}
   */
  public ClinicalResearchDefinition without(String id) {
    checkArgument(conditions.stream().anyMatch(c -> c.id().equals(id)),
        "definition has no condition '%s'; its conditions are %s", id,
        conditions.stream().map(Condition::id).collect(ImmutableList.toImmutableList()));
    return new ClinicalResearchDefinition(conditions.stream().filter(c -> !c.id().equals(id))
        .collect(ImmutableList.toImmutableList()), readings);
  }

  /** One wording of the definition, as one source gives it. Immutable and thread-safe. */
  public static final class Reading {

    private final String text;
    private final Citation citation;

    private Reading(String text, Citation citation) {
      this.text = Objects.requireNonNull(text, "text");
      this.citation = Objects.requireNonNull(citation, "citation");
      checkArgument(!text.isBlank(), "text of a reading must not be blank");
    }

    /** {@return the wording, in the source's language} */
    public String text() {
      return text;
    }

    /** {@return the source that gives this wording} */
    public Citation citation() {
      return citation;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Reading other && text.equals(other.text)
          && citation.equals(other.citation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(text, citation);
    }

    @Override
    public String toString() {
      return "\"" + text + "\" (" + citation.render() + ")";
    }
  }
}
