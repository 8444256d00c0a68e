package se.alf.rules.reform;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.alf.party.AlfRegion;
import se.alf.rules.Keys;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.reform.InvalidReformException.Kind;
import se.alf.rules.reform.InvalidReformException.Problem;
import se.alf.rules.spi.RuleBook;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.StandardRuleSet;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * Derives a new rule set from a baseline (OpenFisca's <i>reform</i>): some parameters get a new
 * value from a date on, some rule slots get a new rule, some statements are replaced or added. The
 * baseline's code is not copied and the baseline is not changed: the new rule set is a
 * {@link StandardRuleSet} whose parameters are the baseline's {@link Parameters#overriddenBy
 * overridden by} the reform's, whose rule book is the baseline's {@link RuleBook#replacing
 * replacing} some slots, and whose {@link RuleSet#baseline()} is the baseline. Reforms chain: the
 * baseline may itself be a reform.
 *
 * <pre>{@code
 * RuleSet response = Reform.of(Proposal2024.ruleSet())
 *     .id("vasterbotten-2024").title("Region Västerbotten's response").citation(source)
 *     .set(Keys.EVALUATION_INTERVAL, Year.of(2026), 6, Basis.AGREEMENT, section792)
 *     .replace(Proposal2024.STUDENT_GROWTH, myGrowthRule)
 *     .replaceStatement(Statement.of("governance.national-body", "...", section77))
 *     .build();
 * }</pre>
 *
 * <p><b>Validation before anything exists.</b> {@link Builder#build()} checks the whole reform
 * first and throws one {@link InvalidReformException} listing every problem: a missing id, title
 * or citation; an id already used in the baseline's chain; an unknown parameter; a value of the
 * wrong kind; two values of one key over overlapping dates; an unknown or twice-replaced rule
 * slot, or a rule of the wrong kind; an unknown replaced statement or a duplicate added one.
 *
 * <p><b>Which keys a reform may set.</b> A key is known, and may be set, if
 * <ol>
 *   <li>the baseline has it among its parameters (any date), or</li>
 *   <li>the baseline's rules read it: every key the engine's rules read or a scenario supplies is
 *       declared in the catalogue {@link Keys} (a {@link RegionKey} for each ALF region), so a
 *       reform may set e.g. {@link Keys#CITED_SHARE}, which the proposal reads from the scenario,
 *       or</li>
 *   <li>this reform declares it as new ({@link Builder#declare}), for the rules it brings, or a
 *       reform earlier in the baseline's chain did ({@link #declaredKeys(RuleSet)}).</li>
 * </ol>
 * A declared key may have no value at all: the reform's rules then read it from the scenario, and
 * a missing value fails with {@link se.alf.rules.MissingInputException} naming the key.
 *
 * <p><b>Values.</b> {@code set(key, from, ...)} holds from {@code from} on, like
 * {@link Parameters.Builder#putFrom}; {@code setYears(key, from, to, ...)} holds for the years
 * {@code from} to {@code to} inclusive, after which the baseline's value resumes. Two values of one
 * key must not overlap (a value set from a date on overlaps every later value of that key).
 *
 * <p>Instances of the built rule set are immutable and thread-safe. The builder is not
 * thread-safe.
 */
public final class Reform {

  private Reform() {}

  /** Starts a reform of {@code baseline}. */
  public static Builder of(RuleSet baseline) {
    return new Builder(Objects.requireNonNull(baseline, "baseline"));
  }

  /**
   * Returns the keys declared by {@code ruleSet} and by every rule set in its chain of baselines
   * that are not in the engine's {@link Keys#catalogue()}, by id.
   */
  public static ImmutableMap<String, Key<?>> declaredKeys(RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    return ImmutableMap.copyOf(Maps.filterKeys(ruleSet.declaredKeys(),
        id -> !Keys.catalogue().containsKey(id)));
  }

  /** One value of a parameter the reform sets. */
  private static final class Change {
    final Key<?> key;
    final LocalDate from;
    final LocalDate until; // null: open-ended
    final Object value;
    final Basis basis;
    final Citation citation;

    Change(Key<?> key, LocalDate from, LocalDate until, Object value, Basis basis,
        Citation citation) {
      this.key = key;
      this.from = from;
      this.until = until;
      this.value = value;
      this.basis = basis;
      this.citation = citation;
    }

    boolean overlaps(Change o) {
      boolean thisEndsFirst = until != null && !until.isAfter(o.from);
      boolean otherEndsFirst = o.until != null && !o.until.isAfter(from);
      return !thisEndsFirst && !otherEndsFirst;
    }

    String range() {
      return "[" + from + ", " + (until == null ? "…" : until.toString()) + ")";
    }
  }

  /** Builds a reform; {@link #build()} validates it whole and returns the new rule set. */
  public static final class Builder {
    private final RuleSet baseline;
    private String id;
    private String title;
    private Citation citation;
    private Year referenceYear;
    private final Map<String, Key<?>> declared = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Map.Entry<RuleId<?>, Object>> rules = new ArrayList<>();
    private final List<Statement> replacedStatements = new ArrayList<>();
    private final List<Statement> addedStatements = new ArrayList<>();
    private final List<Problem> early = new ArrayList<>();

    private Builder(RuleSet baseline) {
      this.baseline = baseline;
    }

    /** Sets the id of the new rule set, e.g. {@code vasterbotten-2024}. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the document the reform implements; it becomes the rule set's source. */
    public Builder citation(Citation citation) {
      this.citation = citation;
      return this;
    }

    /** Sets the reference year (default: the baseline's). */
    public Builder referenceYear(Year referenceYear) {
      this.referenceYear = referenceYear;
      return this;
    }

    /**
     * Declares {@code key} as a new parameter that this reform's rules read. It may be given a
     * value with {@code set}; without one, the rules read it from the scenario.
     */
    public Builder declare(Key<?> key) {
      Objects.requireNonNull(key, "key");
      declared.put(key.id(), key);
      return this;
    }

    /** Declares the key of every ALF region of {@code family} as new. */
    public Builder declare(RegionKey<?> family) {
      Objects.requireNonNull(family, "family");
      for (AlfRegion r : AlfRegion.values()) {
        declare(family.of(r));
      }
      return this;
    }

    /** Sets {@code key} to {@code value} from 1 January of {@code from} on. */
    public <T> Builder set(Key<T> key, Year from, T value, Basis basis, Citation citation) {
      Objects.requireNonNull(from, "from");
      return set(key, from.atDay(1), value, basis, citation);
    }

    /** Sets {@code key} to {@code value} from {@code from} on. */
    public <T> Builder set(Key<T> key, LocalDate from, T value, Basis basis, Citation citation) {
      return add(key, from, null, value, basis, citation);
    }

    /**
     * Sets {@code key} to {@code value} for the years {@code from} to {@code to}, inclusive; the
     * baseline's value resumes after.
     */
    public <T> Builder setYears(Key<T> key, Year from, Year to, T value, Basis basis,
        Citation citation) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        early.add(new Problem(Kind.BAD_DATE, key.id(), from + "–" + to,
            "the last year " + to + " is before the first " + from));
        return this;
      }
      return add(key, from.atDay(1), to.plusYears(1).atDay(1), value, basis, citation);
    }

    private Builder add(Key<?> key, LocalDate from, LocalDate until, Object value, Basis basis,
        Citation citation) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(from, "from");
      changes.add(new Change(key, from, until, value, basis, citation));
      return this;
    }

    /** Puts {@code rule} in the baseline's slot {@code slot}, replacing the baseline's rule. */
    public <R> Builder replace(RuleId<R> slot, R rule) {
      Objects.requireNonNull(slot, "slot");
      rules.add(new java.util.AbstractMap.SimpleImmutableEntry<>(slot, rule));
      return this;
    }

    /** Replaces the baseline's statement with the id of {@code statement}. */
    public Builder replaceStatement(Statement statement) {
      replacedStatements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /** Adds {@code statement}, on a matter the baseline has no statement on. */
    public Builder addStatement(Statement statement) {
      addedStatements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /**
     * Validates the whole reform and returns the new rule set.
     *
     * @throws InvalidReformException listing every problem, if there is any; nothing is built
     */
    public RuleSet build() {
      List<Problem> problems = new ArrayList<>(early);
      checkFields(problems);
      Map<String, Key<?>> known = knownKeys(problems);
      checkChanges(known, problems);
      checkRules(problems);
      checkStatements(problems);
      if (!problems.isEmpty()) {
        throw new InvalidReformException(id == null ? "(no id)" : id, baseline.id(),
            ImmutableList.copyOf(problems));
      }
      return StandardRuleSet.builder()
          .id(id)
          .title(title)
          .source(citation)
          .firstYear(baseline.firstYear())
          .referenceYear(referenceYear == null ? baseline.referenceYear() : referenceYear)
          .baseline(baseline)
          .parameters(baseline.parameters().overriddenBy(parameters()))
          .rules(baseline.rules().replacing(ruleBook()))
          .addAllStatements(statements())
          .declareAll(declared.values())
          .build();
    }

    private void checkFields(List<Problem> problems) {
      if (id == null || id.isBlank()) {
        problems.add(new Problem(Kind.MISSING_FIELD, "id", id, "a reform needs an id"));
      } else {
        for (Optional<RuleSet> r = Optional.of(baseline); r.isPresent(); r = r.get().baseline()) {
          if (r.get().id().equals(id)) {
            problems.add(new Problem(Kind.DUPLICATE_ID, "id", id, "the id is already that of "
                + r.get() + " in the baseline's chain; a reform needs its own id"));
          }
        }
      }
      if (title == null || title.isBlank()) {
        problems.add(new Problem(Kind.MISSING_FIELD, "title", title, "a reform needs a title"));
      }
      if (citation == null) {
        problems.add(new Problem(Kind.MISSING_FIELD, "citation", null,
            "a reform needs the citation of the text it implements"));
      }
      if (referenceYear != null && referenceYear.isBefore(baseline.firstYear())) {
        problems.add(new Problem(Kind.BAD_DATE, "referenceYear", referenceYear,
            "the reference year must not be before the baseline's first year "
                + baseline.firstYear()));
      }
    }

    /** The keys the reform may set: see the class comment. */
    private Map<String, Key<?>> knownKeys(List<Problem> problems) {
      Map<String, Key<?>> known = new LinkedHashMap<>(baseline.declaredKeys());
      for (Key<?> k : declared.values()) {
        if (known.containsKey(k.id())) {
          problems.add(new Problem(Kind.NOT_NEW, k.id(), k.type().getSimpleName(),
              "declared as new, but the baseline " + baseline.id() + " already has or reads it;"
                  + " set it instead of declaring it"));
        }
      }
      declared.values().forEach(k -> known.putIfAbsent(k.id(), k));
      return known;
    }

    private void checkChanges(Map<String, Key<?>> known, List<Problem> problems) {
      Map<String, List<Change>> byKey = new LinkedHashMap<>();
      for (Change c : changes) {
        String field = c.key.id();
        Key<?> k = known.get(field);
        if (k == null) {
          problems.add(new Problem(Kind.UNKNOWN_PARAMETER, field, c.value, "the baseline "
              + baseline.id() + " neither has nor reads " + field + " (not in its parameters,"
              + " not in Keys, not declared by a reform); declare it if the reform's rules"
              + " read it"));
        } else if (!k.type().equals(c.key.type())) {
          problems.add(new Problem(Kind.WRONG_KIND, field, c.key.type().getSimpleName(),
              field + " holds " + k.type().getSimpleName() + " values in " + baseline.id()
                  + ", not " + c.key.type().getSimpleName()));
        }
        if (c.value == null) {
          problems.add(new Problem(Kind.MISSING_FIELD, field, null, "the value of " + field
              + " from " + c.from + " is missing"));
        } else {
          try {
            (k != null && k.type().equals(c.key.type()) ? k : c.key).cast(c.value);
          } catch (IllegalArgumentException e) {
            problems.add(new Problem(Kind.WRONG_KIND, field, c.value, e.getMessage()));
          }
        }
        if (c.basis == null) {
          problems.add(new Problem(Kind.MISSING_FIELD, field, c.value, "the value of " + field
              + " from " + c.from + " needs a basis (what it rests on)"));
        }
        if (c.citation == null) {
          problems.add(new Problem(Kind.MISSING_FIELD, field, c.value, "the value of " + field
              + " from " + c.from + " needs a citation"));
        }
        byKey.computeIfAbsent(field, x -> new ArrayList<>()).add(c);
      }
      for (Map.Entry<String, List<Change>> e : byKey.entrySet()) {
        List<Change> sorted = new ArrayList<>(e.getValue());
        sorted.sort(Comparator.comparing(c -> c.from));
        for (int i = 0; i < sorted.size(); i++) {
          for (int j = i + 1; j < sorted.size(); j++) {
            Change a = sorted.get(i);
            Change b = sorted.get(j);
            if (a.overlaps(b)) {
              problems.add(new Problem(Kind.OVERLAP, e.getKey(), a.value + " " + a.range()
                  + " and " + b.value + " " + b.range(), "two values of " + e.getKey()
                  + " overlap; a value set from a date on holds until the end, so end the"
                  + " earlier one with setYears"));
            }
          }
        }
      }
    }

    private void checkRules(List<Problem> problems) {
      Map<String, RuleId<?>> seen = new LinkedHashMap<>();
      for (Map.Entry<RuleId<?>, Object> r : rules) {
        RuleId<?> slot = r.getKey();
        if (seen.put(slot.id(), slot) != null) {
          problems.add(new Problem(Kind.DUPLICATE_SLOT, slot.id(), r.getValue(),
              "slot " + slot.id() + " is replaced twice"));
        }
        if (!baseline.rules().has(slot)) {
          problems.add(new Problem(Kind.UNKNOWN_SLOT, slot.id(), r.getValue(), "the baseline "
              + baseline.id() + " has no rule slot " + slot.id() + "; its slots are "
              + baseline.rules().ids() + " (a reform replaces rules, it does not invent slots)"));
        }
        if (r.getValue() == null) {
          problems.add(new Problem(Kind.MISSING_FIELD, slot.id(), null,
              "the rule for slot " + slot.id() + " is missing"));
        } else if (!slot.kind().isInstance(r.getValue())) {
          problems.add(new Problem(Kind.WRONG_RULE_KIND, slot.id(),
              r.getValue().getClass().getSimpleName(), "slot " + slot.id() + " takes a "
                  + slot.kind().getSimpleName()));
        }
      }
    }

    private void checkStatements(List<Problem> problems) {
      Map<String, Statement> own = new LinkedHashMap<>();
      for (Statement s : replacedStatements) {
        if (baseline.statements().stream().noneMatch(b -> b.id().equals(s.id()))) {
          problems.add(new Problem(Kind.UNKNOWN_STATEMENT, s.id(), s.text(), "the baseline "
              + baseline.id() + " has no statement " + s.id() + " to replace; add it instead"));
        }
        if (own.put(s.id(), s) != null) {
          problems.add(new Problem(Kind.DUPLICATE_STATEMENT, s.id(), s.text(),
              "statement " + s.id() + " is given twice"));
        }
      }
      for (Statement s : addedStatements) {
        if (baseline.statements().stream().anyMatch(b -> b.id().equals(s.id()))) {
          problems.add(new Problem(Kind.DUPLICATE_STATEMENT, s.id(), s.text(), "the baseline "
              + baseline.id() + " already has statement " + s.id() + "; replace it instead"));
        }
        if (own.put(s.id(), s) != null) {
          problems.add(new Problem(Kind.DUPLICATE_STATEMENT, s.id(), s.text(),
              "statement " + s.id() + " is given twice"));
        }
      }
    }

    private Parameters parameters() {
      Parameters.Builder p = Parameters.builder();
      for (Change c : changes) {
        put(p, c.key, c);
      }
      return p.build();
    }

    private static <T> void put(Parameters.Builder p, Key<T> key, Change c) {
      T value = key.cast(c.value);
      if (c.until == null) {
        p.putFrom(key, c.from, value, c.basis, c.citation);
      } else {
        p.put(key, c.from, c.until, value, c.basis, c.citation);
      }
    }

    private RuleBook ruleBook() {
      RuleBook.Builder b = RuleBook.builder();
      for (Map.Entry<RuleId<?>, Object> r : rules) {
        put(b, r.getKey(), r.getValue());
      }
      return b.build();
    }

    @SuppressWarnings("unchecked") // checked against the slot's kind in checkRules
    private static <R> void put(RuleBook.Builder b, RuleId<R> slot, Object rule) {
      b.put(slot, (R) rule);
    }

    private ImmutableList<Statement> statements() {
      Map<String, Statement> replacements = new LinkedHashMap<>();
      replacedStatements.forEach(s -> replacements.put(s.id(), s));
      ImmutableList.Builder<Statement> all = ImmutableList.builder();
      for (Statement b : baseline.statements()) {
        all.add(replacements.getOrDefault(b.id(), b));
      }
      all.addAll(addedStatements);
      return all.build();
    }
  }
}
