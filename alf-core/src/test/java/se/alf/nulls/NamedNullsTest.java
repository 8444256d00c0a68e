package se.alf.nulls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import com.google.common.testing.ArbitraryInstances;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.alf.agreement.Agreement;
import se.alf.agreement.AgreementLandscape;
import se.alf.agreement.DateBounds;
import se.alf.agreement.InForce;
import se.alf.agreement.Party;
import se.alf.money.Sek;
import se.alf.money.Split;
import se.alf.number.NumberText;
import se.alf.number.Ratio;
import se.alf.party.AlfRegion;
import se.alf.party.HealthcareRegion;
import se.alf.party.Region;
import se.alf.party.RegionNames;
import se.alf.programme.FullYearStudents;
import se.alf.programme.Season;
import se.alf.programme.Semester;
import se.alf.programme.StudySites;
import se.alf.quality.EvaluationRound;
import se.alf.quality.Evaluations;
import se.alf.quality.Grade;
import se.alf.quality.Panel;
import se.alf.quality.RegionEvaluation;
import se.alf.research.Permit;
import se.alf.research.ResearchProject;
import se.alf.research.ResearchProjects;
import se.alf.source.Citation;
import se.alf.source.Document;
import se.alf.time.DatedValue;
import se.alf.time.Timeline;

/**
 * Issue 7, item 5: a null argument to a public method of alf-core's value types throws a
 * {@link NullPointerException} that names the parameter ({@code Objects.requireNonNull(x, "x")}),
 * not a bare one. Guava's {@code NullPointerTester} (used in each type's own test) only checks
 * that some NPE is thrown; this test checks its message: a parameter name, such as {@code text},
 * not a JVM text such as {@code Cannot invoke "Object.toString()" because "<parameter1>" is null}.
 */
class NamedNullsTest {

  private static final Map<Class<?>, Object> SAMPLES = ImmutableMap.<Class<?>, Object>builder()
      .put(Sek.class, Sek.ofOre(1))
      .put(Ratio.class, Ratio.of(1, 2))
      .put(FullYearStudents.class, FullYearStudents.of(1))
      .put(Semester.class, Semester.vt(2027))
      .put(Season.class, Season.VT)
      .put(Year.class, Year.of(2027))
      .put(LocalDate.class, LocalDate.of(2027, 1, 1))
      .put(RoundingMode.class, RoundingMode.HALF_EVEN)
      .put(AlfRegion.class, AlfRegion.OREBRO)
      .put(CharSequence.class, "1")
      .put(String.class, "1")
      .put(Map.class, ImmutableMap.of("a", Ratio.ONE))
      .put(Iterable.class, List.of())
      .put(List.class, List.of())
      .put(Object.class, "a value")
      .put(Citation.class, Citation.alf2014("1 §"))
      .put(DatedValue.class, DatedValue.from(LocalDate.of(2027, 1, 1), "a value",
          Citation.alf2014("1 §")))
      .put(Range.class, Range.atLeast(LocalDate.of(2027, 1, 1)))
      .put(Region.class, Region.STOCKHOLM)
      .put(Document.class, Document.values()[0])
      .put(InForce.class, InForce.IN_FORCE)
      .put(Grade.class, Grade.values()[0])
      .put(Panel.class, Panel.values()[0])
      .put(Permit.class, Permit.values()[0])
      .put(RegionEvaluation.class, Evaluations.round2023().result(AlfRegion.OREBRO))
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
          failures.add(m + " accepted null as argument " + i);
        } catch (InvocationTargetException e) {
          Throwable cause = e.getCause();
          String message = cause.getMessage();
          if (!(cause instanceof NullPointerException)
              || message == null || !message.matches("[a-zA-Z][a-zA-Z0-9]*")) {
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
  void valueTypesNameTheNullParameter() {
    List<String> failures = new ArrayList<>();
    failures.addAll(unnamedNulls(Sek.class, Sek.ofOre(12_345)));
    failures.addAll(unnamedNulls(Ratio.class, Ratio.of(12, 11)));
    failures.addAll(unnamedNulls(NumberText.class, NumberText.of("a number", "1")));
    failures.addAll(unnamedNulls(FullYearStudents.class, FullYearStudents.of(850)));
    failures.addAll(unnamedNulls(Semester.class, Semester.ht(2021)));
    failures.addAll(unnamedNulls(Split.class, null));
    failures.addAll(unnamedNulls(Grade.class, null));
    failures.addAll(unnamedNulls(Panel.class, null));
    failures.addAll(unnamedNulls(AlfRegion.class, null));
    failures.addAll(unnamedNulls(HealthcareRegion.class, null));
    failures.addAll(unnamedNulls(Region.class, null));
    failures.addAll(unnamedNulls(RegionNames.class, null));
    failures.addAll(unnamedNulls(StudySites.class, null));
    assertEquals(List.of(), failures);
  }

  /**
   * Issue 7 §4: the rest of alf-core's public API (time, agreements, sources, research, quality)
   * names a null parameter too.
   */
  @Test
  void restOfCoreNamesTheNullParameter() {
    Citation citation = Citation.alf2014("1 §");
    AgreementLandscape landscape = AgreementLandscape.sweden();
    EvaluationRound round = Evaluations.round2023();
    List<String> failures = new ArrayList<>();
    failures.addAll(unnamedNulls(Timeline.class,
        Timeline.from("a timeline", LocalDate.of(2020, 1, 1), "a value", citation)));
    failures.addAll(unnamedNulls(Timeline.Builder.class, Timeline.builder("a timeline")));
    failures.addAll(unnamedNulls(DatedValue.class,
        DatedValue.from(LocalDate.of(2020, 1, 1), "a value", citation)));
    failures.addAll(unnamedNulls(AgreementLandscape.class, landscape));
    failures.addAll(unnamedNulls(Agreement.class, landscape.national()));
    failures.addAll(unnamedNulls(DateBounds.class, DateBounds.on(LocalDate.of(2020, 1, 1))));
    failures.addAll(unnamedNulls(Party.class, Party.state()));
    failures.addAll(unnamedNulls(InForce.class, InForce.UNKNOWN));
    failures.addAll(unnamedNulls(Citation.class, citation));
    failures.addAll(unnamedNulls(Document.class, Document.values()[0]));
    failures.addAll(unnamedNulls(ResearchProjects.class, null));
    failures.addAll(unnamedNulls(ResearchProject.class, ResearchProjects.drugTrial()));
    failures.addAll(unnamedNulls(Permit.class, Permit.values()[0]));
    failures.addAll(unnamedNulls(Evaluations.class, null));
    failures.addAll(unnamedNulls(EvaluationRound.class, round));
    failures.addAll(unnamedNulls(RegionEvaluation.class, round.result(AlfRegion.OREBRO)));
    assertEquals(List.of(), failures);
  }
}
