package se.alf.rules.pm2024;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.alf.rules.spi.Statement;

class UsvEvaluationStatementsTest {

  @Test
  void eachStatementCitesSeed002AndQuotesIt() {
    assertEquals(4, UsvEvaluationStatements.all().size());
    for (Statement s : UsvEvaluationStatements.all()) {
      assertEquals(Optional.of("002_86cd0f02ea2423a0.txt"), s.citation().seedFile(), s.id());
      assertTrue(s.citation().note().orElseThrow().contains("'"), s.id());
      assertTrue(s.text().contains("PM 6.4") || s.text().contains("PM 7.9"), s.id());
    }
    // The facts the issue names: the period, the design year, the interval.
    String all = UsvEvaluationStatements.all().stream().map(Statement::text)
        .reduce("", String::concat);
    assertTrue(all.contains("2018–2021"));
    assertTrue(all.contains("designed in 2015"));
    assertTrue(all.contains("six years"));
  }
}
