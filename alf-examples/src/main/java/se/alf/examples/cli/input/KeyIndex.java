package se.alf.examples.cli.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.quality.Grade;
import se.alf.quality.RegionEvaluation;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.Scenarios;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameter;
import se.alf.rules.param.RegionKey;
import se.alf.source.Citation;

/**
 * Every key a scenario may set, by id: the key catalogue ({@link Keys#catalogue()}, a
 * {@link RegionKey} once per ALF region), every key a rule set declares
 * ({@link RuleSet#declaredKeys()}) and every key the published scenario holds. Parses a value
 * written as text into the key's type.
 */
public final class KeyIndex {

  private final Map<String, Key<?>> byId;

  private KeyIndex(Map<String, Key<?>> byId) {
    this.byId = byId;
  }

  /** Returns the keys known to {@link Keys} and to every rule set found. */
  public static KeyIndex load() {
    Map<String, Key<?>> m = new TreeMap<>(Keys.catalogue());
    for (RuleSet rs : Names.allRuleSets().values()) {
      rs.declaredKeys().forEach(m::putIfAbsent);
    }
    for (Parameter<?> p : Scenarios.published().inputs().list()) {
      m.putIfAbsent(p.key().id(), p.key());
    }
    return new KeyIndex(m);
  }

  /**
   * Returns the keys {@code ruleSet} reads ({@link RuleSet#declaredKeys()}): those of
   * {@link Keys#catalogue()}, its own parameters' and those it (or a reform in its chain)
   * declares, sorted by id.
   */
  public static KeyIndex of(RuleSet ruleSet) {
    return new KeyIndex(new TreeMap<>(ruleSet.declaredKeys()));
  }

  public Map<String, Key<?>> all() {
    return byId;
  }

  public Optional<Key<?>> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the key {@code id}. A region's qualifier may be written as the region's name, in any
   * case, with or without Swedish letters: {@code actual-hst[Örebro]},
   * {@code actual-hst[Västerbotten]} and {@code actual-hst[vasterbotten]} are
   * {@code actual-hst[orebro]} and {@code actual-hst[vasterbotten]}.
   *
   * @throws IllegalArgumentException naming the id, suggesting the nearest known key
   */
  public Key<?> resolve(String id) {
    Key<?> exact = byId.get(id);
    if (exact != null) {
      return exact;
    }
    String trimmed = id.strip();
    int open = trimmed.indexOf('[');
    if (open > 0 && trimmed.endsWith("]")) {
      String family = trimmed.substring(0, open).toLowerCase(Locale.ROOT);
      String qualifier = trimmed.substring(open + 1, trimmed.length() - 1);
      boolean knownFamily = byId.keySet().stream().anyMatch(k -> k.startsWith(family + "["));
      if (knownFamily) {
        AlfRegion region;
        try {
          region = Names.region("key", qualifier);
        } catch (UsageException e) {
          Optional<String> near = nearest(Names.plain(qualifier), java.util.Arrays
              .stream(AlfRegion.values()).map(RegionKey::qualifier).toList());
          if (near.isPresent() && byId.containsKey(family + "[" + near.get() + "]")) {
            throw new IllegalArgumentException("unknown key " + Terminal.quote(id)
                + "; did you mean " + family + "[" + near.get() + "]?");
          }
          throw new IllegalArgumentException("unknown region " + Terminal.quote(qualifier)
              + " in key " + Terminal.quote(id) + "; the ALF regions are "
              + java.util.Arrays.stream(AlfRegion.values()).map(RegionKey::qualifier).toList());
        }
        Key<?> k = byId.get(family + "[" + RegionKey.qualifier(region) + "]");
        if (k != null) {
          return k;
        }
      }
    } else {
      Key<?> k = byId.get(trimmed.toLowerCase(Locale.ROOT));
      if (k != null) {
        return k;
      }
    }
    String hint = nearest(id, byId.keySet()).map(n -> "; did you mean " + n + "?")
        .orElse("");
    throw new IllegalArgumentException("unknown key " + Terminal.quote(id) + hint
        + " (`alf keys` lists the keys)");
  }

  /**
   * Returns the candidate nearest to {@code name} by edit distance, if it is near enough to be a
   * likely misspelling: at most a third of the name's length, and at least 1 or 2 edits.
   */
  public static Optional<String> nearest(String name, java.util.Collection<String> candidates) {
    if (name.length() > 200) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, name.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The Levenshtein distance of {@code a} and {@code b}: insertions, deletions, changes. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(change, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  /** Returns how a value of {@code key} is written, for messages and {@code alf keys}. */
  public static String howToWrite(Key<?> key) {
    Class<?> t = key.type();
    if (t == Sek.class) {
      return "kronor, e.g. \"1750000000\" or \"79 547,50\"";
    } else if (t == FullYearStudents.class) {
      return "full-year students, e.g. \"850\" or \"9350/11\"";
    } else if (t == Ratio.class) {
      return "a ratio, e.g. \"1/5\", \"0.2\" or \"20%\"";
    } else if (t == Year.class) {
      return "a year from " + se.alf.rules.Horizon.FIRST + " to " + se.alf.rules.Horizon.LAST
          + ", e.g. 2027";
    } else if (t == Integer.class) {
      return "a whole number, e.g. 4";
    } else if (t == Boolean.class) {
      return "true or false";
    } else if (t == RegionEvaluation.class) {
      return "grades of panels 1/2/3, e.g. \"A/B/B\"";
    } else if (t.isEnum()) {
      StringBuilder s = new StringBuilder("one of ");
      Object[] cs = t.getEnumConstants();
      for (int i = 0; i < cs.length; i++) {
        s.append(i == 0 ? "" : ", ").append(enumId((Enum<?>) cs[i]));
      }
      return s.toString();
    }
    return "(cannot be set from a file: " + t.getSimpleName() + ")";
  }

  /**
   * Parses {@code raw} (a JSON string, number or boolean) as a value of {@code key}.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static Object value(Key<?> key, Object raw, Citation citation) {
    Class<?> t = key.type();
    if (t == Boolean.class) {
      if (raw instanceof Boolean) {
        return raw;
      }
      if ("true".equals(raw) || "false".equals(raw)) {
        return Boolean.valueOf((String) raw);
      }
      throw expected(key, raw);
    }
    String s;
    if (raw instanceof String string) {
      s = string.trim();
    } else if (raw instanceof BigInteger) {
      s = raw.toString();
    } else if (raw instanceof BigDecimal d) {
      // Plain (850, not 8.5E+2) unless the exponent is absurd: 1e999999999 written out would be a
      // billion digits; Ratio.parse and Sek.parse reject it in its short form.
      s = Math.abs((long) d.scale()) <= 1000 ? d.toPlainString() : d.toString();
    } else {
      throw expected(key, raw);
    }
    // Digits are ASCII 0-9 only: Integer.valueOf("٤") would be 4 (issue 7).
    int foreign = s.codePoints().filter(c -> Character.isDigit(c) && (c < '0' || c > '9'))
        .findFirst().orElse(-1);
    if (foreign >= 0) {
      throw new IllegalArgumentException(expected(key, raw).getMessage() + " (the digit '"
          + Character.toString(foreign) + "' (U+" + String.format(Locale.ROOT, "%04X", foreign)
          + ") is not an ASCII digit 0-9)");
    }
    try {
      if (t == Sek.class) {
        return Sek.parse(s);
      } else if (t == FullYearStudents.class) {
        return FullYearStudents.parse(s);
      } else if (t == Ratio.class) {
        if (s.endsWith("%")) {
          return Ratio.parse(s.substring(0, s.length() - 1)).dividedBy(Ratio.of(100));
        }
        return Ratio.parse(s);
      } else if (t == Year.class) {
        if (!Names.isYear(s)) {
          throw expected(key, raw);
        }
        Year y = Year.parse(s);
        if (!se.alf.rules.Horizon.contains(y)) {
          throw new IllegalArgumentException("value of " + key.id() + " must be a year from "
              + se.alf.rules.Horizon.FIRST + " to " + se.alf.rules.Horizon.LAST + ", was '"
              + s + "'");
        }
        return y;
      } else if (t == Integer.class) {
        return Integer.valueOf(s);
      } else if (t == RegionEvaluation.class) {
        String[] g = s.split("/");
        if (g.length != 3) {
          throw expected(key, raw);
        }
        AlfRegion region = Names.region("key " + key.id(),
            key.id().substring(key.id().indexOf('[') + 1, key.id().length() - 1));
        return RegionEvaluation.of(region, Grade.ofLetter(g[0]), Grade.ofLetter(g[1]),
            Grade.ofLetter(g[2]), citation);
      } else if (t.isEnum()) {
        for (Object c : t.getEnumConstants()) {
          if (enumId((Enum<?>) c).equals(Names.plain(s))) {
            return c;
          }
        }
        throw expected(key, raw);
      }
    } catch (IllegalArgumentException | UsageException e) {
      if (e.getMessage() != null
          && (e.getMessage().contains("digits")
              || e.getMessage().startsWith("'") && !e.getMessage().contains("' is not "))) {
        // A number out of range (Ratio.MAX_DECIMAL_DIGITS), or a number NumberText refuses for
        // more than its form (ambiguous, too long, too many decimals; its message starts with
        // the text quoted): say which rule it breaks.
        throw new IllegalArgumentException(expected(key, raw).getMessage() + " ("
            + e.getMessage() + ")");
      }
      throw expected(key, raw);
    }
    throw new IllegalArgumentException(key.id() + " holds " + t.getSimpleName()
        + " values, which a scenario file cannot set");
  }

  private static IllegalArgumentException expected(Key<?> key, Object raw) {
    return new IllegalArgumentException("value of " + key.id() + " must be " + howToWrite(key)
        + ", was " + (raw instanceof String ? "'" + raw + "'" : String.valueOf(raw)));
  }

  /** Returns {@code returned-to-state} for {@code RETURNED_TO_STATE}. */
  public static String enumId(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the key families, for help: {@code actual-hst[REGION]} once. */
  public Map<String, Key<?>> families() {
    Map<String, Key<?>> m = new LinkedHashMap<>();
    for (Key<?> k : byId.values()) {
      int b = k.id().indexOf('[');
      m.putIfAbsent(b < 0 ? k.id() : k.id().substring(0, b) + "[REGION]", k);
    }
    return m;
  }
}
