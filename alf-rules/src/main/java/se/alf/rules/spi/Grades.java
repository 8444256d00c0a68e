package se.alf.rules.spi;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import se.alf.party.AlfRegion;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.Keys;
import se.alf.rules.param.Key;

/**
 * Reads a region's grade on every panel, as the quality rules need them.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Grades {

  private Grades() {}

  /**
   * Reads the evaluation result of {@code region} through {@code step} and returns its grade on
   * each panel.
   *
   * @param step the step to read through
   * @param region the ALF region
   * @param rule the rule asking, for the message
   * @return the grade on each panel
   * @throws IllegalStateException if a panel has no grade, naming the key, the panel and
   *     {@code rule}, the rule that needs all three
   */
  public static ImmutableMap<Panel, Grade> read(Step step, AlfRegion region, String rule) {
    Key<RegionEvaluation> key = Keys.EVALUATION_RESULT.of(region);
    RegionEvaluation evaluation = step.read(key);
    if (evaluation.isComplete()) {
      return evaluation.grades(); // the evaluation's own map: nothing built per read
    }
    Panel missing = Arrays.stream(Panel.values()).filter(p -> evaluation.grade(p).isEmpty())
        .findFirst().orElseThrow();
    throw new IllegalStateException(key.id() + " has no grade for panel " + missing.number()
        + " (" + missing + "); " + rule + " needs all three; give one in the scenario");
  }
}
