package se.alf.rules;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import se.alf.money.Sek;

/** How values are written in explanations. */
final class Formats {

  private Formats() {}

  static String text(Object value) {
    if (value instanceof Sek) {
      return ((Sek) value).format();
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(Formats::text)
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Map) {
      return ((Map<?, ?>) value).entrySet().stream()
          .map(e -> text(e.getKey()) + "=" + text(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
