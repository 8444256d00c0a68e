package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.ArbitraryInstances;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.alf.agreement.AgreementLandscape;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.reform.LakarforbundetResponse;
import se.alf.rules.reform.Reform;
import se.alf.rules.reform.Reforms;
import se.alf.rules.reform.VasterbottenResponse;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.StandardRuleSet;
import se.alf.source.Citation;

/**
 * Issue 7 §4: a null argument to a public method of alf-rules' entry points and results throws a
 * {@link NullPointerException} that names the parameter ({@code Objects.requireNonNull(x, "x")}),
 * not a bare one or one that names nothing (such as {@code Allocation.region(null)} returning
 * null). Each public method is called by reflection once per reference parameter, with that one
 * argument null and a valid sample for every other one.
 */
class NamedNullsTest {

  /** The ratio key the samples use; {@link #SAMPLES}'s value for a generic {@code T} fits it. */
  private static final Key<Ratio> KEY = Keys.QUALITY_SHARE;

  private static final Map<Class<?>, Object> SAMPLES = ImmutableMap.<Class<?>, Object>builder()
      .put(Key.class, KEY)
      .put(RegionKey.class, Keys.RESEARCH_KEY)
      .put(Object.class, Ratio.of(1, 10))
      .put(Class.class, Ratio.class)
      .put(Ratio.class, Ratio.of(1, 10))
      .put(Sek.class, Sek.ofOre(100))
      .put(Year.class, Year.of(2027))
      .put(AlfRegion.class, AlfRegion.OREBRO)
      .put(Line.class, Line.EDUCATION)
      .put(Basis.class, Basis.INPUT)
      .put(String.class, "a-name")
      .put(Citation.class, Citation.alf2014("1 §"))
      .put(Scenario.class, Scenarios.published())
      .put(Parameters.class, Parameters.empty())
      .put(RuleSet.class, RuleSets.alf2014())
      .put(ResearchProject.class, ResearchProjects.drugTrial())
      .put(AgreementLandscape.class, AgreementLandscape.sweden())
      .put(Predicate.class, (Predicate<Object>) x -> true)
      .put(RuleId.class, Slots.MINIMUM_STUDENTS)
      .buildOrThrow();

  /** Returns a sample of {@code type} for argument {@code index}: later dates for later ones. */
  private static Object sample(Class<?> type, int index) {
    if (type == LocalDate.class) {
      return LocalDate.of(2027 + index, 1, 1);
    }
    Object v = SAMPLES.get(type);
    return v != null ? v : ArbitraryInstances.get(type);
  }

  /** Returns every failure of {@code type}'s public methods (static, or on {@code instance}). */
  private static List<String> unnamedNulls(Class<?> type, Object instance) {
    return unnamedNulls(type, instance, false);
  }

  /**
   * Returns every failure of {@code type}'s public methods; if {@code deferred}, a method may
   * accept a null because the object's {@code build()} refuses it later, naming the field.
   */
  private static List<String> unnamedNulls(Class<?> type, Object instance, boolean deferred) {
    List<String> failures = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()
          || (!isStatic && instance == null)
          || m.getName().equals("equals")
          || type.isEnum() && m.getName().equals("valueOf")) {
        continue;
      }
      Class<?>[] params = m.getParameterTypes();
      for (int i = 0; i < params.length; i++) {
        if (params[i].isPrimitive()) {
          continue;
        }
        Object[] args = new Object[params.length];
        boolean known = true;
        for (int j = 0; j < params.length; j++) {
          args[j] = j == i ? null : sample(params[j], j);
          known &= j == i || args[j] != null;
        }
        if (!known) {
          failures.add(m + ": no sample for an argument");
          continue;
        }
        try {
          m.invoke(isStatic ? null : instance, args);
          if (!deferred) {
            failures.add(m + " accepted null as argument " + i);
          }
        } catch (InvocationTargetException e) {
          Throwable cause = e.getCause();
          String message = cause.getMessage();
          // a parameter name, or a key id such as research.quality-share for a key's value
          if (!(cause instanceof NullPointerException)
              || message == null || !message.matches("[a-zA-Z][a-zA-Z0-9.\\-]*")) {
            failures.add(m + " argument " + i + ": " + cause);
          }
        } catch (IllegalAccessException e) {
          failures.add(m + ": " + e);
        }
      }
    }
    return failures;
  }

  @Test
  void entryPointsNameTheNullParameter() {
    List<String> failures = new ArrayList<>();
    failures.addAll(unnamedNulls(RuleSets.class, null));
    failures.addAll(unnamedNulls(Scenarios.class, null));
    failures.addAll(unnamedNulls(Scenario.class, Scenarios.published()));
    failures.addAll(unnamedNulls(Scenario.Builder.class, Scenario.builder("a-name")));
    failures.addAll(unnamedNulls(Parameters.class, Scenarios.published().inputs()));
    failures.addAll(unnamedNulls(Parameters.Builder.class, Parameters.builder()));
    failures.addAll(unnamedNulls(Key.class, KEY));
    failures.addAll(unnamedNulls(RegionKey.class, Keys.RESEARCH_KEY));
    failures.addAll(unnamedNulls(StandardRuleSet.Builder.class, StandardRuleSet.builder()));
    failures.addAll(unnamedNulls(Reform.class, null));
    // a reform's id, title, citation and each change's value, basis and citation may be left
    // null: build() reports every missing one at once, naming the field (InvalidReformException)
    failures.addAll(unnamedNulls(Reform.Builder.class, Reform.of(RuleSets.alf2014()), true));
    failures.addAll(unnamedNulls(Reforms.class, null));
    failures.addAll(unnamedNulls(VasterbottenResponse.class, null));
    failures.addAll(unnamedNulls(LakarforbundetResponse.class, null));
    assertEquals(List.of(), failures);
  }

  @Test
  void ruleSetsAndResultsNameTheNullParameter() {
    List<String> failures = new ArrayList<>();
    List<RuleSet> ruleSets = new ArrayList<>(RuleSets.all().values());
    ruleSets.addAll(Reforms.all().values());
    for (RuleSet ruleSet : ruleSets) {
      failures.addAll(unnamedNulls(RuleSet.class, ruleSet));
      failures.addAll(unnamedNulls(ruleSet.getClass(), ruleSet));
    }
    Allocation allocation = RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2027));
    failures.addAll(unnamedNulls(Allocation.class, allocation));
    failures.addAll(unnamedNulls(RegionAllocation.class, allocation.region(AlfRegion.OREBRO)));
    assertEquals(List.of(), failures);
  }
}
