package se.alf.rules.reform;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Key;
import se.alf.rules.reform.InvalidReformException.Kind;
import se.alf.rules.reform.InvalidReformException.Problem;
import se.alf.rules.reform.ReformDraft.RuleReplacement;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * Checks a whole {@link ReformDraft} before anything is built and lists every problem: a missing
 * id, title or citation; an id already used in the baseline's chain; an unknown parameter; a
 * value of the wrong kind; two values of one key over overlapping dates; an unknown or
 * twice-replaced rule slot, or a rule of the wrong kind; an unknown replaced statement or a
 * duplicate added one. Which keys a reform may set is said in {@link Reform}.
 */
final class ReformValidator {

  private final ReformDraft d;
  private final RuleSet baseline;
  private final String id;
  private final String title;
  private final Citation citation;
  private final Year referenceYear;
  private final Map<String, Key<?>> declared;

  private ReformValidator(ReformDraft draft) {
    this.d = draft;
    this.baseline = draft.baseline();
    this.id = draft.id();
    this.title = draft.title();
    this.citation = draft.citation();
    this.referenceYear = draft.referenceYear();
    this.declared = draft.declared();
  }

  /** Returns every problem of {@code draft}, in the order found; empty if it is valid. */
  static ImmutableList<Problem> problems(ReformDraft draft) {
    return new ReformValidator(draft).problems();
  }

  private ImmutableList<Problem> problems() {
    List<Problem> problems = new ArrayList<>(d.early());
    checkFields(problems);
    Map<String, Key<?>> known = knownKeys(problems);
    checkChanges(known, problems);
    checkRules(problems);
    checkStatements(problems);
    return ImmutableList.copyOf(problems);
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
    Map<String, List<ParameterChange>> byKey = new LinkedHashMap<>();
    for (ParameterChange c : d.changes()) {
      String field = c.key().id();
      Key<?> k = known.get(field);
      if (k == null) {
        problems.add(new Problem(Kind.UNKNOWN_PARAMETER, field, c.value(), "the baseline "
            + baseline.id() + " neither has nor reads " + field + " (not in its parameters,"
            + " not in Keys, not declared by a reform); declare it if the reform's rules"
            + " read it"));
      } else if (!k.type().equals(c.key().type())) {
        problems.add(new Problem(Kind.WRONG_KIND, field, c.key().type().getSimpleName(),
            field + " holds " + k.type().getSimpleName() + " values in " + baseline.id()
                + ", not " + c.key().type().getSimpleName()));
      }
      if (c.value() == null) {
        problems.add(new Problem(Kind.MISSING_FIELD, field, null, "the value of " + field
            + " from " + c.from() + " is missing"));
      } else {
        try {
          (k != null && k.type().equals(c.key().type()) ? k : c.key()).cast(c.value());
        } catch (IllegalArgumentException e) {
          problems.add(new Problem(Kind.WRONG_KIND, field, c.value(), e.getMessage()));
        }
      }
      if (c.basis() == null) {
        problems.add(new Problem(Kind.MISSING_FIELD, field, c.value(), "the value of " + field
            + " from " + c.from() + " needs a basis (what it rests on)"));
      }
      if (c.citation() == null) {
        problems.add(new Problem(Kind.MISSING_FIELD, field, c.value(), "the value of " + field
            + " from " + c.from() + " needs a citation"));
      }
      byKey.computeIfAbsent(field, x -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<String, List<ParameterChange>> e : byKey.entrySet()) {
      List<ParameterChange> sorted = new ArrayList<>(e.getValue());
      sorted.sort(Comparator.comparing(ParameterChange::from));
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          ParameterChange a = sorted.get(i);
          ParameterChange b = sorted.get(j);
          if (a.overlaps(b)) {
            problems.add(new Problem(Kind.OVERLAP, e.getKey(), a.value() + " " + a.range()
                + " and " + b.value() + " " + b.range(), "two values of " + e.getKey()
                + " overlap; a value set from a date on holds until the end, so end the"
                + " earlier one with setYears"));
          }
        }
      }
    }
  }

  private void checkRules(List<Problem> problems) {
    Map<String, RuleId<?>> seen = new LinkedHashMap<>();
    for (RuleReplacement r : d.rules()) {
      RuleId<?> slot = r.slot();
      if (seen.put(slot.id(), slot) != null) {
        problems.add(new Problem(Kind.DUPLICATE_SLOT, slot.id(), r.rule(),
            "slot " + slot.id() + " is replaced twice"));
      }
      if (!baseline.rules().has(slot)) {
        problems.add(new Problem(Kind.UNKNOWN_SLOT, slot.id(), r.rule(), "the baseline "
            + baseline.id() + " has no rule slot " + slot.id() + "; its slots are "
            + baseline.rules().ids() + " (a reform replaces rules, it does not invent slots)"));
      }
      if (r.rule() == null) {
        problems.add(new Problem(Kind.MISSING_FIELD, slot.id(), null,
            "the rule for slot " + slot.id() + " is missing"));
      } else if (!slot.kind().isInstance(r.rule())) {
        problems.add(new Problem(Kind.WRONG_RULE_KIND, slot.id(),
            r.rule().getClass().getSimpleName(), "slot " + slot.id() + " takes a "
                + slot.kind().getSimpleName()));
      }
    }
  }

  private void checkStatements(List<Problem> problems) {
    Map<String, Statement> own = new LinkedHashMap<>();
    for (Statement s : d.replacedStatements()) {
      if (baseline.statements().stream().noneMatch(b -> b.id().equals(s.id()))) {
        problems.add(new Problem(Kind.UNKNOWN_STATEMENT, s.id(), s.text(), "the baseline "
            + baseline.id() + " has no statement " + s.id() + " to replace; add it instead"));
      }
      if (own.put(s.id(), s) != null) {
        problems.add(new Problem(Kind.DUPLICATE_STATEMENT, s.id(), s.text(),
            "statement " + s.id() + " is given twice"));
      }
    }
    for (Statement s : d.addedStatements()) {
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
}
