package se.alf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.money.Sek;
import se.alf.number.Ratio;
import se.alf.research.ResearchProjects;
import se.alf.rules.param.Basis;
import se.alf.rules.param.Key;
import se.alf.rules.param.Parameters;
import se.alf.rules.param.RegionKey;
import se.alf.rules.param.Setting;
import se.alf.rules.spi.ClinicalResearchDefinition;
import se.alf.rules.spi.Condition;
import se.alf.rules.spi.NationalRule;
import se.alf.rules.spi.RuleBook;
import se.alf.rules.spi.RuleId;
import se.alf.rules.spi.Slots;
import se.alf.source.Citation;

/** The engine's building blocks: keys, parameters and their overrides, rule books. */
class EngineTest {

  private static final Citation BASE = Citation.of("base", "test");
  private static final Citation CHANGE = Citation.of("change", "test");
  private static final Key<Ratio> SHARE = Keys.QUALITY_SHARE;

  private static Ratio at(Parameters p, int year) {
    return p.find(SHARE, LocalDate.of(year, 6, 1)).orElseThrow().value().value();
  }

  @Test
  void keyIdsAreCheckedAndNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Key.of("Research Share", Ratio.class, "x"));
    assertEquals("key id must be lower-case words joined by '.' or '-', optionally with"
        + " [qualifier], was 'Research Share'", e.getMessage());
    assertEquals("minimum-hst[vastra-gotaland]",
        Keys.MINIMUM_HST.of(se.alf.party.AlfRegion.VASTRA_GOTALAND).id());
    e = assertThrows(IllegalArgumentException.class, () -> Keys.EVALUATION_INTERVAL.cast("six"));
    assertEquals("value of evaluation.interval-years must be a Integer, was six (a String)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Keys.EVALUATION_INTERVAL.cast(0));
    assertEquals("value of evaluation.interval-years must be > 0 years, was 0", e.getMessage());
  }

  @Test
  void anUnboundedOverrideReplacesFromItsDateOn() {
    // Base: 1/10 from 2015. Change: 1/5 from 2019. → 1/10 until 2018, 1/5 from 2019.
    Parameters base = Parameters.builder().putFrom(SHARE, Year.of(2015), Ratio.of(1, 10),
        Basis.AGREEMENT, BASE).build();
    Parameters changed = base.overriddenBy(Parameters.builder().putFrom(SHARE, Year.of(2019),
        Ratio.of(1, 5), Basis.ASSUMPTION, CHANGE).build());
    assertEquals(Ratio.of(1, 10), at(changed, 2018));
    assertEquals(Ratio.of(1, 5), at(changed, 2019));
    assertEquals(Ratio.of(1, 5), at(changed, 2040));
    assertEquals(Basis.ASSUMPTION, changed.find(SHARE, LocalDate.of(2019, 1, 1)).orElseThrow()
        .value().basis());
    // The base is unchanged.
    assertEquals(Ratio.of(1, 10), at(base, 2040));
  }

  @Test
  void aBoundedOverrideLetsTheBaseResumeAfterIt() {
    // Base: 1/10 from 2015. Change: 1/5 for 2020–2021 only. → 1/10, 1/5, 1/5, 1/10.
    Parameters base = Parameters.builder().putFrom(SHARE, Year.of(2015), Ratio.of(1, 10),
        Basis.AGREEMENT, BASE).build();
    Parameters changed = base.overriddenBy(Parameters.builder().putYears(SHARE, Year.of(2020),
        Year.of(2021), Ratio.of(1, 5), Basis.INPUT, CHANGE).build());
    assertEquals(Ratio.of(1, 10), at(changed, 2019));
    assertEquals(Ratio.of(1, 5), at(changed, 2020));
    assertEquals(Ratio.of(1, 5), at(changed, 2021));
    assertEquals(Ratio.of(1, 10), at(changed, 2022));
    assertEquals(BASE, changed.find(SHARE, LocalDate.of(2022, 1, 1)).orElseThrow().citation());
  }

  @Test
  void aBoundedOverrideBeyondTheBaseLeavesAGap() {
    // Base: 1/10 for 2015–2016 only. Change: 1/5 for 2016–2017. → 1/10 in 2015, 1/5 in 2016
    // and 2017, nothing from 2018 (the base had nothing there either).
    Parameters base = Parameters.builder().putYears(SHARE, Year.of(2015), Year.of(2016),
        Ratio.of(1, 10), Basis.AGREEMENT, BASE).build();
    Parameters changed = base.overriddenBy(Parameters.builder().putYears(SHARE, Year.of(2016),
        Year.of(2017), Ratio.of(1, 5), Basis.INPUT, CHANGE).build());
    assertEquals(Ratio.of(1, 10), at(changed, 2015));
    assertEquals(Ratio.of(1, 5), at(changed, 2017));
    assertTrue(changed.find(SHARE, LocalDate.of(2018, 1, 1)).isEmpty());
  }

  @Test
  void aNewKeyIsAddedAndOneIdHoldsOneType() {
    Parameters base = Parameters.empty();
    Parameters changed = base.overriddenBy(Parameters.builder().putFrom(SHARE, Year.of(2015),
        Ratio.ONE, Basis.INPUT, CHANGE).build());
    assertTrue(changed.contains(SHARE));
    assertFalse(base.contains(SHARE));
    Key<Sek> sameIdOtherType = Key.of(SHARE.id(), Sek.class, "clash");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> changed.get(sameIdOtherType));
    assertEquals("research.quality-share holds Ratio values, not Sek", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Parameters.builder()
        .putFrom(SHARE, Year.of(2015), Ratio.ONE, Basis.INPUT, CHANGE)
        .putFrom(sameIdOtherType, Year.of(2015), Sek.ZERO, Basis.INPUT, CHANGE));
    assertEquals("research.quality-share holds Ratio values, not Sek",
        e.getMessage());
  }

  @Test
  void ruleBooksReplaceOnlyWhatTheyHave() {
    NationalRule<Sek> none = ctx -> ctx.step("none", BASE).done(Sek.ZERO);
    RuleId<NationalRule<Sek>> extra = RuleId.of("extra", NationalRule.class, "extra");
    RuleBook book = RuleBook.builder().put(Slots.RESEARCH_APPROPRIATION, none).build();
    assertSame(none, book.get(Slots.RESEARCH_APPROPRIATION));
    assertEquals(ImmutableList.of(Slots.RESEARCH_APPROPRIATION), book.ids());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> book.get(extra));
    assertEquals("rule extra is not in this rule book; its slots are [research-appropriation]",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> book.replacing(RuleBook.builder().put(extra, none).build()));
    assertEquals("cannot replace rule extra: the baseline has no such rule; its rules are"
        + " [research-appropriation]", e.getMessage());
    RuleBook more = book.plus(RuleBook.builder().put(extra, none).build());
    assertTrue(more.has(extra));
    assertFalse(book.has(extra));
    e = assertThrows(IllegalArgumentException.class,
        () -> more.plus(RuleBook.builder().put(extra, none).build()));
    assertEquals("rule extra is already in this rule book", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RuleBook.builder().put(extra, none).put(extra, none));
    assertEquals("rule extra is put twice", e.getMessage());
    @SuppressWarnings({"unchecked", "rawtypes"})
    RuleId<Object> wrongKind = (RuleId) Slots.CLINICAL_RESEARCH;
    e = assertThrows(IllegalArgumentException.class,
        () -> RuleBook.builder().put(wrongKind, "not a definition"));
    assertEquals("rule for clinical-research must be a ClinicalResearchDefinition, was a String",
        e.getMessage());
  }

  @Test
  void aDefinitionDropsOrAddsConditions() {
    ClinicalResearchDefinition proposal = RuleSets.proposal2024().rules()
        .get(Slots.CLINICAL_RESEARCH);
    assertEquals(ImmutableList.of(Condition.USES_HEALTHCARE_STRUCTURES, Condition.AIMS_AT_HEALTH,
        Condition.PERMIT), proposal.conditions().stream().map(Condition::id).collect(
            ImmutableList.toImmutableList()));
    // The constants are the ids the command line and the comparison print.
    assertEquals(ImmutableList.of("healthcare-structures", "health-aim", "permit"),
        ImmutableList.of(Condition.USES_HEALTHCARE_STRUCTURES, Condition.AIMS_AT_HEALTH,
            Condition.PERMIT));
    ClinicalResearchDefinition without = proposal.without(Condition.PERMIT);
    assertEquals(2, without.conditions().size());
    assertEquals(3, proposal.conditions().size());
    assertEquals(3, without.with(proposal.conditions().get(2)).conditions().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> without.without("permit"));
    assertEquals("definition has no condition 'permit'; its conditions are [healthcare-structures,"
        + " health-aim]", e.getMessage());
    // The same project, judged by the definition without the permit clause, is clinical research.
    assertTrue(RuleSets.byId("vasterbotten-2024").classify(ResearchProjects.healthData())
        .isClinicalResearch());
  }

  @Test
  void settingsSayWhenTheyAreAssumptions() {
    assertEquals("1/5 (assumption)", Setting.of(Ratio.of(1, 5), Basis.ASSUMPTION).toString());
    assertEquals("1/5", Setting.of(Ratio.of(1, 5), Basis.PUBLISHED).toString());
    assertFalse(Setting.of(Ratio.ONE, Basis.INPUT).equals(Setting.of(Ratio.ONE, Basis.AGREEMENT)));
    assertTrue(Basis.ASSUMPTION.isAssumption());
    assertFalse(Basis.PUBLISHED.isAssumption());
  }

  @Test
  void theCatalogueListsEveryKeyOfKeys() throws IllegalAccessException {
    // The catalogue is an explicit list; this test (reflection in a test only) keeps it whole.
    int keys = 0;
    for (java.lang.reflect.Field f : Keys.class.getFields()) {
      Object v = f.get(null);
      if (v instanceof Key<?> k) {
        assertSame(k, Keys.catalogue().get(k.id()), f.getName());
        keys++;
      } else if (v instanceof RegionKey<?> family) {
        for (se.alf.party.AlfRegion r : se.alf.party.AlfRegion.values()) {
          assertEquals(family.of(r).id(), Keys.catalogue().get(family.of(r).id()).id());
          keys++;
        }
      }
    }
    assertEquals(keys, Keys.catalogue().size());
  }
}
