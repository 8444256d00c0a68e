package se.alf.rules.explain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import se.alf.money.Sek;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.quality.RegionEvaluation;
import se.alf.research.Permit;

/**
 * How values are written in explanations and reports: kronor in Swedish format, permits by their
 * Swedish names, grades as letters, collections element by element.
 *
 * <p>Not instantiable: static members only; thread-safe.
 *
 * @since 0.1
 */
public final class Formats {

  private Formats() {}

  /**
   * {@return {@code value} as text for a reader}
   *
   * @param value the value, e.g. a {@code Sek} or a {@code Ratio}
   */
  public static String text(Object value) {
    if (value instanceof Sek sek) {
      return sek.format();
    }
    if (value instanceof Permit permit) {
      return permit.swedishName();
    }
    if (value instanceof RegionEvaluation e) {
      return Arrays.stream(Panel.values())
          .map(p -> e.grade(p).map(Grade::letter).orElse("?"))
          .collect(Collectors.joining("/", "grades ", " (panels 1/2/3)"));
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(Formats::text)
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> text(e.getKey()) + "=" + text(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
