package se.alf.rules.reform;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import se.alf.rules.RuleSet;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.reform.InvalidReformException.Problem;
import se.alf.rules.spi.RuleBook;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.StandardRuleSet;
import se.alf.rules.spi.Statement;
import se.alf.source.Citation;

/**
 * A reform as its builder was given it, not yet validated: {@link ReformValidator} lists its
 * problems, and {@link #toRuleSet()} builds the rule set of a draft that has none.
 *
 * @param early problems found while the builder was given the reform (e.g. a last year before
 *     the first)
 */
record ReformDraft(RuleSet baseline, String id, String title, Citation citation,
    Year referenceYear, ImmutableMap<String, Key<?>> declared,
    ImmutableList<ParameterChange> changes, ImmutableList<RuleReplacement> rules,
    ImmutableList<Statement> replacedStatements, ImmutableList<Statement> addedStatements,
    ImmutableList<Problem> early) {

  /** A rule put in a slot of the baseline's, as given (unchecked until validated). */
  record RuleReplacement(RuleId<?> slot, Object rule) {}

  /** Returns the new rule set; call it only on a draft without problems. */
  RuleSet toRuleSet() {
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

  private Parameters parameters() {
    Parameters.Builder p = Parameters.builder();
    for (ParameterChange c : changes) {
      put(p, c.key(), c);
    }
    return p.build();
  }

  private static <T> void put(Parameters.Builder p, Key<T> key, ParameterChange c) {
    T value = key.cast(c.value());
    if (c.until() == null) {
      p.putFrom(key, c.from(), value, c.basis(), c.citation());
    } else {
      p.put(key, c.from(), c.until(), value, c.basis(), c.citation());
    }
  }

  private RuleBook ruleBook() {
    RuleBook.Builder b = RuleBook.builder();
    for (RuleReplacement r : rules) {
      put(b, r.slot(), r.rule());
    }
    return b.build();
  }

  @SuppressWarnings("unchecked") // checked against the slot's kind by ReformValidator
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
