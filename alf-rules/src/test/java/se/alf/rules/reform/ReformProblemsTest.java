package se.alf.rules.reform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.reform.InvalidReformException.Kind;
import se.alf.rules.reform.InvalidReformException.Problem;
import se.alf.source.Citation;

/** What an invalid reform's exception says: which reform, each problem by field and value. */
class ReformProblemsTest {

  private static final RuleSet PM = RuleSets.proposal2024();
  private static final Citation TEST = Citation.of("test", "memo");

  @Test
  void aReformWithoutAnIdIsNamedAsSuch() {
    InvalidReformException e = assertThrows(InvalidReformException.class,
        () -> Reform.of(PM).title("t").citation(TEST).build());
    assertEquals("(no id)", e.reformId());
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertEquals(Kind.MISSING_FIELD, p.kind());
    assertEquals("id", p.field());
    assertEquals("null", p.value());
    assertTrue(e.getMessage().startsWith("reform (no id) of pm-2024 is invalid (1 problem;"
        + " nothing was applied):\n  - MISSING_FIELD id = null: " + p.message()),
        e.getMessage());
  }

  @Test
  void twoProblemsAreCountedAndListed() {
    InvalidReformException e = assertThrows(InvalidReformException.class,
        () -> Reform.of(PM).id("r").build());
    assertEquals("r", e.reformId());
    assertEquals(List.of("title", "citation"),
        e.problems().stream().map(Problem::field).toList());
    assertEquals("a reform needs a title", e.problems().get(0).message());
    assertTrue(e.getMessage().startsWith("reform r of pm-2024 is invalid (2 problems; nothing"
        + " was applied):\n  - MISSING_FIELD title = null: a reform needs a title\n  -"
        + " MISSING_FIELD citation = null: a reform needs the citation of the text it"
        + " implements"), e.getMessage());
  }
}
