package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.programme.FullYearStudents;
import se.alf.research.ResearchProjects;
import se.alf.rules.explain.Explained;
import se.alf.rules.explain.Explanation;
import se.alf.rules.explain.ParameterRead;
import se.alf.rules.spi.RuleContext;
import se.alf.rules.spi.Step;

/** Explanations keep typed values and build their text only when it is asked for. */
class TypedExplanationTest {

  @Test
  void schemaVersionIsTwo() {
    assertEquals("2", Explanation.SCHEMA_VERSION);
  }

  @Test
  void anExplanationKeepsItsTypedValue() {
    Allocation a = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2027));
    RegionAllocation orebro = a.region(AlfRegion.OREBRO);
    // The total's explanation holds the Sek itself, and its text is that Sek formatted.
    Explanation total = orebro.explain();
    assertEquals(orebro.total(), total.typedValue());
    assertEquals(orebro.total().format(), total.value());
    // Each line's explanation holds the line's value: money as Sek, students as FullYearStudents.
    assertEquals(orebro.education().value(), orebro.education().explanation().typedValue());
    assertTrue(orebro.compensatedStudents().explanation().typedValue()
        instanceof FullYearStudents);
  }

  @Test
  void aParameterReadKeepsItsKeyTypedValueAndDates() {
    Allocation a = RuleSets.alf2014().allocate(Scenarios.published(), Year.of(2027));
    ParameterRead rate = a.region(AlfRegion.OREBRO).explain().allReads().stream()
        .filter(r -> r.id().equals(Keys.EDUCATION_RATE.id())).findFirst().orElseThrow();
    assertSame(Keys.EDUCATION_RATE, rate.key());
    assertTrue(rate.typedValue() instanceof Sek, rate.typedValue().getClass().toString());
    // The text stays as before: the value formatted, the range from its first date.
    assertEquals(((Sek) rate.typedValue()).format(), rate.value());
    assertEquals("[" + rate.from() + ", " + rate.until().map(LocalDate::toString).orElse("…")
        + ")", rate.range());
  }

  @Test
  void labelsAndFormulasAreBuiltOnlyWhenRendered() {
    // A step given its label and formula as suppliers calls neither while it runs; rendering
    // calls each once.
    AtomicInteger built = new AtomicInteger();
    RuleContext ctx = new RuleContext(RuleSets.alf2014(), Scenarios.published(), Year.of(2027));
    Step s = ctx.step(() -> {
      built.incrementAndGet();
      return "Label";
    }, RuleSets.alf2014().source());
    s.formula(() -> {
      built.incrementAndGet();
      return "a × b";
    });
    Explained<Sek> done = s.done(Sek.ofKronor(12));
    assertEquals(0, built.get());
    assertEquals(Optional.of("a × b"), done.explanation().formula());
    assertEquals("Label", done.explanation().label());
    assertEquals(2, built.get());
    assertTrue(done.explanation().render().startsWith("Label: 12,00 kr"),
        done.explanation().render());
  }

  @Test
  void aVerdictExplainsItselfAsATreeThatRendersAsBefore() {
    Verdict v = RuleSets.alf2014().classify(ResearchProjects.drugTrial(), Year.of(2027));
    Explanation e = v.explain();
    assertEquals(Boolean.TRUE, e.typedValue());
    assertEquals(v.conditions().size(), e.steps().size());
    // The text is the one the verdict gave before it became a tree: the verdict, then one line
    // per condition, indented by two spaces.
    StringBuilder before = new StringBuilder(v.projectTitle() + " under alf-2014: clinical"
        + " research\n");
    v.conditions().forEach(c -> before.append("  ").append(c.render()).append('\n'));
    assertEquals(before.toString(), e.render());
    assertEquals(before.toString(), v.explainText());
  }

  @Test
  void anAllocationExplainsARegionAsATree() {
    Allocation a = RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2027));
    assertSame(a.region(AlfRegion.OREBRO).total(), a.explain(AlfRegion.OREBRO).typedValue());
    assertEquals(a.explain(AlfRegion.OREBRO).render(), a.explainText(AlfRegion.OREBRO));
    // Printing an explanation prints its tree, as printing the text did before.
    assertEquals(a.explainText(AlfRegion.OREBRO), String.valueOf(a.explain(AlfRegion.OREBRO)));
  }
}
